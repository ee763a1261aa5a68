import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pdfInfo, pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ office: 'ready' });

test.beforeEach(async ({ page }) => {
  await new AppPage(page).open('SOP');
});

test('an SOP is opened, its procedure made active, duplicated, revised and printed', async ({
  page,
  folders,
  shot,
}) => {
  // Some sixty steps through the largest form of the app: more than the default 90 s on a busy PC.
  test.slow();
  await expect(page.getByRole('heading', { name: 'Daftar SOP' })).toBeVisible();
  await shot('sop-daftar');

  // Ternate's C becomes the office's active C while Mukomuko's B stays active.
  await page.getByRole('button', { name: /Buka SOP AS\/29/ }).click();
  await expect(page.getByRole('heading', { name: /SOP AS\/29/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Prosedur C' }).click();
  await page.getByRole('button', { name: 'Jadikan prosedur C aktif' }).click();
  await expect(page.getByText('Prosedur aktif kantor')).toBeVisible();
  await shot('sop-ternate-c');
  await page.getByRole('button', { name: '← Daftar SOP' }).click();
  const activeTable = page.getByRole('table').first();
  await expect(activeTable.getByRole('row', { name: /^C/ })).toContainText('SOP AS/29');
  await expect(activeTable.getByRole('row', { name: /^B/ })).toContainText('SOP/AS/32');

  // Mukomuko's SOP, with its printed breakdown that does not add up.
  await page.getByRole('button', { name: /Buka SOP\/AS\/32/ }).click();
  await page.getByRole('tab', { name: 'Prosedur B' }).click();
  await expect(page.getByText('585 menit (1 hari 2 jam 15 menit)')).toBeVisible();
  await expect(page.getByText('Total di dokumen tidak sesuai')).toBeVisible();
  await shot('sop-mukomuko-b');

  await page.getByRole('button', { name: 'Duplikat menjadi SOP Kantor' }).click();
  await expect(page.getByText('Milik kantor · revisi 0')).toBeVisible();
  await expect(page.getByText('Pengadilan Agama Mukomuko', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Ubah SOP' }).click();

  await page.getByRole('tab', { name: 'Prosedur B' }).click();
  const firstStepTime = page.getByRole('tabpanel').getByLabel('Waktu').first();
  await firstStepTime.fill('sebentar');
  await page.getByRole('button', { name: 'Simpan Revisi' }).click();
  await expect(page.getByText(/Periksa kembali isian yang ditandai merah/)).toBeVisible();
  await expect(page.getByText('Tuliskan apa yang diubah pada revisi ini.')).toBeVisible();
  await expect(page.getByText(/sebentar/).first()).toBeVisible();
  await shot('sop-ubah-salah');

  await firstStepTime.fill('15 menit');
  await page.getByLabel('Apa yang diubah').fill('Waktu penerimaan permintaan menjadi 15 menit.');
  await page.getByRole('button', { name: 'Simpan Revisi' }).click();
  await expect(page.getByText('Revisi 1 tersimpan.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Milik kantor · revisi 1')).toBeVisible();
  await page.getByRole('tab', { name: 'Prosedur B' }).click();
  await expect(page.getByText('590 menit (1 hari 2 jam 20 menit)')).toBeVisible();
  const history = page.getByRole('table').filter({ hasText: 'Perubahan' });
  await expect(history).toContainText('Waktu penerimaan permintaan menjadi 15 menit.');
  await expect(history).toContainText('Rahmat Hidayat, S.Kom');
  await shot('sop-revisi');

  // The office copy runs B once chosen.
  await page.getByRole('button', { name: 'Jadikan prosedur B aktif' }).click();
  await expect(page.getByText('Prosedur aktif kantor')).toBeVisible();

  await page.getByRole('button', { name: 'Cetak SOP…' }).click();
  const preview = page.getByRole('dialog', { name: /Pratinjau SOP\/AS\/32/ });
  await expect(preview.getByLabel(/Halaman 1 dari \d+/)).toBeVisible({ timeout: 30_000 });
  await shot('sop-pratinjau');
  await preview.getByRole('button', { name: 'Simpan PDF…' }).click();
  // Saving writes a temporary file and renames it; wait for the final name.
  const saved = path.join(folders.saveDir, 'SOP-AS-32.pdf');
  await expect.poll(() => existsSync(saved), { timeout: 20_000 }).toBe(true);
  expect(readdirSync(folders.saveDir)).toEqual(['SOP-AS-32.pdf']);
  const info = pdfInfo(saved);
  expect(info.pages).toBeGreaterThan(1);
  const text = pdfText(saved).replace(/\s+/g, ' ');
  for (const expected of [
    'SOP/AS/32',
    'PENANGANAN PERMINTAAN DAN PEMENUHAN LAYANAN TEKNOLOGI INFORMASI',
    'Menerima permintaan layanan TI',
    'Menangani permintaan layanan TI',
    '15 menit',
    'Halaman 1 dari',
  ]) {
    expect(text).toContain(expected);
  }
});
