import type { Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { OPERATOR, SetupWizardPage } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';
import { openSecondPc } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Cadangan Mukomuko 2026';

/** The backups in the folder the bridge's folder dialog answers with, oldest first. */
function backupsIn(saveDir: string): string[] {
  const dir = path.join(saveDir, 'cadangan');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mejati'))
    .sort()
    .map((n) => path.join(dir, n));
}

/** Chooses a file in the restore panel (the bridge's open dialog answers `file`) and opens it. */
async function openBackupFile(page: Page, sharedDir: string, file: string, passphrase: string) {
  writeFileSync(path.join(sharedDir, 'pilih-berkas.txt'), file);
  await page.getByRole('button', { name: 'Pilih berkas cadangan' }).click();
  await expect(page.getByText(path.basename(file))).toBeVisible();
  await page.getByLabel('Kata sandi cadangan', { exact: true }).last().fill(passphrase);
  await page.getByRole('button', { name: 'Buka cadangan' }).click();
}

test('manual and scheduled backups; damaged and wrong-passphrase files refused; a new PC restores the same rows', async ({
  page,
  browser,
  folders,
  now,
  shot,
}) => {
  test.setTimeout(180_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  await new AppPage(page).open('Tentang');
  const panel = page.getByRole('region', { name: 'Cadangan Meja TI' }).or(page.locator('body'));

  // A backup made now, by hand.
  await page.getByRole('button', { name: 'Pilih folder' }).click();
  await expect(page.getByText(/cadangan$/).first()).toBeVisible();
  await panel.getByLabel('Kata sandi cadangan', { exact: true }).first().fill(PASSPHRASE);
  await panel.getByLabel('Ulangi kata sandi', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
  await expect(page.getByText('Cadangan dibuat dan diperiksa')).toBeVisible({ timeout: 60_000 });
  expect(backupsIn(folders.saveDir)).toHaveLength(1);

  // The schedule: daily, keep 2; the next one is made by itself a day later.
  await page.getByLabel('Simpan cadangan terakhir').fill('2');
  await page.getByLabel('Kata sandi cadangan terjadwal').fill(PASSPHRASE);
  await page.getByLabel('Ulangi kata sandi jadwal').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(page.getByText('Jadwal aktif')).toBeVisible();
  await shot('tentang-cadangan');
  await page.clock.fastForward('24:01:00');
  await expect(page.getByText('Cadangan terjadwal dibuat')).toBeVisible({ timeout: 60_000 });
  // A day without input locked the app; the scheduled backup was made all the same.
  await signInAs(page, OPERATOR.nama);
  // Both are in SOP D's backup log as "Aplikasi Meja TI".
  await new AppPage(page).open('Pengamanan');
  await page.getByRole('tab', { name: 'Cadangan Data' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Folder cadangan' })).toHaveCount(2);
  await new AppPage(page).open('Tentang');
  const files = backupsIn(folders.saveDir);
  expect(files).toHaveLength(2);
  const [manual, scheduled] = files as [string, string];

  // A damaged file and a wrong passphrase are refused, nothing changes.
  const damaged = path.join(folders.sharedDir, 'rusak.mejati');
  const bytes = readFileSync(scheduled);
  bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
  writeFileSync(damaged, bytes);
  await openBackupFile(page, folders.sharedDir, damaged, PASSPHRASE);
  await expect(
    page.getByText('Berkas cadangan rusak atau telah diubah. Data tidak diubah.'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await openBackupFile(page, folders.sharedDir, manual, 'kata sandi lain sekali');
  await expect(page.getByText('Kata sandi cadangan salah. Data tidak diubah.')).toBeVisible({
    timeout: 30_000,
  });
  await shot('tentang-pulihkan-ditolak');

  // A new PC (fresh profile, no shared folder in use) restores the scheduled backup.
  const second = await openSecondPc(
    browser,
    folders.sharedDir,
    new Date(now.getTime() + 2 * 864e5),
  );
  const pageB = second.page;
  try {
    await expect(new SetupWizardPage(pageB).heading()).toBeVisible();
    await pageB.screenshot({ path: 'test-screens/wizard-pindah-pc.png', fullPage: true });
    await pageB.getByRole('button', { name: 'Pulihkan dari cadangan' }).click();
    await openBackupFile(pageB, folders.sharedDir, scheduled, PASSPHRASE);
    const contents = pageB.getByRole('table', { name: 'Isi cadangan' });
    await expect(contents.getByRole('row', { name: /Pegawai 0 1/ })).toBeVisible({
      timeout: 30_000,
    });
    await pageB.screenshot({ path: 'test-screens/pulihkan-pc-baru.png', fullPage: true });
    await pageB.getByRole('button', { name: 'Pulihkan data ini' }).click();
    // The restored data opens in a reloaded window: wait for it, not for the screen before it.
    const reloaded = pageB.waitForEvent('load', { timeout: 60_000 });
    await pageB.getByRole('dialog').getByRole('button', { name: 'Pulihkan' }).click();
    await reloaded;
    // The restored staff sign in with their PINs; the restored data opens locked.
    await expect(pageB.getByRole('combobox', { name: 'Nama pegawai' })).toBeVisible({
      timeout: 60_000,
    });
    await signInAs(pageB, OPERATOR.nama);
    // Beranda: the daily rule came with the data, and the last logged backup is two days old.
    await expect(
      pageB.getByRole('main').getByRole('button', { name: /^\d+ data terlambat dicadangkan$/ }),
    ).toBeVisible();
    await new AppPage(pageB).open('Pegawai');
    await expect(pageB.getByRole('row').filter({ hasText: OPERATOR.nama })).toBeVisible();
    await new AppPage(pageB).open('Tentang');
    await expect(pageB.getByRole('button', { name: 'Kembalikan data sebelumnya' })).toBeVisible();
    expect(second.problems).toEqual([]);
  } finally {
    await second.close();
  }
});
