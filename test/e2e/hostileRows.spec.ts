import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutboxEntry } from '../../renderer/db/rows';
import { encodeOpFile } from '../../renderer/sync/opFileCodec';
import { unlockWorkspace } from '../../renderer/sync/workspaceCrypto';
import { encodeHlc } from '../../shared/sync/hlc';
import { opFilePath } from '../../shared/sync/opFile';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Kantor Mukomuko 2026!';
const ROGUE = 'pc-rusak-0001';

/** A complete request row as another PC's reception would send it. */
function requestFields(at: string, uraian: string): Record<string, unknown> {
  return {
    pemohon: {
      personId: null,
      nama: 'Rahmat Hidayat',
      nip: '',
      unitNama: 'Kepaniteraan',
      telepon: '',
    },
    diterimaPada: at,
    saluran: 'telepon',
    kategori: 'Perangkat keras',
    aplikasi: '',
    perangkat: 'Proyektor',
    deviceId: null,
    uraian,
    urgensiPemohon: 'sedang',
    nomor: '901/PLTI/XI/2026',
    tahun: 2026,
    urut: 901,
    sopId: 'sop-lain',
    sopRevision: 1,
    urgensi: null,
    dampak: null,
    prioritas: null,
    disposisi: null,
    status: 'berjalan',
    langkahTerakhir: 1,
    langkahMulai: at,
    adaTerlambat: false,
    selesaiPada: null,
    penutupan: null,
  };
}

/** Seals an op file as a broken PC of the workspace would, with the real crypto. */
async function writeRogueFile(sharedDir: string, now: Date): Promise<void> {
  const marker = JSON.parse(readFileSync(path.join(sharedDir, 'meja-ti-workspace.json'), 'utf8'));
  const keys = await unlockWorkspace(PASSPHRASE, marker.key);
  const at = new Date(now.getTime() - 60_000).toISOString();
  const entry = (i: number, key: string, changes: Record<string, unknown>): OutboxEntry => ({
    id: `e${i}`,
    hlc: encodeHlc({ millis: now.getTime() - 60_000, counter: i, device: ROGUE }),
    device: ROGUE,
    table: 'requests',
    key,
    changes,
    deleted: false,
    actor: null,
    at,
  });
  const relPath = opFilePath(ROGUE, 1);
  const sealed = await encodeOpFile(keys, relPath, {
    device: ROGUE,
    seq: 1,
    createdAt: at,
    entries: [
      entry(1, 'baik-0001', requestFields(at, 'Proyektor ruang sidang mati.')),
      entry(2, 'kurang-0001', { uraian: 'Baris tanpa pemohon dan nomor.' }),
      entry(3, 'besar-0001', requestFields(at, 'x'.repeat(3000))),
    ],
  });
  mkdirSync(path.dirname(path.join(sharedDir, relPath)), { recursive: true });
  writeFileSync(path.join(sharedDir, relPath), sealed);
}

async function openRegister(page: Page) {
  await new AppPage(page).open('Permintaan Layanan');
}

test('rows another PC sent damaged are refused one by one; the register stays whole, also after a reload', async ({
  page,
  folders,
  shot,
  now,
}) => {
  test.setTimeout(180_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.create('PTSP 1', PASSPHRASE);
  await expect(sync.status()).toHaveText('Tersinkron', { timeout: 30_000 });

  await writeRogueFile(folders.sharedDir, now);

  // The rows that failed are listed with their Indonesian reason; the good one is applied.
  const quarantine = page.getByRole('table', { name: 'Berkas dikarantina' });
  await expect(quarantine).toContainText("kolom 'uraian' melebihi 2.000 karakter", {
    timeout: 30_000,
  });
  await expect(quarantine).toContainText(/Baris permintaan kurang-0… dari komputer .* ditahan/);
  await shot('sinkron-baris-ditolak');

  await openRegister(page);
  await expect(page.getByText('Proyektor ruang sidang mati.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Data rusak')).toHaveCount(0);

  // A row damaged in the database itself (an older version, a bad copy) is marked, not fatal.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meja-ti');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('requests', 'readwrite');
          tx.objectStore('requests').put({
            id: 'rusak-0001',
            uraian: 'Tanpa pemohon',
            _clock: {},
            _deleted: false,
            _updatedBy: null,
            _updatedAt: new Date().toISOString(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // Written past Dexie, so the screen learns of it on the next load.
  await page.reload();
  await openRegister(page);
  const damaged = page.getByRole('alert').filter({ hasText: 'Data rusak' });
  await expect(damaged).toContainText('rusak-0001', { timeout: 20_000 });
  await expect(page.getByText('Proyektor ruang sidang mati.')).toBeVisible();
  await shot('daftar-data-rusak');

  // The refused rows stay refused after a reload, and the list still names them.
  await sync.open();
  await expect(quarantine).toContainText("kolom 'uraian' melebihi 2.000 karakter");
});
