/** A synced row as the merge sees it (structurally renderer/db/rows.ts `SyncedRow`). */
export interface SyncedRowLike {
  id: string;
  _clock: Record<string, string>;
  _deleted: boolean;
  _updatedBy: string | null;
  _updatedAt: string;
  [field: string]: unknown;
}

/** One change from another PC: an outbox entry without its local id. */
export interface RemoteOp {
  hlc: string;
  device: string;
  table: string;
  key: string;
  changes: Record<string, unknown>;
  deleted: boolean;
  actor: string | null;
  at: string;
}

export interface MergeResult {
  row: SyncedRowLike;
  /** False when nothing in the op won: re-applying an op is a no-op. */
  changed: boolean;
}

/** Bookkeeping names an op may never write as a field. */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set([
  'id',
  '_clock',
  '_deleted',
  '_updatedBy',
  '_updatedAt',
  '__proto__',
]);

/**
 * Whether an op writes the row's deletion flag (`_clock._deleted`). Deletion is a field of
 * its own: a deletion (`deleted: true`, from deleteRow) or a bare restore (no changes,
 * `deleted: false`) writes it; an edit never does, so a row deleted on one PC stays deleted
 * when another PC edits it (the edit's values still merge under the tombstone). Because the
 * answer depends on the op alone, every PC decides it the same way, which is what makes the
 * flag converge; the local write path must stamp `_deleted` by this same rule.
 */
export function writesDeletion(op: Pick<RemoteOp, 'changes' | 'deleted'>): boolean {
  return op.deleted || Object.keys(op.changes).length === 0;
}

/**
 * Encoded stamps sort as strings in clock order (shared/sync/hlc.ts; hlc.test.ts checks it),
 * and every stamp here passed the stamp pattern, so no decoding is needed: this runs once
 * per field of every op applied.
 */
function isNewer(stamp: string, than: string | undefined): boolean {
  return than === undefined || stamp > than;
}

/** A field's stamp; own keys only, so a field named `toString` has no inherited "stamp". */
function stampOf(clock: Record<string, string>, field: string): string | undefined {
  return Object.hasOwn(clock, field) ? clock[field] : undefined;
}

function newestStamp(clock: Record<string, string>): string | undefined {
  let newest: string | undefined;
  for (const stamp of Object.values(clock)) if (isNewer(stamp, newest)) newest = stamp;
  return newest;
}

/**
 * Applies one remote op to a row by per-field last-writer-wins: a field (and the deletion
 * flag, see {@link writesDeletion}) takes the op's value when the op's clock is newer than
 * the field's stamp. Stamps hold the device, so two different stamps never tie. Who and
 * when (`_updatedBy`, `_updatedAt`) follow the newest op of the row: every op writes at
 * least one stamp, so the newest stamp in `_clock` is the newest op applied. Never mutates
 * its inputs; values are shared, not copied.
 */
export function mergeOp(existing: SyncedRowLike | undefined, op: RemoteOp): MergeResult {
  const clock: Record<string, string> = { ...existing?._clock };
  const won: [string, unknown][] = [];
  for (const [field, value] of Object.entries(op.changes)) {
    if (RESERVED_FIELDS.has(field) || !isNewer(op.hlc, stampOf(clock, field))) continue;
    won.push([field, value]);
    clock[field] = op.hlc;
  }
  let deleted = existing?._deleted ?? false;
  let deletionWon = false;
  if (writesDeletion(op) && isNewer(op.hlc, stampOf(clock, '_deleted'))) {
    deleted = op.deleted;
    clock._deleted = op.hlc;
    deletionWon = true;
  }
  if (existing && won.length === 0 && !deletionWon) return { row: existing, changed: false };

  const newest = existing ? isNewer(op.hlc, newestStamp(existing._clock)) : true;
  const row: SyncedRowLike = {
    ...existing,
    ...Object.fromEntries(won),
    id: existing?.id ?? op.key,
    _clock: clock,
    _deleted: deleted,
    _updatedBy: newest ? op.actor : (existing?._updatedBy ?? null),
    _updatedAt: newest ? op.at : (existing?._updatedAt ?? op.at),
  };
  return { row, changed: true };
}

/**
 * Merges a whole row from another PC (a snapshot's) into this PC's row by the same rule as
 * {@link mergeOp}, field by field: a field (and the deletion flag) takes the incoming
 * value when its stamp in `incoming._clock` is newer than the one here. A field carries the
 * value of its newest write on both sides, so the result is what applying every op behind
 * both rows would give; who and when follow the row whose newest stamp is newer. Fields
 * without a stamp in `incoming` are left alone. Never mutates its inputs.
 */
export function mergeRow(
  existing: SyncedRowLike | undefined,
  incoming: SyncedRowLike,
): MergeResult {
  if (!existing) return { row: { ...incoming, _clock: { ...incoming._clock } }, changed: true };
  const clock: Record<string, string> = { ...existing._clock };
  const won: [string, unknown][] = [];
  let deleted = existing._deleted;
  let changed = false;
  for (const [field, stamp] of Object.entries(incoming._clock)) {
    const bookkeeping = field !== '_deleted' && RESERVED_FIELDS.has(field);
    if (bookkeeping || !isNewer(stamp, stampOf(clock, field))) continue;
    clock[field] = stamp;
    changed = true;
    if (field === '_deleted') deleted = incoming._deleted;
    else won.push([field, incoming[field]]);
  }
  if (!changed) return { row: existing, changed: false };
  const incomingNewest = newestStamp(incoming._clock);
  const newest =
    incomingNewest !== undefined && isNewer(incomingNewest, newestStamp(existing._clock));
  const row: SyncedRowLike = {
    ...existing,
    ...Object.fromEntries(won),
    id: existing.id,
    _clock: clock,
    _deleted: deleted,
    _updatedBy: newest ? incoming._updatedBy : existing._updatedBy,
    _updatedAt: newest ? incoming._updatedAt : existing._updatedAt,
  };
  return { row, changed: true };
}

/** The key of a row in a batch: `${table}/${key}`. */
export function rowKey(table: string, key: string): string {
  return `${table}/${key}`;
}

/**
 * Applies a batch of ops to the rows they touch (keyed by {@link rowKey}) and returns the
 * rows that changed, merged. The input map is left as it was.
 */
export function mergeOps(
  rows: ReadonlyMap<string, SyncedRowLike>,
  ops: readonly RemoteOp[],
): Map<string, SyncedRowLike> {
  const changed = new Map<string, SyncedRowLike>();
  for (const op of ops) {
    const key = rowKey(op.table, op.key);
    const result = mergeOp(changed.get(key) ?? rows.get(key), op);
    if (result.changed) changed.set(key, result.row);
  }
  return changed;
}
