import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MejaDatabase, SCHEMA_VERSIONS } from '../db/database';
import { bootstrap } from './bootstrap';
import { startupErrorMessage } from './startupError';
import type { MejaApi } from '../../shared/api/contract';

/** No window session in Node: the app starts locked. */
const noSession = { getItem: () => null, removeItem: () => undefined };

describe('opening data written by a newer Meja TI', () => {
  it('is refused with a message saying to install the newer version, and the data is kept', async () => {
    const indexedDB = new IDBFactory();
    const newest = Math.max(...SCHEMA_VERSIONS.map((s) => s.version));
    const newer = new Dexie('meja-ti', { indexedDB, IDBKeyRange });
    newer.version(newest + 1).stores({ people: 'id', laterTable: 'id' });
    await newer.open();
    await newer.table('laterTable').put({ id: 'x', made: 'by a newer version' });
    newer.close();

    const db = new MejaDatabase('meja-ti', { indexedDB, IDBKeyRange });
    const failure = await bootstrap({} as MejaApi, db, noSession).then(
      () => null,
      (error: unknown) => error,
    );
    expect(startupErrorMessage(failure)).toMatch(/dibuat oleh versi Meja TI yang lebih baru/);

    const again = new Dexie('meja-ti', { indexedDB, IDBKeyRange });
    await again.open();
    expect(await again.table('laterTable').get('x')).toEqual({
      id: 'x',
      made: 'by a newer version',
    });
    again.close();
  });

  it('leaves a new PC and data of this version to open as before', async () => {
    const indexedDB = new IDBFactory();
    const fresh = await bootstrap(
      {} as MejaApi,
      new MejaDatabase('meja-ti', { indexedDB, IDBKeyRange }),
      noSession,
    );
    await fresh.db.local.put({ key: 'k', value: 1 });
    fresh.db.close();
    const again = await bootstrap(
      {} as MejaApi,
      new MejaDatabase('meja-ti', { indexedDB, IDBKeyRange }),
      noSession,
    );
    expect(await again.db.local.get('k')).toEqual({ key: 'k', value: 1 });
    expect(again.db.verno).toBe(Math.max(...SCHEMA_VERSIONS.map((s) => s.version)));
    again.db.close();
  });

  it('gives other errors their own text', () => {
    expect(startupErrorMessage(new Error('Berkas rusak.'))).toBe('Berkas rusak.');
    expect(startupErrorMessage('aneh')).toBe('aneh');
  });
});
