import { formatTanggal } from '../../shared/format/date';
import { expect, test } from './fixtures';
import { SecurityPage, SIPP_BACKUP } from './pages/SecurityPages';
import { addStaff } from './pages/PeoplePages';
import { OPERATOR } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';
import { expectDraftSaved } from './drafts';

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

test.beforeEach(async ({ page }) => {
  // The Kasubag considers a UAT and the Sekretaris approves it; the operator does neither.
  await addStaff(page, [KASUBAG, SEKRETARIS]);
});

test('network watch, UAT with consideration and approval, and backups are recorded', async ({
  page,
  shot,
  now,
}) => {
  test.slow();
  const today = formatTanggal(now);
  const security = new SecurityPage(page);
  await security.open();

  // Pemantauan Jaringan: trouble without temuan is refused, nothing typed is lost.
  await security.fillNetworkCheck({ objek: 'LAN dan internet kantor', status: 'Ada gangguan' });
  await page.getByRole('button', { name: 'Simpan Pemantauan' }).click();
  await expect(page.getByText('Tuliskan temuannya.')).toBeVisible();
  await expect(page.getByLabel('Yang dipantau')).toHaveValue('LAN dan internet kantor');
  await expectDraftSaved(page, 'security:network', { objek: 'LAN dan internet kantor' });
  await page.reload();
  await security.open();
  await expect(page.getByLabel('Yang dipantau')).toHaveValue('LAN dan internet kantor');
  await security.fillNetworkCheck({
    objek: 'LAN dan internet kantor',
    status: 'Ada gangguan',
    temuan: 'Switch lantai 2 mati sejak pagi',
  });
  await page.getByLabel('Tindakan pencegahan').fill('Adaptor switch diganti');
  await page.getByRole('button', { name: 'Simpan Pemantauan' }).click();
  const network = security.networkTable();
  await expect(network.getByRole('row')).toHaveCount(2);
  await expect(network.getByRole('row').nth(1)).toContainText(
    [today, OPERATOR.nama, 'LAN dan internet kantor', 'Ada gangguan', 'Switch lantai 2 mati'].join(
      '',
    ),
  );
  await expect(page.getByText('Tuliskan temuannya.')).toBeHidden();
  await shot('pengamanan-jaringan');

  // UAT: recorded, considered by the Kasubag, then approved.
  await security.tab('Uji Penerimaan Aplikasi (UAT)');
  await security.fillUat({
    aplikasi: 'e-Court',
    versi: '4.2',
    skenario: 'Pendaftaran perkara dan pembayaran daring',
    hasil: 'Lulus dengan catatan',
  });
  await page.getByRole('button', { name: 'Simpan Hasil UAT' }).click();
  const row = security.uatRow('e-Court');
  await expect(row.getByTestId('uat-status')).toHaveText('Menunggu pertimbangan Kasubag');
  await expect(row.getByRole('button', { name: 'Beri persetujuan' })).toHaveCount(0);

  await row.getByRole('button', { name: 'Beri pertimbangan' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Menunggu Kasubag PTIP: ${KASUBAG.nama}.`);
  await shot('pengamanan-uat-menunggu');
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await signInAs(page, KASUBAG.nama);
  await row.getByRole('button', { name: 'Beri pertimbangan' }).click();
  await expect(dialog.getByTestId('petugas-langkah')).toHaveText(
    `${KASUBAG.nama} — ${KASUBAG.jabatan}`,
  );
  await dialog.getByRole('button', { name: 'Simpan Pertimbangan' }).click();
  await expect(dialog.getByText('Pilih rekomendasi.')).toBeVisible();
  await shot('pengamanan-uat-pertimbangan');
  await dialog.getByRole('radio', { name: 'Layak diterapkan', exact: true }).check();
  await dialog.getByLabel('Catatan').fill('Layak dengan perbaikan kecil pada tampilan.');
  await dialog.getByRole('button', { name: 'Simpan Pertimbangan' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByTestId('uat-status')).toHaveText('Menunggu persetujuan');
  await expect(row).toContainText(`Layak diterapkan${KASUBAG.nama}, ${today}`);

  await signInAs(page, SEKRETARIS.nama);
  await security.decide('e-Court', 'Beri persetujuan', 'Disetujui', 'Simpan Keputusan');
  await signInAs(page, OPERATOR.nama);
  await expect(row.getByTestId('uat-status')).toHaveText('Disetujui');
  await expect(row.getByRole('button')).toHaveCount(0);
  await shot('pengamanan-uat');

  // Cadangan Data: SIPP has never been backed up; a backup with a restore test fixes that.
  await security.tab('Cadangan Data');
  await expect(security.backupStatus('sipp')).toContainText('Belum pernah');
  await security.fillBackup(SIPP_BACKUP);
  await page.getByRole('button', { name: 'Simpan Pencadangan' }).click();
  const log = security.backupLog();
  await expect(log.getByRole('row').nth(1)).toContainText(
    [today, 'Database SIPP', 'NAS ruang server', '2.048 MB'].join(''),
  );
  await expect(log.getByRole('row').nth(1)).toContainText('Uji pemulihan berhasil');
  await expect(security.backupStatus('sipp')).toContainText('Sesuai jadwal');
  await expect(security.backupStatus('sipp')).not.toContainText('Terlambat');
  await expect(security.backupStatus('sipp')).toContainText('hari ini');
  await expect(security.backupStatus('website')).toContainText('Belum pernah');

  // The list of what is backed up: duplicate names are refused, a new item is added.
  await page.getByRole('button', { name: 'Atur data yang dicadangkan' }).click();
  const items = page.getByRole('dialog', { name: 'Atur data yang dicadangkan' });
  await items.getByRole('button', { name: 'Tambah data' }).click();
  await items.getByLabel('Nama data 4').fill('website');
  await items.getByRole('button', { name: 'Simpan' }).click();
  await expect(items.getByText('Nama "website" sudah dipakai di baris 2.').first()).toBeVisible();
  await shot('pengamanan-atur-cadangan');
  await items.getByLabel('Nama data 4').fill('Aplikasi e-Court');
  await items.getByLabel('Jadwal data 4 (hari)').fill('14');
  await items.getByRole('button', { name: 'Simpan' }).click();
  await expect(items).toBeHidden();
  await expect(page.getByRole('table', { name: 'Status cadangan per data' })).toContainText(
    'Aplikasi e-Courtsetiap 14 hari',
  );
  await shot('pengamanan-cadangan');
});
