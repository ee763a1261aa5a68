import { expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Saves the open print preview as a PDF under `dir` (the e2e save dialog answers with
 * `dir`/`file`), closes the preview, and returns the file's path.
 */
export async function savePreview(page: Page, dir: string, file: string): Promise<string> {
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/Halaman 1 dari \d+/)).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Simpan PDF…' }).click();
  const target = path.join(dir, file);
  await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
  await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();
  return target;
}
