import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { DevicesPage } from './pages/DevicePages';
import { addStaff } from './pages/PeoplePages';
import { signInAs } from './pages/SignInPages';

test.use({ office: 'ready' });

const ADMIN = 'Rahmat Hidayat, S.Kom';
const OPERATOR = {
  nama: 'Dewi Lestari, S.Kom',
  nip: '199001012015032001',
  jabatan: 'Pranata Komputer',
  roles: ['Operator/Admin'],
};

test('a device edit shows in its Riwayat perubahan and on the Audit screen, filtered and exported', async ({
  page,
  folders,
  shot,
}) => {
  test.slow();
  await addStaff(page, [OPERATOR]);
  await signInAs(page, ADMIN);
  const devices = new DevicesPage(page);
  await devices.open();
  const modal = await devices.add();
  await modal.fill({
    jenis: 'PC',
    merek: 'Acer',
    model: 'Veriton X2690',
    ruangan: 'Ruang Sekretaris',
    kondisi: 'Baik',
  });
  await modal.save();
  await expect(modal.dialog).toBeHidden();

  // The operator, not an administrator, edits it and does not see the Audit menu.
  await signInAs(page, OPERATOR.nama);
  const menu = page.getByRole('navigation', { name: 'Menu utama' });
  await expect(menu.getByRole('button', { name: 'Audit', exact: true })).toHaveCount(0);
  await devices.history('Acer Veriton X2690');
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah Data Perangkat' });
  await dialog.getByRole('combobox', { name: 'Kondisi', exact: true }).click();
  await page.getByRole('option', { name: 'Rusak Ringan', exact: true }).click();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  const history = page.getByRole('table', { name: 'Riwayat perubahan' });
  const change = history.getByRole('row').filter({ hasText: 'Rusak Ringan' });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText('Kondisi');
  await expect(change).toContainText('Baik');
  await expect(change).toContainText(OPERATOR.nama);
  // The creation by the administrator is there too, field by field.
  await expect(history.getByRole('row').filter({ hasText: 'Merek' })).toContainText(ADMIN);
  await history.scrollIntoViewIfNeeded();
  await shot('audit-riwayat');

  // The administrator's Audit screen lists both, and filters them.
  await signInAs(page, ADMIN);
  await new AppPage(page).open('Audit');
  const list = page.getByRole('table', { name: 'Jejak audit' });
  const rows = list.locator('.register-body [role=row]');
  await expect(rows.filter({ hasText: 'Kondisi: Baik → Rusak Ringan' })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Tabel', exact: true }).click();
  await page.getByRole('option', { name: 'perangkat', exact: true }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Pegawai', exact: true }).click();
  await page.getByRole('option', { name: OPERATOR.nama, exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Kondisi: Baik → Rusak Ringan');
  await expect(rows.first()).toContainText('Diubah');
  await shot('audit-layar');

  await page.getByRole('button', { name: 'Ekspor .xlsx' }).click();
  const exported = path.join(folders.saveDir, 'jejak-audit.xlsx');
  await expect.poll(() => existsSync(exported), { timeout: 20_000 }).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.getWorksheet('Jejak Audit');
  const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1).map(String);
  expect(values(1)).toEqual(['Waktu', 'Oleh', 'PC', 'Jenis', 'Tabel', 'Data', 'Perubahan']);
  expect(sheet?.rowCount).toBe(2);
  expect(values(2)[1]).toBe(OPERATOR.nama);
  expect(values(2)[3]).toBe('Diubah');
  expect(values(2)[4]).toBe('perangkat');
  expect(values(2)[6]).toBe('Kondisi: Baik → Rusak Ringan');
});
