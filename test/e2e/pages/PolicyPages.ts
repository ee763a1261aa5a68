import { expect, type Locator, type Page } from '@playwright/test';
import { savePreview } from './PrintPages';

/** The Kebijakan TI screen (SOP A). */
export class PolicyPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: 'Kebijakan TI' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Kebijakan TI', level: 2 })).toBeVisible();
  }

  async tab(name: 'Usulan' | 'Rencana Program' | 'SK Tim TI' | 'Peraturan'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The input of a Mantine Select or Autocomplete (the n-th with the label). */
  field(label: string, nth = 0): Locator {
    const named = { name: label, exact: true };
    return this.page
      .getByRole('combobox', named)
      .or(this.page.getByRole('textbox', named))
      .nth(nth);
  }

  /** Picks an option of a Mantine Select by its label. */
  async choose(label: string, option: string | RegExp, nth = 0): Promise<void> {
    await this.field(label, nth).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Records the programme's next step with the form's defaults (now, the SOP's output). */
  async recordStep(stepNo: number): Promise<void> {
    const form = this.page.locator('form', {
      has: this.page.getByRole('heading', { name: new RegExp(`^Catat langkah ${stepNo}:`) }),
    });
    await form.getByRole('button', { name: 'Catat Langkah' }).click();
    await expect(this.page.getByText(`Langkah ${stepNo} tercatat.`)).toBeVisible();
  }

  /** Saves the open preview as a PDF under `dir`; returns its path. */
  savePreview(dir: string, file: string): Promise<string> {
    return savePreview(this.page, dir, file);
  }
}
