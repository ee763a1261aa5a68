import { expect, test } from './fixtures';
import { expectDraftSaved, expectNoDraft } from './drafts';
import { AppPage } from './pages/AppPage';
import { ReceptionPage } from './pages/RequestPages';
import { tanggalJam } from './pages/DateFields';
import { OPERATOR } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';

test.use({ office: 'ready' });

test('Batal on Terima Permintaan throws the draft away: the next caller gets a fresh form', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  await page.getByLabel('Nama pemohon').fill('Siti Aminah');
  await expectDraftSaved(page, 'reception', { nama: 'Siti Aminah' });

  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('heading', { name: 'Terima Permintaan Layanan TI' })).toBeHidden();
  await expectNoDraft(page, 'reception');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  await expect(page.getByLabel('Nama pemohon')).toHaveValue('');
  await expect(page.getByText('Isian sebelumnya dipulihkan.')).toBeHidden();
});

test('a restored draft says so, and Buang gives a fresh form received now', async ({
  page,
  shot,
}) => {
  const app = new AppPage(page);
  await app.open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const received = tanggalJam(page, 'Diterima pada').jam;
  const receivedThen = await received.inputValue();
  await page.getByLabel('Nama pemohon').fill('Siti Aminah');
  await expectDraftSaved(page, 'reception', { nama: 'Siti Aminah' });

  // The operator goes elsewhere; two hours later the next caller comes.
  await app.open('Pegawai');
  await page.clock.fastForward('02:00:00');
  // Two idle hours locked the app (wait for the lock: the idle check may come a moment after
  // the jump); the draft waits in the database.
  await expect(page.getByText('Aplikasi terkunci.', { exact: false })).toBeVisible();
  await signInAs(page, OPERATOR.nama);
  await app.open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const notice = page.getByTestId('draft-restored');
  await expect(notice).toContainText('Isian sebelumnya dipulihkan.');
  await expect(page.getByLabel('Nama pemohon')).toHaveValue('Siti Aminah');
  await expect(received).toHaveValue(receivedThen);
  await shot('formulir-draf-dipulihkan');

  await notice.getByRole('button', { name: 'Buang' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByLabel('Nama pemohon')).toHaveValue('');
  await expect(received).not.toHaveValue(receivedThen);
  expect((await received.inputValue()) > receivedThen).toBe(true);
  await expectNoDraft(page, 'reception');
});

test('the first click on Batal closes the form even when leaving a field shows its error', async ({
  page,
}) => {
  await new AppPage(page).open('Pegawai');
  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah Pegawai' });
  await dialog.getByLabel('NIP').fill('1975');
  // The NIP field still has the focus: pressing Batal is what leaves it.
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await expectNoDraft(page, 'person:baru');
});

test('a staff member saved does not come back in the next Tambah Pegawai', async ({ page }) => {
  await new AppPage(page).open('Pegawai');
  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  let dialog = page.getByRole('dialog', { name: 'Tambah Pegawai' });
  await dialog.getByLabel('Nama lengkap dan gelar').fill('Dra. Nurhayati');
  await dialog.getByLabel('NIP').fill('197505202000032001');
  await dialog.getByLabel('Jabatan').fill('Kepala Subbagian PTIP');
  await dialog.getByRole('combobox', { name: 'Unit kerja' }).click();
  await page.getByRole('option').first().click();
  await dialog.getByLabel('Kasubag PTIP').check();
  // Saved at once, before the draft's own save was due.
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await page.clock.runFor(2_000);
  await expectNoDraft(page, 'person:baru');

  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  dialog = page.getByRole('dialog', { name: 'Tambah Pegawai' });
  await expect(dialog.getByLabel('Nama lengkap dan gelar')).toHaveValue('');
  await expect(dialog.getByLabel('Kasubag PTIP')).not.toBeChecked();
  await expect(dialog.getByText('Isian sebelumnya dipulihkan.')).toBeHidden();
});

test('clicking the chosen option of a select keeps it chosen', async ({ page }) => {
  await new AppPage(page).open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const form = new ReceptionPage(page);
  await form.fill({
    nama: 'Siti Aminah',
    unit: 'Kepaniteraan',
    kategori: 'Printer/scanner',
    uraian: 'Printer macet.',
  });
  const kategori = page.getByRole('combobox', { name: 'Kategori' });
  await expect(kategori).toHaveValue('Printer/scanner');
  await kategori.click();
  await page.getByRole('option', { name: 'Printer/scanner', exact: true }).click();
  await expect(kategori).toHaveValue('Printer/scanner');
});
