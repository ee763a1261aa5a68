import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHlcClock } from '../../../shared/sync/hlc';
import { MejaDatabase } from '../../../renderer/db/database';
import type { WriteContext } from '../../../renderer/db/repository';

/**
 * A database on its own fake IndexedDB factory, with a clock and ids the test controls:
 * several of these in one process behave as several PCs.
 */
export function testDatabase(name = 'meja-ti-test'): MejaDatabase {
  return new MejaDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function testWriteContext(
  db: MejaDatabase,
  options: { device?: string; start?: number; actor?: string | null } = {},
): WriteContext & { advance(ms: number): void } {
  let wall = options.start ?? Date.UTC(2026, 10, 22, 7, 30);
  let seq = 0;
  const device = options.device ?? 'pc-a';
  return {
    db,
    device,
    clock: createHlcClock({ device, wallClock: () => wall }),
    actor: () => options.actor ?? null,
    newId: () => `${device}-${(++seq).toString().padStart(4, '0')}`,
    now: () => new Date(wall),
    advance(ms) {
      wall += ms;
    },
  };
}

/** The outbox without the audit entries the write path adds to every write. */
export function rowOutbox(db: MejaDatabase) {
  return db.outbox.filter((e) => e.table !== 'auditLog');
}
