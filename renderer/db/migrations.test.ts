import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MejaDatabase, SCHEMA_VERSIONS } from './database';

/** A database that knows only the schema versions up to `version`, as an older app had. */
function openAtVersion(name: string, version: number, indexedDB: IDBFactory): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    db.version(schema.version).stores(schema.stores);
  }
  return db;
}

const sample = {
  id: 'p1',
  nama: 'Siti Aminah',
  nip: '',
  jabatan: 'Operator',
  unitId: null,
  roles: ['operator'],
  aktif: true,
  _clock: {},
  _deleted: false,
  _updatedBy: null,
  _updatedAt: '2026-11-22T07:30:00.000Z',
};

describe('schema migrations', () => {
  it.each(SCHEMA_VERSIONS.map((s) => s.version))(
    'opens a database written by schema version %i with the current app, data intact',
    async (version) => {
      const indexedDB = new IDBFactory();
      const old = openAtVersion('meja-ti-migrate', version, indexedDB);
      await old.table('people').put(sample);
      await old.table('local').put({ key: 'deviceId', value: 'pc-old' });
      old.close();

      const current = new MejaDatabase('meja-ti-migrate', { indexedDB, IDBKeyRange });
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
      expect(await current.people.get('p1')).toEqual(sample);
      expect(await current.local.get('deviceId')).toEqual({ key: 'deviceId', value: 'pc-old' });
      current.close();
    },
  );
});
