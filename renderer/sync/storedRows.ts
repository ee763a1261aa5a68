import type { Table } from 'dexie';
import type { SyncedRowLike } from '../../shared/sync/merge';

/**
 * The stored rows of `ids`, in their order (undefined where none), as `table.bulkGet(ids)`
 * gives them. The keys between the lowest and highest id are read first, keys only: a row
 * whose id is not among them is never fetched. A PC joining holds none of a snapshot's
 * rows, so it reads no values at all, where bulkGet would look up every id one by one (a
 * round trip to the storage process each). Runs inside the caller's transaction, so no
 * write can come between the keys and the rows.
 */
export async function storedRows(
  table: Table<SyncedRowLike, string>,
  ids: readonly string[],
): Promise<(SyncedRowLike | undefined)[]> {
  const [first, ...rest] = ids;
  if (first === undefined) return [];
  let low = first;
  let high = first;
  // Strings as keys sort by UTF-16 code units in IndexedDB, as `<` compares them here.
  for (const id of rest) {
    if (id < low) low = id;
    else if (id > high) high = id;
  }
  const keys = await table.where(':id').between(low, high, true, true).primaryKeys();
  if (keys.length === 0) return ids.map(() => undefined);
  const present = new Set<unknown>(keys);
  const wanted = ids.filter((id) => present.has(id));
  const found = await table.bulkGet(wanted);
  const byId = new Map<string, SyncedRowLike>();
  for (const row of found) if (row) byId.set(row.id, row);
  return ids.map((id) => byId.get(id));
}
