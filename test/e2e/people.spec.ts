import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { fillPerson } from './pages/SetupWizardPage';
import { expectDraftSaved } from './drafts';

const KASUBAG = {
  nama: 'Dra. Nurhayati',
  nip: '197505202000032001',
  jabatan: 'Kepala Subbagian Perencanaan, TI dan Pelaporan',
  unit: 'Subbagian Perencanaan, Teknologi Informasi dan Pelaporan',
};

test.use({ office: 'ready' });

test.beforeEach(async ({ page }) => {
  await new AppPage(page).open('Pegawai');
});

test('a bad NIP is refused with a clear message, nothing typed is lost, and the corrected entry is saved', async ({
  page,
  shot,
}) => {
  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah Pegawai' });
  await fillPerson(page, { ...KASUBAG, nip: '1975052020000320' });
  await dialog.getByLabel('Kasubag PTIP').check();
  await dialog.getByRole('button', { name: 'Simpan' }).click();

  await expect(dialog.getByText('NIP harus 18 digit; yang diisi 16 digit.')).toBeVisible();
  await expect(dialog.getByLabel('Nama lengkap dan gelar')).toHaveValue(KASUBAG.nama);
  await expect(dialog.getByLabel('Jabatan')).toHaveValue(KASUBAG.jabatan);
  await expect(dialog.getByLabel('Kasubag PTIP')).toBeChecked();
  await shot('pegawai-nip-salah');

  // A real-looking but impossible birth date (30 February) is refused too.
  await dialog.getByLabel('NIP').fill('197502302000032001');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText(/Tanggal lahir pada NIP \(digit 1–8\) tidak valid/)).toBeVisible();

  await dialog.getByLabel('NIP').fill(KASUBAG.nip);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(KASUBAG.nama) });
  await expect(row).toContainText('19750520 200003 2 001');
  await expect(row).toContainText('Kasubag PTIP');
  await expect(row).toContainText('Aktif');
  await shot('pegawai-daftar');
});

test('the same NIP cannot be given to two staff members', async ({ page }) => {
  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah Pegawai' });
  await fillPerson(page, { ...KASUBAG, nama: 'Orang Lain', nip: '199003152019031004' });
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('NIP ini sudah dipakai oleh Rahmat Hidayat, S.Kom.')).toBeVisible();
});

test('an unfinished staff entry survives closing the app', async ({ page }) => {
  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  await page.getByLabel('Nama lengkap dan gelar').fill(KASUBAG.nama);
  await page.getByLabel('Jabatan').fill(KASUBAG.jabatan);
  await expectDraftSaved(page, 'person:baru', { nama: KASUBAG.nama, jabatan: KASUBAG.jabatan });
  await page.reload();
  await new AppPage(page).open('Pegawai');
  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  await expect(page.getByLabel('Nama lengkap dan gelar')).toHaveValue(KASUBAG.nama);
  await expect(page.getByLabel('Jabatan')).toHaveValue(KASUBAG.jabatan);
});

test('units can be added, renamed and deactivated', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('Unit Kerja');
  await page.getByLabel('Nama unit kerja baru').fill('Panitera Pengganti');
  await page.getByRole('button', { name: 'Tambah' }).click();
  await expect(page.getByRole('row', { name: /Panitera Pengganti/ })).toBeVisible();

  await page.getByLabel('Nama unit kerja baru').fill('hakim');
  await page.getByRole('button', { name: 'Tambah' }).click();
  await expect(page.getByText('Unit kerja "Hakim" sudah ada.')).toBeVisible();

  await page.getByRole('button', { name: 'Ganti nama Panitera Pengganti' }).click();
  await page
    .getByLabel('Nama unit kerja', { exact: true })
    .fill('Panitera Pengganti dan Juru Sita');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByLabel('Nama unit kerja', { exact: true })).toBeHidden();
  const row = page.getByRole('row', { name: /Panitera Pengganti dan Juru Sita/ });
  // The switch shows the stored state, so it flips once the write lands.
  await row.getByRole('switch').click({ force: true });
  await expect(row).toContainText('Nonaktif');
});
