import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bridgeLogFile } from './bridge/bridgeServices';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { HelpPages } from './pages/HelpPages';

test.use({ office: 'ready' });

const SCREENS = [
  {
    menu: 'Permintaan Layanan',
    says: 'Prosedur B, Penanganan Permintaan',
    shot: 'bantuan-f1-permintaan',
  },
  { menu: 'Jadwal Pemeliharaan', says: 'Prosedur C langkah 1', shot: 'bantuan-f1-jadwal' },
  { menu: 'Pengaturan Kantor', says: 'Uji Cetak Kop Surat', shot: 'bantuan-f1-kantor' },
] as const;

test('F1 opens the guide of the screen that is open, and Esc closes it', async ({ page, shot }) => {
  const app = new AppPage(page);
  const help = new HelpPages(page);
  for (const screen of SCREENS) {
    await app.open(screen.menu);
    const drawer = await help.pressF1();
    await expect(drawer).toBeVisible();
    await expect(drawer).toHaveAccessibleName(`Bantuan: ${screen.menu}`);
    await expect(drawer).toContainText(screen.says);
    for (const section of ['Kegunaan', 'Langkah SOP', 'Isian', 'Dokumen cetak']) {
      await expect(drawer.getByRole('heading', { name: section, exact: true })).toBeVisible();
    }
    await shot(screen.shot);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  }

  // The header's Bantuan button opens the same guide.
  await page.getByRole('banner').getByRole('button', { name: 'Bantuan' }).click();
  await expect(help.drawer()).toContainText('Uji Cetak Kop Surat');
});

test('Bantuan lists every guide, searches their text, and lists the shortcuts', async ({
  page,
  shot,
}) => {
  const help = new HelpPages(page);
  await new AppPage(page).open('Bantuan');
  // A guide for every screen in the menu, Bantuan included.
  const screens = await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('button')
    .count();
  await expect(help.guideEntries()).toHaveCount(screens);

  await help.search().fill('kode  BMN');
  await expect(page.getByText('1 panduan memuat kata yang dicari.')).toBeVisible();
  await expect(help.guideEntries()).toHaveCount(1);
  const entry = help.guide('Perangkat TI');
  await expect(entry.locator('mark').first()).toHaveText(/kode|bmn/i);
  await entry.click();
  await expect(page.locator('[data-guide="perangkat"]')).toContainText('Nomor Urut Pendaftaran');
  await shot('bantuan-cari');

  await help.search().fill('disposisi');
  await expect(help.guide('Permintaan Layanan')).toBeVisible();
  await expect(help.guide('Pegawai')).toBeVisible();
  await expect(help.guide('Jadwal Pemeliharaan')).toHaveCount(0);
  await help.search().fill('tidakadakatasemacamini');
  await expect(page.getByText('Tidak ada panduan yang memuat semua kata itu.')).toBeVisible();
  await expect(help.guideEntries()).toHaveCount(0);

  const shortcuts = page.getByRole('table').filter({ hasText: 'Tombol' });
  await expect(shortcuts.getByRole('row', { name: /F1 Membuka panduan layar/ })).toBeVisible();
  await expect(shortcuts.getByRole('row', { name: /Ctrl\+Q Keluar/ })).toBeVisible();
});

test('Laporkan masalah copies the version, this PC and the log’s last lines', async ({
  page,
  context,
  folders,
  bridge,
  shot,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(bridge.url).origin,
  });
  const log = bridgeLogFile(folders);
  mkdirSync(path.dirname(log), { recursive: true });
  appendFileSync(log, '2026-11-20T02:00:00.000Z [pdf:save] Error: disk penuh (uji bantuan)\n');
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

  await new AppPage(page).open('Perangkat TI');
  await (
    await new HelpPages(page).pressF1()
  )
    .getByRole('button', { name: /Semua panduan/ })
    .click();
  await page.getByRole('button', { name: 'Laporkan masalah', exact: true }).click();
  await expect(page.getByText('Tersalin ke papan klip')).toBeVisible();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Versi aplikasi: ${version}`);
  expect(copied).toContain('Layar: Perangkat TI');
  expect(copied).toMatch(/Memori: \d+ MB bebas dari \d+ MB/);
  expect(copied).toMatch(/Sistem operasi: \S+/);
  expect(copied).toContain('[pdf:save] Error: disk penuh (uji bantuan)');
  await expect(page.getByLabel('Teks laporan masalah')).toContainText('disk penuh (uji bantuan)');
  await shot('bantuan-laporkan-masalah');
});
