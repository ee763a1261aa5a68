import { pdfInfo, pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { addStaff } from './pages/PeoplePages';
import { PolicyPage } from './pages/PolicyPages';
import { OPERATOR } from './pages/SetupWizardPage';
import { lockApp, signInAs } from './pages/SignInPages';

test.use({ office: 'ready' });

const KASUBAG = {
  nama: 'Dra. Nurhayati',
  nip: '197505202000032001',
  jabatan: 'Kepala Subbagian Perencanaan, TI dan Pelaporan',
  roles: ['Kasubag PTIP'],
};
const SEKRETARIS = {
  nama: 'Drs. Hasan Basri, M.H.',
  nip: '197005121995031002',
  jabatan: 'Sekretaris',
  roles: ['Sekretaris'],
};
const WAKIL_KETUA = {
  nama: 'Dr. Ahmad Fauzi, S.H.I., M.H.',
  nip: '197201272003121002',
  jabatan: 'Wakil Ketua',
  roles: ['Wakil Ketua'],
};
const KETUA = {
  nama: 'Dr. H. Mulyadi, M.H.',
  nip: '196801011993031001',
  jabatan: 'Ketua',
  roles: ['Ketua'],
};
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('a proposal becomes the year programme, adopted through SOP A, with the decree and the programme printed', async ({
  page,
  shot,
  folders,
}) => {
  test.slow();
  await addStaff(page, [KASUBAG, SEKRETARIS, WAKIL_KETUA, KETUA]);
  const policy = new PolicyPage(page);
  await policy.open();

  // Usulan: an empty form is refused in Indonesian; a received proposal is listed.
  await page.getByRole('button', { name: 'Simpan Usulan' }).click();
  await expect(page.getByText('Unit pengusul wajib diisi.')).toBeVisible();
  await policy.field('Unit pengusul').fill('Kepaniteraan');
  await page.getByLabel('Judul usulan').fill('Pengadaan pemindai dokumen e-Court');
  await page.getByLabel('Perkiraan biaya (Rp)').fill('15000000');
  await page.getByRole('button', { name: 'Simpan Usulan' }).click();
  await expect(page.getByTestId('daftar-usulan')).toContainText(
    'Pengadaan pemindai dokumen e-Court',
  );
  await expect(page.getByTestId('daftar-usulan')).toContainText('15.000.000');
  await shot('kebijakan-usulan');

  // Rencana Program for 2027, its line taken from the proposal.
  await policy.tab('Rencana Program');
  await page.getByRole('button', { name: 'Mulai Rencana Program' }).click();
  await expect(page.getByTestId('status-rencana')).toHaveText('Sedang disusun');
  await policy.choose('Usulan asal', /Pengadaan pemindai/);
  await page.getByLabel('Tujuan').fill('Digitalisasi berkas perkara');
  await page
    .getByRole('textbox', { name: /^Output/ })
    .first()
    .fill('2 unit pemindai');
  await page.getByText('II', { exact: true }).click();
  await policy.choose('Penanggung jawab', OPERATOR.nama);
  await page.getByRole('button', { name: 'Tambah Program' }).click();
  await expect(page.getByTestId('daftar-program')).toContainText(
    'Pengadaan pemindai dokumen e-Court',
  );

  // Step 1 waits for the Kasubag; the operator is told so and has no form.
  await expect(page.getByTestId('langkah-menunggu')).toContainText(
    `Menunggu Kasubag Perencanaan, TI dan Pelaporan: ${KASUBAG.nama}.`,
  );
  await shot('kebijakan-rencana-menunggu');
  await signInAs(page, KASUBAG.nama);
  await policy.open();
  await policy.tab('Rencana Program');
  await policy.recordStep(1);
  await policy.recordStep(2);
  await signInAs(page, SEKRETARIS.nama);
  await policy.open();
  await policy.tab('Rencana Program');
  await policy.recordStep(3);
  await signInAs(page, WAKIL_KETUA.nama);
  await policy.open();
  await policy.tab('Rencana Program');
  await policy.recordStep(4);
  await expect(page.getByTestId('status-rencana')).toHaveText('Ditetapkan');

  // Step 5 gathers the regulations into the register (back to the operator via the lock screen).
  await lockApp(page);
  await signInAs(page, OPERATOR.nama);
  await policy.open();
  await policy.tab('Rencana Program');
  await page.getByRole('button', { name: 'Tambah peraturan' }).click();
  await policy.field('Jenis peraturan').fill('Peraturan Mahkamah Agung');
  await policy.field('Nomor').fill('7');
  await policy.field('Tahun').fill('2022');
  await policy.field('Tentang').fill('Administrasi Perkara di Pengadilan secara Elektronik');
  await shot('kebijakan-langkah-regulasi');
  await policy.recordStep(5);
  await expect(page.getByTestId('langkah-kebijakan')).toContainText(OPERATOR.nama);
  await shot('kebijakan-rencana-ditetapkan');

  await page.getByRole('button', { name: 'Cetak Rencana Program' }).click();
  const programme = await policy.savePreview(folders.saveDir, 'Rencana Program TI 2027.pdf');
  const info = pdfInfo(programme);
  expect(info.width).toBeGreaterThan(info.height);
  const programmeText = flat(pdfText(programme));
  for (const expected of [
    'RENCANA PROGRAM TEKNOLOGI INFORMASI TAHUN 2027',
    'Status: Ditetapkan',
    'Pengadaan pemindai',
    '15.000.000',
    'JUMLAH 15.000.000',
    WAKIL_KETUA.nama,
    KASUBAG.nama,
  ]) {
    expect(programmeText).toContain(expected);
  }

  await policy.tab('Peraturan');
  await expect(page.getByTestId('daftar-peraturan')).toContainText('7 Tahun 2022');
  // A regulation on record is marked as amended by another.
  await page
    .getByRole('button', { name: 'Ubah Peraturan Mahkamah Agung Nomor 7 Tahun 2022' })
    .click();
  await policy.choose('Status', 'Diubah');
  await policy.field('Dicabut/diubah oleh').fill('PERMA Nomor 8 Tahun 2025');
  await page.getByRole('button', { name: 'Simpan Perubahan' }).click();
  await expect(page.getByTestId('daftar-peraturan')).toContainText('oleh PERMA Nomor 8 Tahun 2025');

  // SK Tim TI: members from Pegawai; the decree printed for the Ketua.
  await policy.tab('SK Tim TI');
  await policy.choose('Pegawai', new RegExp(KASUBAG.nama));
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  await policy.choose('Pegawai', new RegExp(OPERATOR.nama), 1);
  await page.getByLabel('Tugas', { exact: true }).nth(1).fill('Mengelola jaringan dan server');
  await page.getByRole('button', { name: 'Simpan SK Tim TI' }).click();
  await expect(page.getByText('SK Tim TI tahun 2027 tersimpan.')).toBeVisible();
  await shot('kebijakan-sk-tim');
  await page.getByRole('button', { name: 'Cetak SK Tim TI' }).click();
  const decree = await policy.savePreview(folders.saveDir, 'SK Tim TI 2027.pdf');
  expect(pdfInfo(decree).pages).toBeGreaterThanOrEqual(2);
  const decreeText = flat(pdfText(decree));
  for (const expected of [
    'KEPUTUSAN KETUA PENGADILAN AGAMA MUKOMUKO',
    'PEMBENTUKAN TIM TEKNOLOGI INFORMASI',
    'Menimbang',
    'Mengingat',
    'MEMUTUSKAN:',
    'KESATU',
    'Ditetapkan di',
    KETUA.nama,
    'NIP. 19680101 199303 1 001',
    'LAMPIRAN KEPUTUSAN KETUA',
  ]) {
    expect(decreeText).toContain(expected);
  }
  expect(decreeText).toMatch(/Ketua Tim|Anggota/);
});
