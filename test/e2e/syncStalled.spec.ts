import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { opFilePath } from '../../shared/sync/opFile';
import { expect, test } from './fixtures';
import { SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Kantor Mukomuko 2026!';
const OTHER = 'pc-lain-0001';

test('a file another PC’s changes wait at for ten minutes is shown with the PC and its number', async ({
  page,
  folders,
  shot,
}) => {
  test.setTimeout(180_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.create('PTSP 1', PASSPHRASE);
  await expect(sync.status()).toHaveText('Tersinkron', { timeout: 30_000 });

  // A file of another PC's that no PC can read (cut short by the share): this PC refuses it
  // and waits at its number.
  const relPath = opFilePath(OTHER, 1);
  mkdirSync(path.join(folders.sharedDir, path.dirname(relPath)), { recursive: true });
  writeFileSync(path.join(folders.sharedDir, relPath), 'MTI1 terpotong');

  const stalled = page.getByRole('alert', { name: 'Perubahan dari PC lain tertahan' });
  let moves = 0;
  // Someone is at the PC (the mouse moves), so the idle lock does not come first.
  const someoneThere = () => page.mouse.move(10 + (++moves % 50), 10);
  await expect(async () => {
    // Eleven minutes in two jumps, each shorter than the idle lock's ten; a jump fires the due
    // sync cycle once. A try whose first cycle came after the file was read again.
    await someoneThere();
    await page.clock.fastForward(9 * 60_000);
    await someoneThere();
    await page.clock.fastForward(2 * 60_000);
    await expect(stalled).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await expect(stalled).toContainText(
    /Komputer pc-lain-: berkas nomor 1 belum dapat dibaca sejak \d\d\.\d\d/,
  );
  await expect(stalled).toContainText('Berkas itu rusak atau tidak sah');
  await shot('sinkron-berkas-tertahan');
});
