import { expect, type Locator, type Page } from '@playwright/test';
import { savePreview } from './PrintPages';

/** The Pemeliharaan Website screen (SOP F). */
export class WebsitePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: 'Pemeliharaan Website' })
      .click();
    await expect(
      this.page.getByRole('heading', { name: 'Pemeliharaan Website', level: 2 }),
    ).toBeVisible();
  }

  async tab(
    name: 'Layanan' | 'Ketersediaan' | 'Masalah' | 'Pengunjung' | 'Siklus Bulanan',
  ): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The open form with this heading. */
  form(title: string | RegExp): Locator {
    return this.page.locator('form', {
      has: this.page.getByRole('heading', { name: title }),
    });
  }

  /** Records the month's next step with the form's defaults (now, the SOP's output). */
  async recordStep(stepNo: number): Promise<void> {
    const form = this.form(new RegExp(`^Catat langkah ${stepNo}:`));
    await form.getByRole('button', { name: 'Catat Langkah' }).click();
    await expect(this.page.getByText(`Langkah ${stepNo} tercatat.`)).toBeVisible();
  }

  savePreview(dir: string, file: string): Promise<string> {
    return savePreview(this.page, dir, file);
  }
}
