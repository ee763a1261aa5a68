import { rowProblem } from '../../shared/sync/rowCheck';
import type { SyncedTableName, SyncedTables } from './rows';

/** A stored row that does not read as its table's schema: shown as "Data rusak", never used. */
export interface DamagedRow {
  table: SyncedTableName;
  id: string;
  /** What is wrong, in Indonesian. */
  problem: string;
}

/**
 * Splits rows read for a screen or a paper into the ones that pass their table's row
 * schema (shared/sync/rowSchemas.ts) and the damaged ones, so one damaged row is shown as
 * damaged instead of crashing the screen. Deleted rows pass as they are: nobody shows them.
 * The rows kept are the stored objects, unchanged.
 */
export function sortOutRows<T extends SyncedTableName>(
  table: T,
  rows: readonly SyncedTables[T][],
): { rows: SyncedTables[T][]; damaged: DamagedRow[] } {
  const good: SyncedTables[T][] = [];
  const damaged: DamagedRow[] = [];
  for (const row of rows) {
    const problem = row._deleted ? null : rowProblem(table, { ...row });
    if (problem === null) good.push(row);
    else damaged.push({ table, id: String(row.id), problem });
  }
  return { rows: good, damaged };
}
