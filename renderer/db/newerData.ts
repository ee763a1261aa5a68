import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from './database';

/** Dexie stores schema version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

/** The data on this PC was written by a newer Meja TI: opening it could damage it. */
export class NewerDataError extends Error {
  constructor(installed: number, known: number) {
    super(`Database schema version ${installed} is newer than this app's ${known}.`);
    this.name = 'VersionError';
  }
}

/** The IndexedDB version the database has on disk, 0 when it does not exist yet. */
function installedVersion(db: Dexie): Promise<number> {
  const factory = db._options.indexedDB ?? Dexie.dependencies.indexedDB;
  return new Promise((resolve, reject) => {
    // Opened without a version: nothing is upgraded or created on the way.
    const request = factory.open(db.name);
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onupgradeneeded = () => {
      // The database did not exist: this open creates it empty at version 1. Stop it.
      request.transaction?.abort();
    };
    request.onerror = (event: Event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(0);
      else reject(request.error ?? new Error('IndexedDB could not be read.'));
    };
  });
}

/**
 * Refuses a database a newer Meja TI wrote, before Dexie opens it: Dexie 4 would open it
 * with this app's older schema and even add this app's tables to it.
 */
export async function refuseNewerData(db: Dexie): Promise<void> {
  const known = Math.max(...SCHEMA_VERSIONS.map((s) => s.version));
  const installed = Math.floor((await installedVersion(db)) / DEXIE_VERSION_FACTOR);
  if (installed > known) throw new NewerDataError(installed, known);
}
