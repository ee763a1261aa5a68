import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { expectTanggalJam, tanggalJam, typeInto } from './pages/DateFields';
import { ReceptionPage } from './pages/RequestPages';
import { SecurityPage } from './pages/SecurityPages';

test.use({ office: 'ready' });

// A PC set up in American English: the native inputs would read "11/18/2026, 02:05 PM".
test.use({ locale: 'en-US' });

async function openReception(page: Page) {
  await new AppPage(page).open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  await new ReceptionPage(page).fill({
    nama: 'Siti Aminah',
    unit: 'Kepaniteraan',
    kategori: 'Printer/scanner',
    uraian: 'Printer ruang PTSP macet.',
  });
}

/** The request's page shows it received at `text` (e.g. "18 November 2026 14.05"). */
async function expectReceivedAt(page: Page, text: string) {
  await expect(page.getByRole('heading', { name: /001\/PLTI/ })).toBeVisible();
  const field = page.getByText('Diterima', { exact: true }).locator('..');
  await expect(field).toContainText(text);
}

test('dates and times typed at reception read day first and on the 24-hour clock', async ({
  page,
  shot,
}) => {
  await openReception(page);
  // Now (Friday 20 November 2026, 09.00) is shown the Indonesian way.
  await expectTanggalJam(page, 'Diterima pada', '20 November 2026', '09.00');
  const received = tanggalJam(page, 'Diterima pada');

  // "04/11/2026" is 4 November, never April 11; "14:05" is shown as "14.05".
  await typeInto(received.tanggal, '04/11/2026');
  await expect(received.tanggal).toHaveValue('4 November 2026');
  await typeInto(received.tanggal, '18 Nov 2026');
  await expect(received.tanggal).toHaveValue('18 November 2026');
  await typeInto(received.jam, '14:05');
  await expect(received.jam).toHaveValue('14.05');

  await page.getByText('Surat', { exact: true }).click();
  await page.getByLabel('Nomor surat').fill('W7-A8/123/OT.01/XI/2026');
  await typeInto(page.getByLabel('Tanggal surat'), '17-11-2026');
  await expect(page.getByLabel('Tanggal surat')).toHaveValue('17 November 2026');
  await shot('tanggal-diketik');

  await new ReceptionPage(page).submit();
  await expectReceivedAt(page, '18 November 2026 14.05');
});

test('a day picked in the Indonesian calendar keeps the time typed', async ({ page, shot }) => {
  await openReception(page);
  const received = tanggalJam(page, 'Diterima pada');
  await typeInto(received.jam, '16.12');
  await received.tanggal.click();

  const calendar = page.locator('[data-dates-dropdown]');
  const header = calendar.getByRole('button', { name: 'Pilih bulan' });
  await expect(header).toHaveText('November 2026');
  const weekdays = calendar.locator('thead th');
  await expect(weekdays.first()).toHaveText('Sen');
  await expect(weekdays.last()).toHaveText('Min');
  await shot('kalender-terbuka');

  await calendar.getByRole('button', { name: 'Bulan sebelumnya' }).click();
  await expect(header).toHaveText('Oktober 2026');
  await calendar.getByRole('button', { name: '30 Oktober 2026' }).click();
  await expect(calendar).toBeHidden();
  await expect(received.tanggal).toHaveValue('30 Oktober 2026');
  await expect(received.jam).toHaveValue('16.12');

  await new ReceptionPage(page).submit();
  await expectReceivedAt(page, '30 Oktober 2026 16.12');
});

test('the printed register period and a schedule start read the Indonesian way', async ({
  page,
  shot,
}) => {
  await new AppPage(page).open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Cetak Daftar…' }).click();
  const daftar = page.getByRole('dialog', { name: 'Cetak Daftar Permintaan Layanan TI' });
  await expect(daftar.getByLabel('Dari tanggal')).toHaveValue('1 November 2026');
  await expect(daftar.getByLabel('Sampai tanggal')).toHaveValue('30 November 2026');
  await typeInto(daftar.getByLabel('Dari tanggal'), '02/11/2026');
  await expect(daftar.getByLabel('Dari tanggal')).toHaveValue('2 November 2026');
  await shot('daftar-periode');
  await daftar.getByRole('button', { name: 'Batal' }).click();

  await new AppPage(page).open('Jadwal Pemeliharaan');
  await page.getByRole('button', { name: 'Tambah Kegiatan' }).click();
  const task = page.getByRole('dialog', { name: 'Tambah Kegiatan Terjadwal' });
  await typeInto(task.getByLabel('Mulai'), '7 Desember 2026');
  await expect(task.getByLabel('Mulai')).toHaveValue('7 Desember 2026');
  await shot('kegiatan-mulai');
});

test('office hours and holidays are typed the Indonesian way in Pengaturan Layanan', async ({
  page,
  shot,
}) => {
  const app = new AppPage(page);
  await app.open('Pengaturan Layanan');
  const pulangJumat = page.getByRole('textbox', { name: 'Jumat: jam pulang', exact: true });
  await expect(pulangJumat).toHaveValue(/^\d{2}\.\d{2}$/);
  await typeInto(pulangJumat, '17:15');
  await expect(pulangJumat).toHaveValue('17.15');
  const libur = page.getByLabel('Hari libur tambahan');
  await libur.fill('26 November 2026\n02/01/2027');
  // Ramadan: a date range with its own hours, offered with the civil servants' Ramadan hours.
  await page.getByRole('button', { name: 'Tambah jam kerja khusus' }).click();
  const ramadan = page.getByLabel(/^Jam kerja khusus: /);
  await ramadan.getByLabel('Nama periode').fill('Ramadan 1448 H');
  await typeInto(ramadan.getByRole('textbox', { name: 'Dari tanggal', exact: true }), '08/02/2027');
  await typeInto(
    ramadan.getByRole('textbox', { name: 'Sampai tanggal', exact: true }),
    '9 Maret 2027',
  );
  const pulangRamadan = ramadan.getByRole('textbox', { name: 'Ramadan 1448 H, Jumat: jam pulang' });
  await expect(pulangRamadan).toHaveValue('15.30');
  await typeInto(pulangRamadan, '15:45');
  await page.getByRole('button', { name: 'Simpan Pengaturan Layanan' }).click();
  await expect(page.getByText('Pengaturan layanan tersimpan.')).toBeVisible();

  await app.open('Beranda');
  await app.open('Pengaturan Layanan');
  await expect(pulangJumat).toHaveValue('17.15');
  await expect(libur).toHaveValue('26/11/2026\n02/01/2027');
  await expect(ramadan.getByRole('textbox', { name: 'Dari tanggal', exact: true })).toHaveValue(
    '8 Februari 2027',
  );
  await expect(ramadan.getByRole('textbox', { name: 'Sampai tanggal', exact: true })).toHaveValue(
    '9 Maret 2027',
  );
  await expect(pulangRamadan).toHaveValue('15.45');
  // The national holidays and cuti bersama are built in, with their source.
  await page.getByRole('button', { name: /Hari libur nasional dan cuti bersama 2026/ }).click();
  const bawaan = page.getByRole('table', { name: 'Hari libur 2026' });
  await expect(bawaan.getByRole('row', { name: /Jumat, 25 Desember 2026/ })).toContainText(
    'Kelahiran Yesus Kristus',
  );
  await expect(bawaan.getByRole('row')).toHaveCount(26);
  await shot('pengaturan-jam-kerja');
});

test('a date after today typed on a record stays in the field and is refused with a reason', async ({
  page,
}) => {
  const security = new SecurityPage(page);
  await security.open();
  await security.fillNetworkCheck({ objek: 'LAN kantor', status: 'Normal' });
  const tanggal = page.getByRole('textbox', { name: 'Tanggal pemantauan' });
  await typeInto(tanggal, '31/12/2026');
  await expect(tanggal).toHaveValue('31 Desember 2026');
  await page.getByRole('button', { name: 'Simpan Pemantauan' }).click();
  await expect(page.getByText('Tanggal tidak boleh di masa depan.')).toBeVisible();
  await expect(tanggal).toHaveValue('31 Desember 2026');
});

test.describe('on 1 December 2026', () => {
  test.use({ now: new Date('2026-12-01T09:00:00+07:00') });

  test('Beranda warns that 2027 has no holiday list until the office types its dates', async ({
    page,
    shot,
  }) => {
    const app = new AppPage(page);
    await app.open('Beranda');
    const warning = page.getByRole('alert').filter({ hasText: 'Hari libur 2027 belum tercatat' });
    await expect(warning).toBeVisible();
    await shot('beranda-libur-2027');
    await warning.getByRole('button', { name: 'Pengaturan Layanan' }).click();
    // The office has the 2027 decree typed in a sheet someone saved as .csv.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor tanggal dari berkas (.xlsx/.csv)…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'libur-2027.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Tanggal;Keterangan\n01/01/2027;Tahun Baru\n"Jumat, 26 Maret 2027";Wafat\nbesok;?\n',
      ),
    });
    await expect(page.getByText(/2 tanggal ditambahkan dari libur-2027\.csv/)).toContainText(
      'baris 4 ("besok")',
    );
    await expect(page.getByLabel('Hari libur tambahan')).toHaveValue('01/01/2027\n26/03/2027');
    await page.getByLabel('Hari libur tambahan').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-screens/pengaturan-libur-impor.png' });
    await page.getByRole('button', { name: 'Simpan Pengaturan Layanan' }).click();
    await expect(page.getByText('Pengaturan layanan tersimpan.')).toBeVisible();
    await app.open('Beranda');
    await expect(page.getByRole('heading', { name: 'Pengadilan Agama Mukomuko' })).toBeVisible();
    await expect(warning).toBeHidden();
  });
});
