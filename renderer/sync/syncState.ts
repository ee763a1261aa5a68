import { z } from 'zod';
import type { MejaDatabase } from '../db/database';
import type { LocalRow } from '../db/rows';

/**
 * What the engine remembers on this PC, in the `local` table (never synced). A damaged
 * value reads as the safe default: a cursor of 0 re-applies files (apply is idempotent),
 * an empty export state re-offers every op under new numbers (merge is idempotent).
 */

export const EXPORT_KEY = 'sync:exported';
export const CURSOR_PREFIX = 'sync:cursor:';
export const QUARANTINE_KEY = 'sync:quarantine';

/**
 * This PC's op files. `files[seq - 1]` is the outbox stamp of the last op of file `seq`, so
 * file `seq` holds the outbox entries after the previous non-null stamp up to it: once a
 * number is planned, the ops it holds never change, whether it is written now, retried
 * after a failed or unacknowledged write, or restored after the folder lost it. `null`
 * marks a number found taken by a valid file this outbox did not write (see exportOps.ts);
 * `''` a number this PC took with a file of no ops, over a file no PC could apply that sat
 * past its last file (ownFiles.ts takeSquattedNumbers).
 * Files up to `written` are known to be in the folder; the ones after are planned.
 */
export interface ExportState {
  files: (string | null)[];
  written: number;
}

const exportStateSchema = z
  .object({ files: z.array(z.string().nullable()), written: z.number().int().nonnegative() })
  .refine((s) => s.written <= s.files.length);

/** A file this PC does not apply, and why (Indonesian, for the sync screen). */
export interface QuarantinedFile {
  relPath: string;
  device: string;
  seq: number;
  reason: string;
  /** When it was first refused, ISO. */
  at: string;
  /**
   * Set when one row of the file was refused or held back rather than the whole file:
   * the rest of the file applied. `held` rows wait for the rest of their fields.
   */
  row?: { table: string; key: string; held: boolean };
}

const quarantinedFileSchema = z.object({
  relPath: z.string(),
  device: z.string(),
  seq: z.number().int(),
  reason: z.string(),
  at: z.string(),
  row: z.object({ table: z.string(), key: z.string(), held: z.boolean() }).optional(),
});

export async function readExportState(db: MejaDatabase): Promise<ExportState> {
  const parsed = exportStateSchema.safeParse((await db.local.get(EXPORT_KEY))?.value);
  return parsed.success ? parsed.data : { files: [], written: 0 };
}

export function exportStateRow(state: ExportState): LocalRow {
  return { key: EXPORT_KEY, value: state };
}

/** The last outbox stamp among `files`, up to `count` of them: where the next file starts. */
export function lastStamp(files: readonly (string | null)[], count = files.length): string | null {
  for (let i = Math.min(count, files.length) - 1; i >= 0; i--) {
    const stamp = files[i];
    if (stamp) return stamp;
  }
  return null;
}

/** The number of the last file applied from `device`; 0 when none. */
export async function readCursor(db: MejaDatabase, device: string): Promise<number> {
  const parsed = z
    .number()
    .int()
    .nonnegative()
    .safeParse((await db.local.get(CURSOR_PREFIX + device))?.value);
  return parsed.success ? parsed.data : 0;
}

export function cursorRow(device: string, seq: number): LocalRow {
  return { key: CURSOR_PREFIX + device, value: seq };
}

export async function readQuarantine(db: MejaDatabase): Promise<QuarantinedFile[]> {
  const parsed = z
    .array(quarantinedFileSchema)
    .safeParse((await db.local.get(QUARANTINE_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** Adds a file to the local quarantine list; false when it was already there. */
export function addToQuarantine(db: MejaDatabase, file: QuarantinedFile): Promise<boolean> {
  return db.transaction('rw', db.local, async () => {
    const list = await readQuarantine(db);
    if (list.some((q) => q.relPath === file.relPath)) return false;
    await db.local.put({ key: QUARANTINE_KEY, value: [...list, file] });
    return true;
  });
}

/** Takes a file off the local list once it has read and applied fine. */
export function removeFromQuarantine(db: MejaDatabase, relPath: string): Promise<void> {
  return db.transaction('rw', db.local, async () => {
    const list = await readQuarantine(db);
    const kept = list.filter((q) => q.relPath !== relPath);
    if (kept.length !== list.length) await db.local.put({ key: QUARANTINE_KEY, value: kept });
  });
}
