import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The form drafts the app keeps (device-local rows 'draft:<key>' in the 'local' table of its
 * IndexedDB), read straight from the page, by key without the prefix.
 */
export async function storedDrafts(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('meja-ti');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('local', 'readonly').objectStore('local').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            const rows = read.result as { key: string; value: unknown }[];
            db.close();
            resolve(
              Object.fromEntries(
                rows
                  .filter((row) => row.key.startsWith('draft:'))
                  .map((row) => [row.key.slice('draft:'.length), row.value]),
              ),
            );
          };
        };
      }),
  );
}

const matching = (drafts: Record<string, unknown>, key: string | RegExp) =>
  Object.entries(drafts)
    .filter(([k]) => (typeof key === 'string' ? k === key : key.test(k)))
    .map(([, value]) => value);

/** Waits until a draft under `key` holds these fields (drafts are saved once typing pauses). */
export async function expectDraftSaved(
  page: Page,
  key: string | RegExp,
  fields: Record<string, unknown>,
): Promise<void> {
  await expect
    .poll(async () => matching(await storedDrafts(page), key), { timeout: 15_000 })
    .toContainEqual(expect.objectContaining(fields));
}

/** Waits until no draft is kept under `key`. */
export async function expectNoDraft(page: Page, key: string | RegExp): Promise<void> {
  await expect
    .poll(async () => matching(await storedDrafts(page), key), { timeout: 15_000 })
    .toEqual([]);
}
