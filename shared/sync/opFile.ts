import { z } from 'zod';
import { sealedHeadSchema } from '../audit/auditSeal';

/** The format tag every op file starts with; a new layout gets a new tag. */
export const OP_FILE_FORMAT = 'meja-ti/ops@1';
/** Ops per file at most, so one file stays quick to read and parse. */
export const MAX_OPS_PER_FILE = 5000;

const DEVICE_ID = '[a-z0-9][a-z0-9-]{3,63}';
/** A device id: lowercase letters, digits and dashes, 4–64 characters (a random UUID). */
export const deviceIdPattern = new RegExp(`^${DEVICE_ID}$`);
/** A clock stamp as `encodeHlc` writes it: 15 digits of millis, 4 of counter, the device. */
export const hlcPattern = new RegExp(`^\\d{15}-[0-9a-z]{4}-(${DEVICE_ID})$`);
const TABLE_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
/** A field name an op may carry: no bookkeeping (`_clock`, `id`) and no `__proto__`. */
const FIELD_NAME = /^(?!id$)[A-Za-z][A-Za-z0-9_]{0,99}$/;
const SEQ_DIGITS = 10;
const OP_FILE_PATH = new RegExp(`^devices/(${DEVICE_ID})/ops/(\\d{${SEQ_DIGITS}})\\.json$`);

/** The schema of one op in a file; `tables` narrows the table names when given. */
export function opSchemaFor(tables?: readonly [string, ...string[]]) {
  return z
    .object({
      hlc: z.string().regex(hlcPattern),
      device: z.string().regex(deviceIdPattern),
      table: tables ? z.enum(tables) : z.string().regex(TABLE_NAME),
      key: z.string().min(1).max(200),
      changes: z.record(z.string().regex(FIELD_NAME), z.json()),
      deleted: z.boolean(),
      actor: z.string().min(1).max(200).nullable(),
      at: z.iso.datetime({ offset: true }),
    })
    .strict()
    .refine((op) => hlcPattern.exec(op.hlc)?.[1] === op.device, {
      message: 'The clock stamp names another device.',
      path: ['hlc'],
    });
}

/** The schema of an op file; every op in it must come from the file's device. */
export function opFileSchemaFor(tables?: readonly [string, ...string[]]) {
  return z
    .object({
      format: z.literal(OP_FILE_FORMAT),
      device: z.string().regex(deviceIdPattern),
      seq: z
        .number()
        .int()
        .positive()
        .max(10 ** SEQ_DIGITS - 1),
      createdAt: z.iso.datetime({ offset: true }),
      ops: z.array(opSchemaFor(tables)).max(MAX_OPS_PER_FILE),
      /** The newest audit entry among the ops (shared/audit/auditSeal.ts), when there is one. */
      auditHead: sealedHeadSchema.optional(),
    })
    .strict()
    .refine((file) => file.ops.every((op) => op.device === file.device), {
      message: 'An op names another device than its file.',
      path: ['ops'],
    });
}

/** An op file with any camelCase table name; pass SYNCED_TABLES to opFileSchemaFor to narrow. */
export const opFileSchema = opFileSchemaFor();
export type OpFile = z.infer<typeof opFileSchema>;

/** The file name of a device's op file number `seq`: '0000000042.json'. */
export function opFileName(seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq >= 10 ** SEQ_DIGITS) {
    throw new RangeError(`Not an op file number: ${seq}`);
  }
  return `${seq.toString().padStart(SEQ_DIGITS, '0')}.json`;
}

/** The path of an op file relative to the workspace root, always with forward slashes. */
export function opFilePath(device: string, seq: number): string {
  return `devices/${device}/ops/${opFileName(seq)}`;
}

/**
 * Reads `devices/<deviceId>/ops/<10 digits>.json` (relative, forward slashes) into its
 * device and number; anything else in the folder (desktop.ini, temp files, Office lock
 * files, other case, backslashes, `..`) is not an op file and gives null.
 */
export function parseOpFilePath(relPath: string): { device: string; seq: number } | null {
  const match = OP_FILE_PATH.exec(relPath);
  if (!match?.[1] || !match[2]) return null;
  const seq = Number(match[2]);
  return seq >= 1 ? { device: match[1], seq } : null;
}

/**
 * The op files to apply next from one device, in order: those right after the cursor (the
 * last number applied) with no gap. A missing number stops the run, and the files past it
 * wait for a later cycle, when the missing one has arrived (or finished copying).
 */
export function nextExpectedSeq(seen: readonly number[], cursor: number): number[] {
  const present = new Set(seen);
  const run: number[] = [];
  for (let seq = cursor + 1; present.has(seq); seq++) run.push(seq);
  return run;
}
