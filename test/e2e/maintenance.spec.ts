import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pdfInfo, pdfText } from '../fixtures/pdfText';
import { DEVICE_WORKBOOK, writeDeviceWorkbookFile } from '../fixtures/deviceWorkbook';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { DevicesPage } from './pages/DevicePages';
import {
  MonthlyReportPage,
  RecordModal,
  RecordsPage,
  SchedulePage,
} from './pages/MaintenancePages';
import { SecurityPage, SIPP_BACKUP } from './pages/SecurityPages';
import { fillPerson, OPERATOR, type PersonInput } from './pages/SetupWizardPage';

/**
 * The page's clock stands on Friday 20 November 2026, 09:00 in Jakarta, and runs on from
 * there: the SOP tasks start on 1 November, so the weekly Friday round has two missed
 * occurrences (6 and 13 November), one due today, and the monthly ones (the 25th) lie ahead.
 */
const NOW = new Date('2026-11-20T09:00:00+07:00');
const TODAY = '2026-11-20';
const TODAY_TEXT = '20 November 2026';

/** SOP C step 4 of PA Mukomuko; its targets (switch, router, access point, UPS). */
const NETWORK_TASK =
  'Melakukan pemeliharaan fisik jaringan (kabel, router, hub switch, access point, UPS, dll)';
const SWITCH = 'Switch TP-Link TL-SG1024D';
const UPS = 'UPS APC Back-UPS 650';
const TEMUAN = 'Port 12 longgar dan berkarat';
const TINDAKAN = 'Kabel dipindah ke port 13';
const REKOMENDASI = 'Switch ruang server perlu diganti pada anggaran tahun depan.';

const KASUBAG: PersonInput = {
  nama: 'Dra. Nurhayati',
  nip: '197505202000032001',
  jabatan: 'Kepala Subbagian Perencanaan, TI dan Pelaporan',
};
const SEKRETARIS: PersonInput = {
  nama: 'H. Ahmad Fauzi, S.H., M.H.',
  nip: '197002121995031002',
  jabatan: 'Sekretaris',
};

test.use({ now: NOW, office: 'ready' });

async function importWorkbook(page: Page, dir: string) {
  const devices = new DevicesPage(page);
  await devices.open();
  const workbook = path.join(dir, '..', 'inventaris-kantor.xlsx');
  await writeDeviceWorkbookFile(workbook);
  await devices.importFile(workbook, DEVICE_WORKBOOK.goodRows);
  await expect(devices.rows()).toHaveCount(DEVICE_WORKBOOK.goodRows);
}

async function addStaff(page: Page, person: PersonInput, role: string) {
  await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah Pegawai' });
  await fillPerson(page, person);
  await dialog.getByLabel(role, { exact: true }).check();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
}

/** A calendar badge tells its status on hover: "<judul> — Terlaksana". */
async function expectCalendarStatus(
  schedule: SchedulePage,
  day: string,
  judul: string,
  status: string,
) {
  await schedule.calendarDay(day).getByText(judul, { exact: true }).hover();
  await expect(
    schedule.page.getByRole('tooltip', { name: `${judul} — ${status}`, exact: true }),
  ).toBeVisible();
  await schedule.page.mouse.move(0, 0);
}

test('the SOP schedule is kept: a weekly round with a finding, a backup, and the monthly report on paper', async ({
  page,
  folders,
  shot,
}) => {
  test.slow();
  await importWorkbook(page, folders.saveDir);
  // The notification closes by itself after its autoClose delay (Mantine's 4 s): the test
  // clock jumps past it instead of waiting for it in real time.
  await page.clock.fastForward(5_000);
  await expect(page.getByText('5 perangkat diimpor.')).toBeHidden({ timeout: 15_000 });

  // Jadwal: the SOP's recurring steps become tasks.
  const schedule = new SchedulePage(page);
  await schedule.open();
  await expect(page.getByText('Jadwal masih kosong')).toBeVisible();
  await schedule.generateFromSop();
  await expect(page.getByText('13 kegiatan dari SOP ditambahkan ke jadwal.')).toBeVisible();
  const tasks = schedule.tasksTable();
  await expect(tasks.locator('tbody tr')).toHaveCount(13);
  const networkRow = tasks.locator('tbody tr').filter({ hasText: NETWORK_TASK });
  await expect(networkRow).toContainText('C.4');
  await expect(networkRow).toContainText('Setiap minggu, hari Jumat');
  await expect(networkRow).toContainText('Switch, Router, Access Point, UPS');
  await expect(networkRow).toContainText('1 jam');
  await expect(tasks.locator('tbody tr').filter({ hasText: 'C.5' })).toContainText(
    'Setiap bulan, tanggal 25',
  );
  await expect(tasks.locator('tbody tr').filter({ hasText: 'D.1' })).toContainText(
    'Setiap bulan, tanggal 25',
  );

  // The weekly steps C.2-C.4: 6 and 13 November missed, today due; the 25th and 27th ahead.
  const terlewat = schedule.dueSection('Terlewat');
  const hariIni = schedule.dueSection('Jatuh tempo hari ini');
  const depan = schedule.dueSection('7 hari ke depan');
  await expect(terlewat.getByRole('heading')).toHaveText('Terlewat (9)');
  await expect(hariIni.getByRole('heading')).toHaveText('Jatuh tempo hari ini (3)');
  await expect(depan.getByRole('heading')).toHaveText('7 hari ke depan (10)');
  await expect(schedule.dueItem(terlewat, NETWORK_TASK)).toHaveCount(2);
  await expect(schedule.dueItem(terlewat, NETWORK_TASK).first()).toContainText('6 November 2026');
  await expect(schedule.dueItem(hariIni, NETWORK_TASK)).toContainText(TODAY_TEXT);
  await expect(page.getByRole('heading', { name: 'Kalender November 2026' })).toBeVisible();
  await shot('jadwal-pemeliharaan');

  // Catat from "due today": the round covers the switch and the UPS of the workbook.
  await schedule.dueItem(hariIni, NETWORK_TASK).getByRole('button', { name: 'Catat' }).click();
  const record = new RecordModal(page);
  await expect(record.dialog).toBeVisible();
  await expect(record.dialog.getByLabel('Tanggal')).toHaveValue(TODAY_TEXT);
  await expect(record.dialog.getByRole('combobox', { name: 'Kegiatan terjadwal' })).toHaveValue(
    NETWORK_TASK,
  );
  await expect(record.dialog.getByRole('combobox', { name: 'Petugas' })).toHaveValue(OPERATOR.nama);
  await expect(record.dialog.getByLabel('Durasi (menit)')).toHaveValue('60');
  await expect(record.checks().locator('tbody tr')).toHaveCount(2);
  await expect(record.deviceRow(SWITCH)).toContainText('Ruang Server · 3.10.02.02.001 / 2');
  await expect(record.deviceRow(UPS)).toBeVisible();
  await expect(record.dialog.getByRole('combobox', { name: `Kondisi ${UPS}` })).toHaveValue(
    'Rusak Ringan',
  );

  // A finding without its text is refused.
  await record.markFinding(SWITCH);
  await expect(record.dialog.getByText('2 perangkat diperiksa, 1 ada temuan')).toBeVisible();
  await record.save();
  await expect(record.dialog.getByText('Tuliskan temuannya.')).toBeVisible();
  await expect(record.dialog.getByText('Periksa kembali isian yang ditandai merah.')).toBeVisible();
  await shot('pemeliharaan-catat-salah');

  await record.dialog.getByLabel(`Temuan ${SWITCH}`).fill(TEMUAN);
  await record.dialog.getByLabel(`Tindakan ${SWITCH}`).fill(TINDAKAN);
  await record.setCondition(SWITCH, 'Rusak Ringan');
  await record.save();
  await expect(record.dialog).toBeHidden();
  await expect(page.getByText(`Catatan "${NETWORK_TASK}" tersimpan.`)).toBeVisible();

  // The round is no longer due; the calendar shows it done today, missed a week before.
  await expect(hariIni.getByRole('heading')).toHaveText('Jatuh tempo hari ini (2)');
  await expect(schedule.dueItem(hariIni, NETWORK_TASK)).toHaveCount(0);
  await expectCalendarStatus(schedule, TODAY, NETWORK_TASK, 'Terlaksana');
  await expectCalendarStatus(schedule, '2026-11-13', NETWORK_TASK, 'Terlewat');

  // Catatan Pemeliharaan lists it, with the finding.
  const records = new RecordsPage(page);
  await records.open();
  const rows = records.table().locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(TODAY_TEXT);
  await expect(rows.first()).toContainText(NETWORK_TASK);
  await expect(rows.first()).toContainText('2 diperiksa, 1 temuan');
  await expect(rows.first()).toContainText(`${SWITCH} (Ruang Server): ${TEMUAN} — ${TINDAKAN}`);
  await expect(rows.first()).toContainText(OPERATOR.nama);
  await expect(rows.first()).toContainText('1 jam');
  await shot('pemeliharaan-catatan');

  // The switch's condition followed the round.
  const devices = new DevicesPage(page);
  await devices.open();
  await expect(devices.row(SWITCH)).toContainText('Rusak Ringan');
  await expect(
    page.getByText('5 perangkat digunakan: 3 baik, 2 rusak ringan, 0 rusak berat.'),
  ).toBeVisible();
  await devices.history('TP-Link TL-SG1024D');
  const history = page.getByRole('table', { name: 'Riwayat perangkat' });
  await expect(history).toContainText('Pemeliharaan');
  await expect(history).toContainText(`Ada temuan — ${TEMUAN} — ${TINDAKAN}`);

  // Pengamanan: the SIPP database backed up today.
  const security = new SecurityPage(page);
  await security.open();
  await security.tab('Cadangan Data');
  await security.fillBackup(SIPP_BACKUP);
  await page.getByRole('button', { name: 'Simpan Pencadangan' }).click();
  await expect(security.backupLog().getByRole('row').nth(1)).toContainText(
    `${TODAY_TEXT}Database SIPP`,
  );

  // The signers of the report.
  const app = new AppPage(page);
  await app.open('Pegawai');
  await addStaff(page, KASUBAG, 'Kasubag PTIP');
  await addStaff(page, SEKRETARIS, 'Sekretaris');

  // Laporan Bulanan: November, signed by the operator, the Kasubag and the Sekretaris.
  const report = new MonthlyReportPage(page);
  await report.open();
  await expect(page.getByText('November 2026', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Tanggal laporan')).toHaveValue(TODAY_TEXT);
  await expect(report.signer('Dibuat oleh')).toHaveValue(OPERATOR.nama);
  await expect(report.signer('Diperiksa oleh (Kasubag)')).toHaveValue(KASUBAG.nama);
  await expect(report.signer('Mengetahui (Sekretaris)')).toHaveValue(SEKRETARIS.nama);
  await report.narasi('Rekomendasi').fill(REKOMENDASI);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('laporan-bulanan-form');

  const preview = await report.preview();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('laporan-bulanan-pratinjau');
  await preview.getByRole('button', { name: 'Cetak…' }).click();
  const printed = path.join(folders.printDir, 'job-1.pdf');
  await expect.poll(() => existsSync(printed), { timeout: 20_000 }).toBe(true);
  await preview.getByRole('button', { name: 'Tutup', exact: true }).click();
  await expect(preview).toBeHidden();

  const info = pdfInfo(printed);
  expect(info.pages).toBeGreaterThanOrEqual(1);
  const text = pdfText(printed).replace(/\s+/g, ' ');
  for (const expected of [
    'LAPORAN HASIL MONITORING',
    'BULAN NOVEMBER TAHUN 2026',
    'TP-Link',
    TEMUAN,
    'Database SIPP',
    REKOMENDASI,
    OPERATOR.nama,
    KASUBAG.nama,
    SEKRETARIS.nama,
    'Halaman 1 dari',
  ]) {
    expect(text).toContain(expected);
  }

  // The words were kept with the month.
  await app.open('Beranda');
  await report.open();
  await expect(report.narasi('Rekomendasi')).toHaveValue(REKOMENDASI);

  // Beranda: the missed rounds are called out, as a link to the schedule.
  await app.open('Beranda');
  const attention = page.getByRole('main');
  await expect(
    attention.getByRole('button', { name: '8 jadwal pemeliharaan terlewat dan belum dicatat' }),
  ).toBeVisible();
  await shot('beranda-peringatan');
});

test('a custom task on the 31st falls on the last day of shorter months', async ({ page }) => {
  const schedule = new SchedulePage(page);
  await schedule.open();
  await page.getByRole('button', { name: 'Tambah Kegiatan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah Kegiatan Terjadwal' });
  await dialog.getByLabel('Nama kegiatan').fill('Pemeriksaan akhir bulan ruang server');
  await dialog.getByRole('radiogroup', { name: 'Pengulangan' }).getByText('Bulanan').click();
  await dialog.getByLabel('Tanggal', { exact: true }).fill('31');
  await dialog
    .getByRole('radiogroup', { name: 'Sasaran' })
    .getByText('Tidak per perangkat')
    .click();
  await expect(
    dialog.getByText(
      'Setiap bulan, tanggal 31 (atau hari terakhir bulan) — berikutnya 30 November 2026, 31 Desember 2026, 31 Januari 2027',
    ),
  ).toBeVisible();
  await dialog.getByLabel('Tanggal', { exact: true }).fill('30');
  await expect(
    dialog.getByText(
      'Setiap bulan, tanggal 30 (atau hari terakhir bulan) — berikutnya 30 November 2026, 30 Desember 2026, 30 Januari 2027',
    ),
  ).toBeVisible();
  await dialog.getByLabel('Tanggal', { exact: true }).fill('31');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const row = schedule.tasksTable().locator('tbody tr').filter({
    hasText: 'Pemeriksaan akhir bulan ruang server',
  });
  await expect(row).toContainText('Setiap bulan, tanggal 31 (atau hari terakhir bulan)');
  await expect(row).toContainText('Umum (tidak per perangkat)');
  // In the calendar it stands on 30 November, the month's last day.
  await expect(schedule.calendarDay('2026-11-30')).toContainText(
    'Pemeriksaan akhir bulan ruang server',
  );
});
