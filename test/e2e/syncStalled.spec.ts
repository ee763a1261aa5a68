import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { utf8 } from '../../renderer/sync/bytes';
import { sealFile } from '../../renderer/sync/fileEnvelope';
import { unlockWorkspace } from '../../renderer/sync/workspaceCrypto';
import { opFilePath } from '../../shared/sync/opFile';
import { expect, test } from './fixtures';
import { SetupWizardPage } from './pages/SetupWizardPage';
import { SyncSettingsPage } from './pages/SyncPages';

const PASSPHRASE = 'Kantor Mukomuko 2026!';
const OTHER = 'pc-lain-0001';

test('a file another PC’s changes wait at for ten minutes is shown with the PC and its number', async ({
  page,
  folders,
  shot,
  now,
}) => {
  test.setTimeout(180_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  await new SetupWizardPage(page).complete();
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.create('PTSP 1', PASSPHRASE);
  await expect(sync.status()).toHaveText('Tersinkron', { timeout: 30_000 });

  // Another PC's file 2 is in the folder, its file 1 is not: this PC waits at number 1.
  const marker: unknown = JSON.parse(
    readFileSync(path.join(folders.sharedDir, 'meja-ti-workspace.json'), 'utf8'),
  );
  const key = typeof marker === 'object' && marker && 'key' in marker ? marker.key : null;
  const keys = await unlockWorkspace(PASSPHRASE, key);
  const relPath = opFilePath(OTHER, 2);
  const content = {
    format: 'meja-ti/ops@1',
    device: OTHER,
    seq: 2,
    createdAt: new Date(now).toISOString(),
    ops: [],
  };
  const sealed = await sealFile(keys, utf8(JSON.stringify(content)), relPath);
  mkdirSync(path.join(folders.sharedDir, path.dirname(relPath)), { recursive: true });
  writeFileSync(path.join(folders.sharedDir, relPath), sealed);

  const stalled = page.getByRole('alert', { name: 'Perubahan dari PC lain tertahan' });
  await expect(async () => {
    await page.clock.fastForward(60_000);
    await expect(stalled).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 120_000 });
  await expect(stalled).toContainText(
    /Komputer pc-lain-: berkas nomor 1 belum dapat dibaca sejak \d\d\.\d\d/,
  );
  await expect(stalled).toContainText('Nyalakan komputer tersebut');
  await shot('sinkron-berkas-tertahan');
});
