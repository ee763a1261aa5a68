import { z } from 'zod';
import { deviceIdPattern, hlcPattern } from './opFile';

/**
 * A snapshot: every synced row of one PC at one moment, with the op files it had applied
 * by then (`covers`). A PC joining (or one whose next op files were pruned) merges the rows
 * field by field (merge.ts mergeRow) and resumes each device after `covers[device]`.
 * Sealed in the same envelope as op files and named `snapshots/<hlc>.json`
 * (folderPaths.ts), the stamp a fresh tick of the writer's clock.
 *
 * Written as SNAPSHOT_FORMAT: the gzip of JSON lines, the head first (who, when, what it
 * covers, how many rows of each table), then the rows in parts of at most
 * SNAPSHOT_PART_ROWS, one part a line. A reader checks the head alone when it learns the
 * snapshot, and a PC joining decompresses, parses and writes one part while the next is
 * read: nothing waits for the whole file, and only one part is held at a time. JSON never
 * puts a raw line break inside a value, so a line is always one whole head or part.
 *
 * LEGACY_SNAPSHOT_FORMAT, one JSON document holding every row, is what Meja TI wrote
 * before; snapshots in it are still read (renderer/sync/snapshotCodec.ts).
 */

/** The format tag of the head line; a new layout gets a new tag. */
export const SNAPSHOT_FORMAT = 'meja-ti/snapshot@2';
/** The format of snapshots written as one JSON document; read, no longer written. */
export const LEGACY_SNAPSHOT_FORMAT = 'meja-ti/snapshot@1';

/** Rows a writer puts on one line at most; a part also closes once its JSON is this long. */
export const SNAPSHOT_PART_ROWS = 2000;
export const SNAPSHOT_PART_CHARS = 4 * 1024 * 1024;
/** What a reader takes on one line at most: a longer line refuses the snapshot. */
export const MAX_SNAPSHOT_LINE_CHARS = 64 * 1024 * 1024;
/** What a reader decompresses at most from one snapshot, in characters. */
export const MAX_SNAPSHOT_CHARS = 2 * 1024 * 1024 * 1024;

const TABLE_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
/** A row's field: a camelCase field or bookkeeping (`_clock`), never `__proto__`. */
const ROW_FIELD = /^(?!__proto__$)[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/**
 * One synced row as stored: its fields, the stamp of each (`_clock`), and bookkeeping. A
 * snapshot's rows are only ever checked as JSON.parse gives them (a writer checks its
 * lines parsed back), so every value is JSON already and is not walked again here; the
 * values of a table's fields are checked against that table's schema as they are applied
 * (renderer/sync/rowGate.ts snapshotValueProblem).
 */
export const snapshotRowSchema = z
  .object({
    id: z.string().min(1).max(200),
    _clock: z.record(z.string().regex(ROW_FIELD), z.string().regex(hlcPattern)),
    _deleted: z.boolean(),
    _updatedBy: z.string().max(200).nullable(),
    _updatedAt: z.string().max(64),
  })
  .catchall(z.unknown())
  .refine((row) => Object.keys(row).every((field) => ROW_FIELD.test(field)), {
    message: 'A row has a field name that is not allowed.',
  });

function tableSchema(tables: readonly [string, ...string[]] | undefined) {
  return tables ? z.enum(tables) : z.string().regex(TABLE_NAME);
}

/** What every snapshot says of itself, in either format. */
const aboutFields = {
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().regex(deviceIdPattern),
  covers: z.record(z.string().regex(deviceIdPattern), z.number().int().nonnegative()),
};

/**
 * The schema of a legacy snapshot (one JSON document) with each row left as it came: what
 * a reader checks before it applies one. Each row is then checked against
 * snapshotRowSchema when its part is applied (renderer/sync/rowGate.ts gateSnapshotRows),
 * so a bad row is refused on its own, as a row with a bad value is.
 */
export function snapshotHeadSchemaFor(tables?: readonly [string, ...string[]]) {
  return z
    .object({
      format: z.literal(LEGACY_SNAPSHOT_FORMAT),
      ...aboutFields,
      rows: z.partialRecord(tableSchema(tables), z.array(z.unknown())),
    })
    .strict();
}

/** The first line of a snapshot: who wrote it, when, what it covers, and its rows per table. */
export function snapshotHeadLineSchemaFor(tables?: readonly [string, ...string[]]) {
  return z
    .object({
      format: z.literal(SNAPSHOT_FORMAT),
      ...aboutFields,
      counts: z.partialRecord(tableSchema(tables), z.number().int().nonnegative()),
    })
    .strict();
}

/**
 * One line after the head: rows of one table. A writer checks its rows against
 * snapshotRowSchema (pass it as `row`); a reader takes them as they came and checks each
 * as it is applied.
 */
export function snapshotPartSchemaFor<Row extends z.ZodType>(
  tables: readonly [string, ...string[]] | undefined,
  row: Row,
) {
  return z
    .object({
      table: tableSchema(tables),
      rows: z.array(row).min(1).max(SNAPSHOT_PART_ROWS),
    })
    .strict();
}

export type SnapshotRow = z.infer<typeof snapshotRowSchema>;

/** Whether `a` holds at least every op file `b` holds, device by device. */
export function coversAll(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): boolean {
  return Object.entries(b).every(([device, seq]) => (a[device] ?? 0) >= seq);
}
