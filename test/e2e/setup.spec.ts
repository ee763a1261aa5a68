import { expect, test } from './fixtures';
import {
  fillOffice,
  fillPerson,
  MUKOMUKO,
  OPERATOR,
  SetupWizardPage,
} from './pages/SetupWizardPage';
import { expectDraftSaved } from './drafts';
import { TEST_PIN } from './pages/PeoplePages';

test('first run asks for the office and the first staff member, then opens Beranda', async ({
  page,
  shot,
}) => {
  const wizard = new SetupWizardPage(page);
  await expect(wizard.heading()).toBeVisible();
  await shot('wizard-0-choice');
  await wizard.startNew();
  await shot('wizard-1-empty');

  // Nothing filled in: each required field says what it needs, and the step does not advance.
  await wizard.next();
  await expect(page.getByText('Nama pengadilan wajib diisi.')).toBeVisible();
  await expect(page.getByText('Kota (untuk tanggal surat) wajib diisi.')).toBeVisible();
  await expect(page.getByText('Periksa kembali isian yang ditandai merah.')).toBeVisible();

  await fillOffice(page, { ...MUKOMUKO, email: 'pa.mukomuko@' });
  await wizard.next();
  await expect(
    page.getByText('Alamat e-mail tidak valid, contoh: pa.mukomuko@gmail.com.'),
  ).toBeVisible();
  await page.getByLabel('E-mail').fill(MUKOMUKO.email ?? '');
  await shot('wizard-1-filled');
  await wizard.next();

  // A 17-digit NIP is refused with the count, and what was typed stays.
  await fillPerson(page, { ...OPERATOR, nip: '19900315201903100' });
  await wizard.next();
  await expect(page.getByText('NIP harus 18 digit; yang diisi 17 digit.')).toBeVisible();
  await expect(page.getByLabel('Nama lengkap dan gelar')).toHaveValue(OPERATOR.nama);
  await expect(page.getByLabel('Jabatan')).toHaveValue(OPERATOR.jabatan);
  await shot('wizard-2-bad-nip');
  await page.getByLabel('NIP').fill(OPERATOR.nip);
  await wizard.fillPin(TEST_PIN);
  await wizard.next();

  await expect(page.getByText('PENGADILAN AGAMA MUKOMUKO', { exact: true })).toBeVisible();
  await expect(page.getByText('NIP: 19900315 201903 1 004')).toBeVisible();
  // Each procedure runs on the office's own court's SOP, found by its name.
  const sopB = page.getByRole('combobox', { name: /^B\. / });
  await expect(sopB).toHaveValue(/Pengadilan Agama Mukomuko/);
  await expect(page.getByText(/Katalog belum memuat SOP/)).toBeHidden();
  await shot('wizard-3-summary');
  // Another court is never given Mukomuko's SOP silently: the choice is shown and said.
  await page.getByRole('button', { name: 'Kembali' }).click();
  await page.getByRole('button', { name: 'Kembali' }).click();
  await page.getByLabel('Nama pengadilan').fill('Pengadilan Negeri Bengkulu');
  await wizard.next();
  await wizard.next();
  await expect(
    page.getByText(/Katalog belum memuat SOP Pengadilan Negeri Bengkulu untuk prosedur A, B/),
  ).toBeVisible();
  await shot('wizard-3-sop-lain');
  await page.getByRole('button', { name: 'Kembali' }).click();
  await page.getByRole('button', { name: 'Kembali' }).click();
  await page.getByLabel('Nama pengadilan').fill(MUKOMUKO.namaPengadilan);
  await wizard.next();
  await wizard.next();
  await expect(sopB).toHaveValue(/Pengadilan Agama Mukomuko/);
  await wizard.finish();
  await wizard.keepRecoveryCode();

  await expect(page.getByRole('heading', { name: 'Pengadilan Agama Mukomuko' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Pengguna komputer ini' })).toHaveValue(
    OPERATOR.nama,
  );
  await shot('beranda');
  // A hint says where the SOP per procedure is changed; closed once, it stays closed.
  const hint = page.getByRole('note', { name: 'Petunjuk SOP' });
  await expect(hint).toContainText('menu SOP');
  await hint.getByRole('button', { name: 'Tutup petunjuk SOP' }).click();
  await expect(hint).toBeHidden();

  // The office survives a restart of the app.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pengadilan Agama Mukomuko' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Perlu perhatian' })).toBeVisible();
  await expect(hint).toBeHidden();
});

test('the wizard keeps what was typed when the app is closed halfway', async ({ page }) => {
  const wizard = new SetupWizardPage(page);
  await expect(wizard.heading()).toBeVisible();
  await wizard.startNew();
  await fillOffice(page, { ...MUKOMUKO, logo: false });
  await wizard.next();
  await page.getByLabel('Nama lengkap dan gelar').fill(OPERATOR.nama);
  await expectDraftSaved(page, 'setup-wizard', {
    step: 1,
    person: expect.objectContaining({ nama: OPERATOR.nama }),
  });

  await page.reload();
  await expect(page.getByLabel('Nama lengkap dan gelar')).toHaveValue(OPERATOR.nama);
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page.getByLabel('Nama pengadilan')).toHaveValue(MUKOMUKO.namaPengadilan);
});
