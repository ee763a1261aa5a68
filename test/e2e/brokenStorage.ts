import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bridgeLogFile, type BridgeFolders } from './bridge/bridgeServices';

/** Every error a spec causes on purpose carries this mark (see the `expectedErrors` option). */
export const MARK = 'RUSAK-UJI';

/**
 * Makes reads of one IndexedDB store fail (or, with `key`, reads of that one key), as a
 * damaged profile or a failing disk does, until `repairStores`. The app is reloaded so that
 * nothing is answered from Dexie's in-memory cache. Test code only: the page gets it
 * through Playwright, the app itself has no such switch.
 */
export async function breakStore(page: Page, store: string, key?: string): Promise<void> {
  await page.addInitScript(
    ({ store, key, mark }) => {
      const broken = new Map<string, string | null>([[store, key]]);
      (window as unknown as { brokenStores: Map<string, string | null> }).brokenStores = broken;
      for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
        for (const method of ['getAll', 'openCursor', 'get', 'count'] as const) {
          const original = proto[method] as (...args: unknown[]) => IDBRequest;
          Object.defineProperty(proto, method, {
            configurable: true,
            writable: true,
            value(this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
              const owner = this instanceof IDBIndex ? this.objectStore : this;
              const brokenKey = broken.get(owner.name);
              const hit =
                brokenKey === null ||
                (brokenKey !== undefined && method === 'get' && args[0] === brokenKey);
              if (hit) {
                throw new DOMException(`${mark}: penyimpanan ${owner.name} rusak`, 'DataError');
              }
              return original.apply(this, args);
            },
          });
        }
      }
    },
    { store, key: key ?? null, mark: MARK },
  );
  await page.reload();
}

/** The store reads again (in this page load; a reload breaks it again). */
export async function repairStores(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { brokenStores: Map<string, string | null> }).brokenStores.clear();
  });
}

/** Main's log as the bridge writes it; empty until the first entry. */
export function mainLog(folders: BridgeFolders): string {
  try {
    return readFileSync(bridgeLogFile(folders), 'utf8');
  } catch {
    return '';
  }
}
