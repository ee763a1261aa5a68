import { z } from 'zod';
import { deviceIdPattern, hlcPattern } from './opFile';

/**
 * A snapshot: every synced row of one PC at one moment, with the op files it had applied
 * by then (`covers`). A PC joining (or one whose next op files were pruned) merges the rows
 * field by field (merge.ts mergeRow) and resumes each device after `covers[device]`.
 * Sealed in the same envelope as op files and named `snapshots/<hlc>.json`
 * (folderPaths.ts), the stamp a fresh tick of the writer's clock.
 */

/** The format tag every snapshot starts with; a new layout gets a new tag. */
export const SNAPSHOT_FORMAT = 'meja-ti/snapshot@1';

const TABLE_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
/** A row's field: a camelCase field or bookkeeping (`_clock`), never `__proto__`. */
const ROW_FIELD = /^(?!__proto__$)[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** One synced row as stored: its fields, the stamp of each (`_clock`), and bookkeeping. */
export const snapshotRowSchema = z
  .object({
    id: z.string().min(1).max(200),
    _clock: z.record(z.string().regex(ROW_FIELD), z.string().regex(hlcPattern)),
    _deleted: z.boolean(),
    _updatedBy: z.string().max(200).nullable(),
    _updatedAt: z.string().max(64),
  })
  .catchall(z.json())
  .refine((row) => Object.keys(row).every((field) => ROW_FIELD.test(field)), {
    message: 'A row has a field name that is not allowed.',
  });

/** The schema of a snapshot; `tables` narrows the table names when given. */
export function snapshotFileSchemaFor(tables?: readonly [string, ...string[]]) {
  return fileSchema(tables, snapshotRowSchema);
}

/**
 * The schema of a snapshot with each row left as it came: what a reader checks before it
 * applies a snapshot. Each row is then checked against snapshotRowSchema when its batch is
 * applied (renderer/sync/rowGate.ts gateSnapshotRows), so a bad row is refused on its own,
 * as a row with a bad value is, and the check of one batch runs while the one before is
 * written. A writer still checks the whole file (snapshotFileSchemaFor).
 */
export function snapshotHeadSchemaFor(tables?: readonly [string, ...string[]]) {
  return fileSchema(tables, z.unknown());
}

function fileSchema<Row extends z.ZodType>(
  tables: readonly [string, ...string[]] | undefined,
  row: Row,
) {
  const table = tables ? z.enum(tables) : z.string().regex(TABLE_NAME);
  return z
    .object({
      format: z.literal(SNAPSHOT_FORMAT),
      createdAt: z.iso.datetime({ offset: true }),
      createdBy: z.string().regex(deviceIdPattern),
      covers: z.record(z.string().regex(deviceIdPattern), z.number().int().nonnegative()),
      rows: z.partialRecord(table, z.array(row)),
    })
    .strict();
}

export const snapshotFileSchema = snapshotFileSchemaFor();
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
export type SnapshotRow = z.infer<typeof snapshotRowSchema>;

/** Whether `a` holds at least every op file `b` holds, device by device. */
export function coversAll(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): boolean {
  return Object.entries(b).every(([device, seq]) => (a[device] ?? 0) >= seq);
}
