import { expect, type Locator, type Page } from '@playwright/test';
import { savePreview } from './PrintPages';

/** The Konten Website screen (SOP E). */
export class ContentPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: 'Konten Website' })
      .click();
    await expect(
      this.page.getByRole('heading', { name: 'Konten Website', level: 2 }),
    ).toBeVisible();
  }

  async tab(name: 'Papan Konten' | 'Informasi Wajib'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The input of a Mantine Select or a text field by its label. */
  field(label: string): Locator {
    const named = { name: label, exact: true };
    return this.page.getByRole('combobox', named).or(this.page.getByRole('textbox', named)).first();
  }

  async choose(label: string, option: string | RegExp): Promise<void> {
    await this.field(label).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Starts a content item from the "Konten baru" form. */
  async start(judul: string, jenis: string, sumber: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Konten baru' }).click();
    await this.field('Judul').fill(judul);
    await this.choose('Jenis', jenis);
    await this.field('Sumber/asal unit').fill(sumber);
    await this.page.getByRole('button', { name: 'Mulai' }).click();
    await expect(this.column('dikumpulkan')).toContainText(judul);
    await expect(this.page.getByTestId('rincian-konten')).toContainText(judul);
  }

  /** The board's column of a stage. */
  column(stage: string): Locator {
    return this.page.getByTestId(`kolom-${stage}`);
  }

  /** Opens an item's detail from its card on the board. */
  async select(judul: string): Promise<void> {
    await this.page.getByTestId('kartu-konten').filter({ hasText: judul }).click();
    await expect(this.page.getByTestId('rincian-konten')).toContainText(judul);
  }

  /** The open step form of step `stepNo`. */
  stepForm(stepNo: number): Locator {
    return this.page.locator('form', {
      has: this.page.getByRole('heading', { name: new RegExp(`^Catat langkah ${stepNo}:`) }),
    });
  }

  /** Records the item's next step; `fill` sets the form's fields first. */
  async recordStep(stepNo: number, fill?: (form: Locator) => Promise<void>): Promise<void> {
    const form = this.stepForm(stepNo);
    await expect(form).toBeVisible();
    const done = this.page.getByTestId('langkah-konten').locator('.mantine-Timeline-item');
    const before = await done.count();
    if (fill) await fill(form);
    await form.getByRole('button', { name: 'Catat Langkah' }).click();
    // Recorded when the item's timeline holds one more step.
    await expect(done).toHaveCount(before + 1);
  }

  savePreview(dir: string, file: string): Promise<string> {
    return savePreview(this.page, dir, file);
  }
}
