import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { OPERATOR } from './pages/SetupWizardPage';

test.use({ office: 'ready' });

test('every table is exported to Excel with Indonesian headings and to JSON', async ({
  page,
  folders,
  shot,
}) => {
  await new AppPage(page).open('Tentang');
  await page.getByRole('button', { name: 'Ekspor ke Excel (.xlsx)' }).click();
  await expect(page.getByText(/Disimpan ke .*data-meja-ti-2026-11-20\.xlsx/)).toBeVisible({
    // Every table into a workbook: seconds on a busy PC.
    timeout: 60_000,
  });
  await shot('tentang-ekspor');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(folders.saveDir, 'data-meja-ti-2026-11-20.xlsx'));
  const people = workbook.getWorksheet('Pegawai');
  expect(people?.getRow(1).values).toEqual(expect.arrayContaining(['Nama', 'NIP', 'Jabatan']));
  expect(people?.getRow(2).values).toEqual(expect.arrayContaining([OPERATOR.nama]));
  expect(workbook.getWorksheet('Unit kerja')?.rowCount).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'Ekspor ke JSON' }).click();
  await expect(page.getByText(/Disimpan ke .*data-meja-ti-2026-11-20\.json/)).toBeVisible({
    timeout: 60_000,
  });
  const json = JSON.parse(
    readFileSync(path.join(folders.saveDir, 'data-meja-ti-2026-11-20.json'), 'utf8'),
  ) as { format: string; tabel: { people: { nama: string }[] } };
  expect(json.format).toBe('meja-ti/ekspor-data@1');
  expect(json.tabel.people.map((p) => p.nama)).toContain(OPERATOR.nama);
});
