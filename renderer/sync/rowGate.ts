import { z } from 'zod';
import {
  RESERVED_FIELDS,
  mergeOps,
  rowKey,
  type RemoteOp,
  type SyncedRowLike,
} from '../../shared/sync/merge';
import { opSchemaFor } from '../../shared/sync/opFile';
import { parseSnapshotPath } from '../../shared/sync/folderPaths';
import {
  missingFields,
  missingText,
  opProblem,
  rowReason,
  snapshotRowShape,
} from '../../shared/sync/rowCheck';
import { isRowSchemaTable } from '../../shared/sync/rowSchemas';
import type { MejaDatabase } from '../db/database';
import { addToQuarantine, QUARANTINE_KEY, readQuarantine, type QuarantinedFile } from './syncState';

/**
 * The gate between another PC's ops and this PC's tables (see applyOpFile.ts).
 *
 * 1. An op whose table is unknown or whose values fail their field's schema is refused.
 *    The check looks at the op alone, so every PC refuses the same ops and the PCs stay
 *    identical; the rest of the file applies and the device's cursor moves on.
 * 2. A row not stored here yet whose merged fields are incomplete (an edit that came
 *    before the row's creation, or a hostile partial row) is not stored: its ops are held
 *    in `local` and merged again when more ops for it arrive. Once the row is complete (or
 *    deleted) every PC has merged the same ops, so holding never splits the PCs either.
 */

export interface SourcedOp {
  op: RemoteOp;
  relPath: string;
  seq: number;
}

export const HELD_PREFIX = 'sync:held:';

export function heldRowKey(key: string): string {
  return HELD_PREFIX + key;
}

/** Splits ops into the ones to merge and a recorder of the refused ones. */
export function checkOps(sourced: readonly SourcedOp[]): {
  accepted: SourcedOp[];
  refused: (db: MejaDatabase, at: Date) => Promise<void>;
} {
  const accepted: SourcedOp[] = [];
  const entries: QuarantinedFile[] = [];
  for (const item of sourced) {
    const problem = opProblem(item.op);
    if (problem === null) {
      accepted.push(item);
      continue;
    }
    const { table, key, device } = item.op;
    entries.push({
      relPath: `${item.relPath}#${table}/${key}`,
      device,
      seq: item.seq,
      reason: rowReason({ table, key, device }, 'ditolak', problem),
      at: '',
      row: { table, key, held: false },
    });
  }
  const refused = async (db: MejaDatabase, at: Date) => {
    for (const entry of entries) await addToQuarantine(db, { ...entry, at: at.toISOString() });
  };
  return { accepted, refused };
}

const heldOpsSchema = z.array(opSchemaFor());

/** The ops held back for these rows (keyed by rowKey); a damaged record reads as none. */
export async function readHeld(
  db: MejaDatabase,
  keys: readonly string[],
): Promise<Map<string, RemoteOp[]>> {
  const found = await db.local.bulkGet(keys.map(heldRowKey));
  const held = new Map<string, RemoteOp[]>();
  keys.forEach((key, i) => {
    const parsed = heldOpsSchema.safeParse(found[i]?.value);
    if (parsed.success && parsed.data.length) held.set(key, parsed.data);
  });
  return held;
}

/**
 * Of the merged rows, the ones to store: rows already here, and new rows that are
 * complete or deleted. The others are held with their ops and listed; a held row that is
 * stored now leaves the hold and the list.
 */
export async function settleRows(
  db: MejaDatabase,
  batch: {
    changed: ReadonlyMap<string, SyncedRowLike>;
    existing: ReadonlyMap<string, SyncedRowLike>;
    ops: readonly RemoteOp[];
    held: ReadonlyMap<string, RemoteOp[]>;
    at: Date;
  },
): Promise<Map<string, SyncedRowLike>> {
  const settled = new Map<string, SyncedRowLike>();
  const released: string[] = [];
  for (const [key, row] of batch.changed) {
    const first = batch.ops.find((op) => rowKey(op.table, op.key) === key);
    const missing =
      first && !batch.existing.has(key) && !row._deleted && isRowSchemaTable(first.table)
        ? missingFields(first.table, row)
        : [];
    if (!first || missing.length === 0) {
      settled.set(key, row);
      if (batch.held.has(key)) released.push(key);
      continue;
    }
    const ops = batch.ops.filter((op) => rowKey(op.table, op.key) === key);
    await db.local.put({ key: heldRowKey(key), value: ops });
    const last = ops[ops.length - 1] ?? first;
    await addToQuarantine(db, {
      relPath: `held:${key}`,
      device: last.device,
      seq: 0,
      reason: rowReason(
        { table: first.table, key: first.key, device: last.device },
        'ditahan',
        `${missingText(missing)}; diterapkan bila kolom lainnya tiba`,
      ),
      at: batch.at.toISOString(),
      row: { table: first.table, key: first.key, held: true },
    });
  }
  if (released.length) {
    await db.local.bulkDelete(released.map(heldRowKey));
    const gone = new Set(released.map((key) => `held:${key}`));
    const list = await readQuarantine(db);
    const kept = list.filter((q) => !gone.has(q.relPath));
    if (kept.length !== list.length) await db.local.put({ key: QUARANTINE_KEY, value: kept });
  }
  return settled;
}

/** A snapshot's row after the checks that need no stored row: to merge, or refused. */
export type GatedSnapshotRow =
  { row: SyncedRowLike; key: string; problem: null } | { row: null; key: string; problem: string };

/**
 * The checks of a snapshot's rows that look at the rows alone, in their order: the shape
 * of each (snapshotRowSchema) and its values (snapshotValueProblem). `first` is the index
 * of `rows[0]` in its table, to name a row without a usable id.
 */
export function gateSnapshotRows(
  table: string,
  rows: readonly unknown[],
  first: number,
): GatedSnapshotRow[] {
  return rows.map((raw, i) => {
    const shaped = snapshotRowShape(raw);
    if (!shaped.row) return { row: null, key: keyOf(raw, first + i), problem: shaped.problem };
    const { row } = shaped;
    const problem = snapshotValueProblem(table, row);
    return problem === null ? { row, key: row.id, problem } : { row: null, key: row.id, problem };
  });
}

/** A refused row's id when it has a usable one, else its place in the table ("ke-7"). */
function keyOf(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : `ke-${index + 1}`;
}

/**
 * What is wrong with the values a snapshot's row carries (those with a stamp), by the same
 * rules as an op's: judged by the row alone, so every PC refuses the same rows. Null when
 * they pass.
 */
export function snapshotValueProblem(table: string, row: SyncedRowLike): string | null {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(row._clock)) {
    if (!RESERVED_FIELDS.has(field) && field !== '_deleted') changes[field] = row[field];
  }
  return opProblem({ table, changes });
}

/**
 * What a snapshot's row new here lacks: like a row built from ops, it is stored only when
 * complete or deleted. Null when it may be merged.
 */
export function snapshotCompletenessProblem(
  table: string,
  row: SyncedRowLike,
  existing: SyncedRowLike | undefined,
): string | null {
  if (existing || row._deleted || !isRowSchemaTable(table)) return null;
  const missing = missingFields(table, row);
  return missing.length ? missingText(missing) : null;
}

export async function refuseSnapshotRow(
  deps: { db: MejaDatabase; now?: () => Date },
  where: { relPath: string; table: string; key: string; problem: string },
): Promise<void> {
  const device = parseSnapshotPath(where.relPath)?.device ?? 'lain';
  const { table, key } = where;
  await addToQuarantine(deps.db, {
    relPath: `${where.relPath}#${table}/${key}`,
    device,
    seq: 0,
    reason: rowReason({ table, key, device }, 'ditolak', where.problem),
    at: (deps.now?.() ?? new Date()).toISOString(),
    row: { table, key, held: false },
  });
}

/**
 * Merges the ops held for rows a snapshot just stored (their creation came in the
 * snapshot, not as an op), and releases them: the held ops are not lost.
 */
export async function mergeHeldInto(
  db: MejaDatabase,
  table: string,
  rows: Map<string, SyncedRowLike>,
  at: Date,
): Promise<void> {
  const keys = [...rows.keys()].map((id) => rowKey(table, id));
  const held = await readHeld(db, keys);
  if (held.size === 0) return;
  const existing = new Map([...rows].map(([id, row]) => [rowKey(table, id), row]));
  const ops = [...held.values()].flat();
  const changed = mergeOps(existing, ops);
  const settled = await settleRows(db, { changed, existing, ops, held, at });
  for (const key of held.keys()) {
    if (!changed.has(key)) await db.local.delete(heldRowKey(key));
  }
  for (const [, row] of settled) rows.set(row.id, row);
  const gone = new Set([...held.keys()].map((key) => `held:${key}`));
  const list = await readQuarantine(db);
  const kept = list.filter((q) => !gone.has(q.relPath));
  if (kept.length !== list.length) await db.local.put({ key: QUARANTINE_KEY, value: kept });
}
