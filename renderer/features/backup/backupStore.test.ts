import { describe, expect, it } from 'vitest';
import type { MejaApi } from '../../../shared/api/contract';
import { ok } from '../../../shared/api/result';
import { decodeBase64 } from '../../../shared/encoding/base64';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { putRow } from '../../db/repository';
import type { AppServices } from '../../kit/services';
import { lateBackupItems } from '../../../shared/home/attention';
import { backupItemsSaved, readBackupItems } from '../security/public';
import { createBackupKey, openBackup } from './backupCrypto';
import { CURRENT_SCHEMA } from './backupData';
import { addAttachment, attachmentsForBackup } from '../attachments/public';
import {
  APP_BACKUP_ITEM,
  inspectBackup,
  leftOutNote,
  makeBackup,
  readLastBackup,
  restoreBackup,
  saveSchedule,
} from './backupStore';

const PASSPHRASE = 'kata sandi cadangan 1';

/** The app's services over a fake main that keeps written files in memory. */
async function setUp() {
  const db = testDatabase('meja-ti-backup-store');
  await db.open();
  const write = testWriteContext(db, { actor: 'p1' });
  await putRow(write, 'people', 'p1', {
    nama: 'Siti Aminah',
    nip: '',
    jabatan: 'Operator',
    unitId: null,
    roles: ['operator'],
    aktif: true,
  });
  const files = new Map<string, Uint8Array>();
  const pruned: number[] = [];
  const api = {
    getAppInfo: async () =>
      ok({ name: 'Meja TI', version: '0.1.0', dataPath: '', platform: 'linux', packaged: false }),
    backupWrite: async ({ fileName, base64 }: { fileName: string; base64: string }) => {
      const bytes = decodeBase64(base64) ?? new Uint8Array();
      files.set(fileName, bytes);
      return ok({ path: `/usb/${fileName}`, bytes: bytes.length, sha256: 'a'.repeat(64) });
    },
    backupPrune: async ({ keep }: { keep: number }) => {
      pruned.push(keep);
      return ok({ removed: [] });
    },
  } as unknown as MejaApi;
  const services: AppServices = { db, api, write, setActor: () => {} };
  return { db, services, files, pruned };
}

describe('making a backup', () => {
  it('writes a file that opens with the passphrase and logs it in SOP D as Aplikasi Meja TI', async () => {
    const { db, services, files, pruned } = await setUp();
    const key = await createBackupKey(PASSPHRASE, 100_000);
    const done = await makeBackup(services, { key, terjadwal: false });

    expect(done.name).toMatch(/^cadangan-meja-ti-2026-11-22-\d{6}\.mejati$/);
    const opened = await openBackup(
      files.get(done.name) ?? new Uint8Array(),
      { passphrase: PASSPHRASE },
      CURRENT_SCHEMA,
    );
    expect(opened.manifest).toMatchObject({
      appVersion: '0.1.0',
      schemaVersion: CURRENT_SCHEMA,
      createdBy: { personId: 'p1', nama: 'Siti Aminah' },
      terjadwal: false,
    });
    expect(opened.payload.tables.people?.map((p) => p.nama)).toEqual(['Siti Aminah']);
    expect(Object.keys(opened.payload.tables)).not.toContain('local');
    expect(Object.keys(opened.payload.tables)).not.toContain('outbox');

    expect(await readBackupItems(db)).toContainEqual({ ...APP_BACKUP_ITEM, setiapHari: 7 });
    const [logged] = await db.backups.toArray();
    expect(logged).toMatchObject({
      itemId: APP_BACKUP_ITEM.id,
      tanggal: '2026-11-22',
      lokasi: `/usb/${done.name}`,
      petugasId: 'p1',
    });
    expect((await readLastBackup(db))?.name).toBe(done.name);
    expect(pruned).toEqual([]);

    // A schedule sets the item's days (Beranda warns past them); a scheduled backup prunes.
    await saveSchedule(services, { rule: { frekuensi: 'harian', simpan: 3 }, key });
    expect(await readBackupItems(db)).toContainEqual({ ...APP_BACKUP_ITEM, setiapHari: 1 });
    await makeBackup(services, { key, terjadwal: true, keep: 3 });
    expect(pruned).toEqual([3]);
    db.close();
  });

  it('carries the attachments, restores them on a PC without them, and leaves out what is over budget', async () => {
    const { db, services, files } = await setUp();
    const pdf = new TextEncoder().encode('%PDF-1.4\nSK Tim TI\n%%EOF\n');
    const ref = await addAttachment(db, { nama: 'sk.pdf', bytes: pdf }, services.write.now);
    const key = await createBackupKey(PASSPHRASE, 100_000);
    const done = await makeBackup(services, { key, terjadwal: false });
    expect(done.lampiranTidakIkut).toBe(0);
    const bytes = files.get(done.name) ?? new Uint8Array();

    const other = testDatabase('meja-ti-backup-restore-target');
    await other.open();
    const ctx = testWriteContext(other, { device: 'pc-b', actor: null });
    await restoreBackup(ctx, await inspectBackup(other, bytes, PASSPHRASE));
    expect(await other.people.count()).toBe(1);
    const restored = await other.attachmentBlobs.get(ref.hash);
    expect(new TextDecoder().decode(restored?.bytes)).toContain('SK Tim TI');
    expect(restored).toMatchObject({ ukuran: pdf.length, tipe: 'application/pdf', diunggah: 0 });

    // Over the budget: the newest kept, the older counted as left out.
    await addAttachment(
      db,
      { nama: 'b.pdf', bytes: new TextEncoder().encode('%PDF-1.4\nB\n%%EOF') },
      () => new Date('2026-11-23T00:00:00Z'),
    );
    const budgeted = await attachmentsForBackup(db, 25);
    expect(budgeted.lampiran).toHaveLength(1);
    expect(budgeted.tidakIkut).toBe(1);
    expect(leftOutNote(1)).toContain('1 lampiran terlama tidak ikut');
    other.close();
    db.close();
  });

  it("makes Beranda warn when the app's last backup is older than its schedule", async () => {
    const { db, services } = await setUp();
    const key = await createBackupKey(PASSPHRASE, 100_000);
    await saveSchedule(services, { rule: { frekuensi: 'harian', simpan: 3 }, key });
    await makeBackup(services, { key, terjadwal: false });
    const late = async (today: string) =>
      lateBackupItems(
        await readBackupItems(db),
        await db.backups.toArray(),
        today,
        await backupItemsSaved(db),
      ).map((i) => i.nama);
    expect(await late('2026-11-23')).not.toContain(APP_BACKUP_ITEM.nama);
    expect(await late('2026-11-24')).toContain(APP_BACKUP_ITEM.nama);
    db.close();
  });
});
