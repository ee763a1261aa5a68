import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { typeInto } from './pages/DateFields';
import { addStaff } from './pages/PeoplePages';
import { OPERATOR, SetupWizardPage } from './pages/SetupWizardPage';
import { openSecondPc, SyncSettingsPage } from './pages/SyncPages';
import { signInAs } from './pages/SignInPages';
import { WebsitePage } from './pages/WebsitePages';

test.use({ office: 'ready' });

const PJ = {
  nama: 'Drs. Syamsul Bahri',
  nip: '197003151998031003',
  jabatan: 'Penanggung Jawab Website',
  roles: ['Penanggung Jawab'],
};
const flat = (text: string) => text.replace(/\s+/g, ' ');

let dir = '';
let server: https.Server;
let siteUrl = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'website-e2e-'));
  // The office's site, served locally with a certificate that ends in 10 days.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '10',
      '-subj',
      '/CN=localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  server = https.createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (_req, res) => {
      res.statusCode = 200;
      res.end('ok');
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  siteUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

test("a month's website maintenance through SOP F, from the site to the report", async ({
  page,
  shot,
  folders,
}) => {
  test.slow();
  await addStaff(page, [PJ]);
  const web = new WebsitePage(page);
  await web.open();

  // Layanan: the hosting with its contract ending in 20 days.
  await page.getByRole('button', { name: 'Tambah layanan' }).click();
  const site = web.form('Tambah layanan');
  await site.getByRole('textbox', { name: 'Nama', exact: true }).fill('Website PA Mukomuko');
  await site.getByRole('textbox', { name: /^Alamat \(URL\)/ }).fill(siteUrl);
  await site.getByRole('textbox', { name: 'Penyedia', exact: true }).fill('PT Hosting Nusantara');
  await typeInto(site.getByRole('textbox', { name: 'Mulai kontrak' }), '10/12/2025');
  await typeInto(site.getByRole('textbox', { name: 'Akhir kontrak' }), '10/12/2026');
  await site.getByRole('textbox', { name: 'Biaya (Rp)' }).fill('2400000');
  await site.getByRole('textbox', { name: 'Nomor tagihan/invoice' }).fill('INV-2025-031');
  await site.getByRole('button', { name: 'Simpan' }).click();
  const list = page.getByTestId('daftar-layanan');
  await expect(list).toContainText('Website PA Mukomuko');
  await expect(list).toContainText('20 hari');
  await expect(list).toContainText('≤ 30 hari');
  await shot('website-layanan');

  // Ketersediaan: checked from main against the local server; its certificate ends soon.
  await web.tab('Ketersediaan');
  const row = page.getByTestId('ketersediaan-Website PA Mukomuko');
  await row.getByRole('button', { name: 'Periksa sekarang' }).click();
  await expect(row).toContainText('Status 200', { timeout: 20_000 });
  await expect(page.getByTestId('peringatan-sertifikat')).toContainText('Website PA Mukomuko');
  await expect(row).toContainText('segera berakhir');
  // Offline: a check recorded by hand.
  await page.getByRole('button', { name: 'Catat pemeriksaan manual' }).click();
  await web.form('Catat pemeriksaan manual').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Pemeriksaan manual tercatat.')).toBeVisible();
  await expect(row).toContainText('100% (2/2)');
  await shot('website-ketersediaan');

  // Masalah: the hosting provider asked to look at the server.
  await web.tab('Masalah');
  await page.getByRole('button', { name: 'Catat masalah' }).click();
  const incident = web.form('Catat masalah');
  await incident
    .getByRole('textbox', { name: 'Masalah', exact: true })
    .fill('Halaman berita lambat');
  await incident.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  await incident.getByRole('textbox', { name: 'Yang diminta' }).fill('Memeriksa beban server');
  await incident.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Masalah tercatat.', { exact: true })).toBeVisible();
  const problems = page.getByTestId('daftar-masalah');
  await expect(problems).toContainText('Penyedia hosting: Memeriksa beban server');
  await expect(problems).toContainText('Menunggu pihak ketiga');
  await shot('website-masalah');

  // Pengunjung: a review that found something suspicious must say what was done.
  await web.tab('Pengunjung');
  await page.getByRole('button', { name: 'Catat tinjauan' }).click();
  const review = web.form('Catat tinjauan aktivitas pengunjung');
  await typeInto(review.getByRole('textbox', { name: 'Dari tanggal' }), '01/11/2026');
  await typeInto(review.getByRole('textbox', { name: 'Sampai tanggal' }), '19/11/2026');
  await review
    .getByRole('textbox', { name: 'Temuan', exact: true })
    .fill('Percobaan masuk ke halaman admin');
  await review.getByLabel('Ada aktivitas yang mencurigakan').check();
  await review.getByRole('button', { name: 'Simpan' }).click();
  await expect(
    review.getByText('Tuliskan tindakan atas aktivitas yang mencurigakan.'),
  ).toBeVisible();
  await review
    .getByRole('textbox', { name: /^Tindakan atas aktivitas mencurigakan/ })
    .fill('Alamat IP diblokir di hosting');
  await review.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Tinjauan pengunjung tercatat.')).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Alamat IP diblokir di hosting');
  await shot('website-pengunjung');

  // Renewal with its invoice: the reminder goes away.
  await web.tab('Layanan');
  await list.getByRole('button', { name: 'Perpanjang' }).click();
  const renewal = web.form(/^Perpanjang/);
  await typeInto(renewal.getByRole('textbox', { name: 'Akhir kontrak baru' }), '10/12/2027');
  await renewal.getByRole('textbox', { name: 'Nomor tagihan/invoice' }).fill('INV-2026-088');
  await renewal.getByRole('button', { name: 'Catat Perpanjangan' }).click();
  await expect(list).toContainText('Berlaku');
  await expect(page.getByText(/tagihan INV-2026-088/)).toBeVisible();

  // Siklus Bulanan: November's cycle through the active procedure F.
  await web.tab('Siklus Bulanan');
  await page.getByRole('button', { name: 'Mulai pemeliharaan bulan November 2026' }).click();
  await expect(page.getByTestId('status-siklus')).toHaveText('Berjalan');
  await expect(page.getByTestId('bukti-bulan-ini')).toHaveText(
    'Bulan ini: 2 pemeriksaan ketersediaan, 0 cadangan website (log pencadangan), 1 tinjauan pengunjung, 1 masalah.',
  );
  for (const no of [1, 2, 3, 4, 5]) await web.recordStep(no);
  await expect(page.getByTestId('langkah-menunggu')).toContainText(PJ.nama);
  await signInAs(page, PJ.nama);
  await web.open();
  await web.tab('Siklus Bulanan');
  await web.recordStep(6);
  await signInAs(page, OPERATOR.nama);
  await web.open();
  await web.tab('Siklus Bulanan');
  await web.recordStep(7);
  await expect(page.getByTestId('status-siklus')).toHaveText('Selesai');
  await expect(page.getByTestId('langkah-website')).toContainText(PJ.nama);
  await shot('website-siklus');

  // The month's report, read back with pdftotext.
  await page
    .getByRole('textbox', { name: /^Situasi dan kondisi/ })
    .fill('Website tersedia sepanjang bulan; satu gangguan kecepatan ditangani penyedia.');
  await page.getByRole('button', { name: 'Cetak laporan' }).click();
  const file = await web.savePreview(
    folders.saveDir,
    'Laporan Situasi dan Kondisi Website November 2026.pdf',
  );
  const text = flat(pdfText(file));
  expect(text).toContain('LAPORAN SITUASI DAN KONDISI WEBSITE');
  expect(text).toContain('BULAN NOVEMBER 2026');
  expect(text).toContain('satu gangguan kecepatan ditangani penyedia');
  expect(text).toMatch(/Website PA Mukomuko .*2 2 100%/);
  expect(text).toContain('Halaman berita lambat');
  expect(text).toMatch(/Ada\. Alamat IP diblokir di/);
  expect(text).toContain('Mengetahui,');
  expect(text).toContain(PJ.nama);
  expect(text).toContain(OPERATOR.nama);
});

test('the website records reach the other PC, and a renewal made there comes back', async ({
  page,
  browser,
  folders,
  now,
}) => {
  test.setTimeout(240_000);
  const web = new WebsitePage(page);
  await web.open();
  await page.getByRole('button', { name: 'Tambah layanan' }).click();
  const site = web.form('Tambah layanan');
  await site.getByRole('textbox', { name: 'Nama', exact: true }).fill('Domain pa-mukomuko.go.id');
  await site.getByRole('textbox', { name: 'Penyedia', exact: true }).fill('PANDI');
  await typeInto(site.getByRole('textbox', { name: 'Mulai kontrak' }), '01/01/2026');
  await typeInto(site.getByRole('textbox', { name: 'Akhir kontrak' }), '31/12/2026');
  await site.getByRole('button', { name: 'Simpan' }).click();
  await web.tab('Masalah');
  await page.getByRole('button', { name: 'Catat masalah' }).click();
  const incident = web.form('Catat masalah');
  await incident.getByRole('textbox', { name: 'Masalah', exact: true }).fill('DNS tidak terbaca');
  await incident.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Masalah tercatat.', { exact: true })).toBeVisible();

  mkdirSync(folders.sharedDir, { recursive: true });
  const second = await openSecondPc(browser, folders.sharedDir, now);
  const pageB = second.page;
  try {
    await new SetupWizardPage(pageB).complete(undefined, {
      nama: 'Dewi Lestari, S.T.',
      nip: '198505202010122002',
      jabatan: 'Pranata Komputer Ahli Muda',
    });
    const syncA = new SyncSettingsPage(page);
    await syncA.open();
    await syncA.create('PTSP 1', 'Kantor Mukomuko 2026!');
    await expect(syncA.status()).toHaveText('Tersinkron', { timeout: 30_000 });
    const syncB = new SyncSettingsPage(pageB);
    await syncB.open();
    await syncB.chooseFolder();
    await syncB.join('Ruang TI', 'Kantor Mukomuko 2026!');
    await expect(syncB.status()).toHaveText('Tersinkron', { timeout: 30_000 });

    const webB = new WebsitePage(pageB);
    await webB.open();
    const listB = pageB.getByTestId('daftar-layanan');
    await expect(listB).toContainText('Domain pa-mukomuko.go.id', { timeout: 20_000 });
    await webB.tab('Masalah');
    await expect(pageB.getByTestId('daftar-masalah')).toContainText('DNS tidak terbaca');

    // Renewed on B with its invoice; A sees the new contract.
    await webB.tab('Layanan');
    await listB.getByRole('button', { name: 'Perpanjang' }).click();
    const renewal = webB.form(/^Perpanjang/);
    await typeInto(renewal.getByRole('textbox', { name: 'Akhir kontrak baru' }), '31/12/2027');
    await renewal.getByRole('textbox', { name: 'Nomor tagihan/invoice' }).fill('PANDI-2026-77');
    await renewal.getByRole('button', { name: 'Catat Perpanjangan' }).click();
    await expect(listB).toContainText('31 Desember 2027');
    await web.open();
    await expect(page.getByTestId('daftar-layanan')).toContainText('31 Desember 2027', {
      timeout: 30_000,
    });
    await expect(page.getByText(/tagihan PANDI-2026-77/)).toBeVisible();
    expect(second.problems).toEqual([]);
  } finally {
    await second.close();
  }
});
