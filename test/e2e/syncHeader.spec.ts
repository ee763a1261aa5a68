import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { opFilePath } from '../../shared/sync/opFile';
import { breakStore, MARK, mainLog, repairStores } from './brokenStorage';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Kantor Mukomuko 2026!';
/** A PC of the office that is not this one. */
const OTHER_PC = '5f0c8a2e-9d41-4c6b-8e2f-3a7b1c9d0e11';

test.use({ expectedErrors: [new RegExp(MARK)] });

test.beforeEach(async ({ page, folders }) => {
  mkdirSync(folders.sharedDir, { recursive: true });
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.create('PTSP 1', PASSPHRASE);
  await expect(sync.status()).toHaveText('Tersinkron', { timeout: 30_000 });
});

test('the header counts the files this PC refused beside Tersinkron, and the mark opens their list', async ({
  page,
  folders,
  shot,
}) => {
  const damaged = path.join(folders.sharedDir, ...opFilePath(OTHER_PC, 1).split('/'));
  mkdirSync(path.dirname(damaged), { recursive: true });
  writeFileSync(damaged, 'bukan berkas perubahan');
  await new AppPage(page).open('Beranda');

  const mark = page.getByTestId('sync-quarantine');
  await expect(mark).toHaveText('1 berkas dikarantina', { timeout: 30_000 });
  // Everything else did arrive: the state itself still reads Tersinkron.
  await expect(new SyncSettingsPage(page).status()).toHaveText('Tersinkron');
  await shot('header-karantina');

  await mark.click();
  const list = page.getByRole('table', { name: 'Berkas dikarantina' });
  await expect(list).toBeInViewport();
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText(opFilePath(OTHER_PC, 1));
});

test('sync that cannot start says so in the header and in Pengaturan Sinkronisasi, is logged, and starts again once it can', async ({
  page,
  folders,
  shot,
}) => {
  await breakStore(page, 'local', 'sync:lastSyncAt');
  const sync = new SyncSettingsPage(page);
  await expect(sync.status()).toHaveText('Sinkronisasi gagal dimulai');
  await sync.open();
  const alert = page.getByRole('alert').filter({ hasText: 'Sinkronisasi gagal dimulai:' });
  await expect(alert).toContainText(MARK);
  // The workspace is still this PC's: no invitation to join one.
  await expect(page.getByRole('button', { name: 'Pilih folder bersama…' })).toBeHidden();
  await shot('sinkron-gagal-dimulai');
  await expect
    .poll(() => mainLog(folders))
    .toMatch(new RegExp(`\\[renderer\\] startup: .*${MARK}`));

  // The rest of the app works meanwhile.
  await new AppPage(page).open('Pegawai');
  await expect(page.getByRole('heading', { name: 'Pegawai' })).toBeVisible();

  await repairStores(page);
  await sync.open();
  await page.getByRole('button', { name: 'Coba mulai lagi' }).click();
  await expect(sync.status()).toHaveText('Tersinkron', { timeout: 30_000 });
  await expect(alert).toBeHidden();
});
