import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BackupFileError,
  DEVICE_LOCAL_TABLES,
} from '../../../shared/backup/backupFormat';
import { decodeHlc, createHlcClock } from '../../../shared/sync/hlc';
import { MejaDatabase, SCHEMA_VERSIONS } from '../../db/database';
import type { WriteContext } from '../../db/repository';
import { SYNCED_TABLES } from '../../db/rows';
import { createBackupKey, sealBackup } from './backupCrypto';
import { CURRENT_SCHEMA, databaseAtVersion, readBackupPayload } from './backupData';
import { inspectBackup, previousDataKept, restoreBackup, undoRestore } from './backupStore';

const PASSPHRASE = 'kata sandi cadangan 1';

const row = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  ...fields,
  _clock: { nama: '0000000000001-0000-pc-old' },
  _deleted: false,
  _updatedBy: null,
  _updatedAt: '2026-11-22T07:30:00.000Z',
});

const person = row('p1', { nama: 'Siti Aminah', nip: '', roles: ['operator'], aktif: true });

/** A backup made by the app at schema `version`: one row in each of its tables. */
async function backupAtVersion(version: number) {
  const old = databaseAtVersion('meja-ti', version, { indexedDB: new IDBFactory(), IDBKeyRange });
  await old.open();
  for (const table of old.tables) {
    if (table.name === 'local') await table.put({ key: 'deviceId', value: 'pc-old' });
    else if (DEVICE_LOCAL_TABLES.includes(table.name)) continue;
    else if (table.name === 'people') await table.put(person);
    else await table.put(row(`${table.name}-1`));
  }
  const { payload, schemaVersion } = await readBackupPayload(old);
  const names = old.tables.map((t) => t.name);
  old.close();
  const sealed = await sealBackup(
    payload,
    {
      format: BACKUP_FORMAT,
      appVersion: '0.1.0',
      schemaVersion,
      createdAt: '2026-11-22T08:00:00.000Z',
      createdBy: { device: 'pc-old', personId: null, nama: null },
      counts: Object.fromEntries(Object.entries(payload.tables).map(([t, r]) => [t, r.length])),
      terjadwal: true,
    },
    await createBackupKey(PASSPHRASE, 100_000),
  );
  return { bytes: sealed.bytes, names };
}

/** This PC: the current app with its own id and one row of its own. */
async function thisPc() {
  const db = new MejaDatabase('meja-ti', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await db.local.put({ key: 'deviceId', value: 'pc-new' });
  await db.table('people').put(row('p-here', { nama: 'Budi', nip: '', roles: [], aktif: true }));
  await db.outbox.put({
    id: 'o1',
    hlc: 'x',
    device: 'pc-new',
    table: 'people',
    key: 'p-here',
    changes: {},
    deleted: false,
    actor: null,
    at: '2026-11-22T07:00:00.000Z',
  });
  let ids = 0;
  const ctx: WriteContext = {
    db,
    device: 'pc-new',
    clock: createHlcClock({
      device: 'pc-new',
      wallClock: () => Date.parse('2026-11-23T00:00:00Z'),
    }),
    actor: () => null,
    newId: () => `id-${++ids}`,
    now: () => new Date('2026-11-23T00:00:00Z'),
  };
  return ctx;
}

describe('restore', () => {
  it.each(SCHEMA_VERSIONS.map((s) => s.version))(
    'restores a backup made at schema version %i into the current app, this PC kept its own',
    async (version) => {
      const { bytes, names } = await backupAtVersion(version);
      const ctx = await thisPc();
      const { db } = ctx;
      const opened = await inspectBackup(db, bytes, PASSPHRASE);
      expect(opened.manifest.schemaVersion).toBe(version);
      expect(opened.comparison.find((c) => c.table === 'people')).toMatchObject({
        label: 'Pegawai',
        sekarang: 1,
        cadangan: 1,
      });

      await restoreBackup(ctx, opened);
      expect(db.verno).toBe(CURRENT_SCHEMA);
      // The rows as they were, each now stamped by this PC as if typed here.
      const [restored] = await db.people.toArray();
      expect({ ...restored, _clock: person._clock }).toEqual(person);
      expect(Object.keys(restored?._clock ?? {}).sort()).toEqual(['aktif', 'nama', 'nip', 'roles']);
      expect(Object.values(restored?._clock ?? {}).map((stamp) => decodeHlc(stamp).device)).toEqual(
        ['pc-new', 'pc-new', 'pc-new', 'pc-new'],
      );
      for (const name of names.filter((n) => n !== 'people' && !DEVICE_LOCAL_TABLES.includes(n))) {
        expect(await db.table(name).count(), name).toBe(1);
      }
      // Tables newer than the backup start empty; this PC's id stays; its outbox holds one
      // change per restored synced row, so a workspace made from this PC ships them.
      expect(await db.delegations.count()).toBe(names.includes('delegations') ? 1 : 0);
      expect(await db.local.get('deviceId')).toEqual({ key: 'deviceId', value: 'pc-new' });
      const synced = names.filter((n) => (SYNCED_TABLES as readonly string[]).includes(n));
      const outbox = await db.outbox.toArray();
      expect(outbox.map((e) => e.table).sort()).toEqual([...synced].sort());
      expect(outbox.find((e) => e.key === 'p1')).toMatchObject({
        device: 'pc-new',
        deleted: false,
        changes: { nama: 'Siti Aminah', nip: '', roles: ['operator'], aktif: true },
      });

      // The way back: the data from before the restore.
      expect(await previousDataKept(db)).toBe(true);
      await undoRestore(ctx);
      expect((await db.people.toArray()).map((p) => p.nama)).toEqual(['Budi']);
      expect(await previousDataKept(db)).toBe(false);
      db.close();
    },
  );

  it('refuses a wrong passphrase and a payload with a table its version did not have, changing nothing', async () => {
    const ctx = await thisPc();
    const { db } = ctx;
    const { bytes } = await backupAtVersion(CURRENT_SCHEMA);
    await expect(inspectBackup(db, bytes, 'kata sandi yang salah')).rejects.toMatchObject({
      reason: 'kataSandi',
    });

    const key = await createBackupKey(PASSPHRASE, 100_000);
    const sealed = await sealBackup(
      { format: BACKUP_FORMAT, tables: { people: [person], delegations: [row('d1')] } },
      {
        format: BACKUP_FORMAT,
        appVersion: '0.1.0',
        schemaVersion: 1,
        createdAt: '2026-11-22T08:00:00.000Z',
        createdBy: { device: 'pc-old', personId: null, nama: null },
        counts: { people: 1, delegations: 1 },
        terjadwal: false,
      },
      key,
    );
    const opened = await inspectBackup(db, sealed.bytes, PASSPHRASE);
    await expect(restoreBackup(ctx, opened)).rejects.toBeInstanceOf(BackupFileError);
    expect((await db.people.toArray()).map((p) => p.nama)).toEqual(['Budi']);
    expect(await db.outbox.count()).toBe(1);
    expect(await previousDataKept(db)).toBe(false);
    db.close();
  });
});
