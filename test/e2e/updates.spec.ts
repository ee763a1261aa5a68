import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openedInstallersFile } from './bridge/bridgeServices';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const INSTALLER = 'Meja-TI-Setup-9.0.0.exe';
const BYTES = 'MZ pemasang uji Meja TI 9.0.0';

test('an administrator shares an update through the folder; it is offered with its notes, installed only from a verified copy, and a tampered or forged one is refused', async ({
  page,
  folders,
  shot,
}) => {
  test.setTimeout(120_000);
  // The installer the administrator picks in the open dialog.
  mkdirSync(folders.saveDir, { recursive: true });
  mkdirSync(folders.sharedDir, { recursive: true });
  const source = path.join(folders.saveDir, INSTALLER);
  writeFileSync(source, BYTES);
  writeFileSync(path.join(folders.sharedDir, 'pilih-berkas.txt'), source);

  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.create('PTSP 1', 'Kantor Mukomuko 2026!');

  await new AppPage(page).open('Tentang');
  await page.getByRole('textbox', { name: 'Versi' }).fill('9.0.0');
  await page.getByRole('textbox', { name: 'Catatan pembaruan' }).fill('Perbaikan cetak Daftar.');
  await page.getByRole('button', { name: 'Bagikan pembaruan' }).click();
  const offer = page.getByRole('alert', { name: 'Pembaruan tersedia: Meja TI 9.0.0' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('Perbaikan cetak Daftar.');
  await shot('pembaruan-tersedia');

  // Beranda shows the offer too and leads to Tentang.
  await new AppPage(page).open('Beranda');
  await expect(page.getByRole('button', { name: 'Lihat pembaruan' })).toBeVisible();
  await shot('pembaruan-beranda');
  await page.getByRole('button', { name: 'Lihat pembaruan' }).click();
  await expect(offer).toBeVisible();

  // Installing asks first, then opens a verified local copy (the bridge's opener records it).
  page.once('dialog', (dialog) => void dialog.accept());
  await offer.getByRole('button', { name: 'Pasang pembaruan' }).click();
  await expect(page.getByText('Pemasang dibuka')).toBeVisible();
  const opened = readFileSync(openedInstallersFile(folders), 'utf8').trim().split('\n');
  expect(opened).toHaveLength(1);
  expect(opened[0]).not.toContain(folders.sharedDir);
  expect(readFileSync(opened[0] ?? '', 'utf8')).toBe(BYTES);

  // Someone swaps the installer in the share: refused, nothing opened.
  writeFileSync(path.join(folders.sharedDir, 'pembaruan', INSTALLER), BYTES.replace('uji', 'UJI'));
  page.once('dialog', (dialog) => void dialog.accept());
  await offer.getByRole('button', { name: 'Pasang pembaruan' }).click();
  const refused = page.getByRole('alert', { name: 'Pembaruan ditolak' });
  await expect(refused).toContainText('SHA-256');
  await shot('pembaruan-ditolak');
  expect(readFileSync(openedInstallersFile(folders), 'utf8').trim().split('\n')).toHaveLength(1);

  // A manifest not sealed with the workspace key is refused where the offer would be.
  writeFileSync(path.join(folders.sharedDir, 'pembaruan', 'manifest.json'), BYTES);
  await new AppPage(page).open('Beranda');
  await new AppPage(page).open('Tentang');
  await expect(refused).toContainText('kunci ruang kerja');
  expect(existsSync(source)).toBe(true);
});
