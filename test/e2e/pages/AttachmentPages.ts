import type { Page } from '@playwright/test';

export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** "Tambah lampiran…" of the (only) attachment field shown, with the files chosen. */
export async function attachFiles(page: Page, files: ChosenFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Tambah lampiran…' }).click();
  await (await chooser).setFiles(files);
}
