import type { z } from 'zod';
import {
  MAX_SNAPSHOT_LINE_CHARS,
  SNAPSHOT_FORMAT,
  SNAPSHOT_PART_CHARS,
  SNAPSHOT_PART_ROWS,
  snapshotRowSchema,
} from '../../shared/sync/snapshotFile';
import { sealFile } from './fileEnvelope';
import type { FolderPort } from './folderPort';
import { gzipLines } from './gzip';
import { jsonOf, readSealedBytes } from './sealedJson';
import {
  firstIssue,
  isGzip,
  legacySnapshot,
  streamedSnapshot,
  syncedHeadLineSchema,
  syncedPartSchemaFor,
  type SyncedSnapshot,
} from './snapshotParts';
import type { WorkspaceKeys } from './workspaceCrypto';

export type { SnapshotPart, SyncedSnapshot } from './snapshotParts';
export { SnapshotBodyError, snapshotOfRows } from './snapshotParts';

/**
 * No snapshot is read or written past this: room for an office's whole data set for many
 * years, and under the 256 MiB the sync channels carry (shared/api/syncContract.ts).
 */
export const MAX_SNAPSHOT_BYTES = 200 * 1024 * 1024;

/** A writer checks each row of a part as every reader will (snapshotRowSchema). */
const checkedPartSchema = syncedPartSchemaFor(snapshotRowSchema);

/** Thrown when this PC's snapshot would be one the others must refuse; nothing is written. */
export class SnapshotRefusedError extends Error {
  readonly code = 'snapshot-ditolak';
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotRefusedError';
  }
}

/** What a snapshot holds, as this PC reads it from its database. */
export interface SnapshotContent {
  createdAt: string;
  createdBy: string;
  covers: Record<string, number>;
  /** Each table's rows as stored; each is checked against snapshotRowSchema on the way. */
  rows: Record<string, readonly object[]>;
}

/**
 * The sealed bytes of a snapshot at `relPath` (SNAPSHOT_FORMAT, shared/sync/snapshotFile.ts).
 * Each line is checked first against the schema every reader applies, as JSON gives it
 * back: a snapshot the others would refuse is never written, since this PC would count on
 * it when pruning.
 */
export async function encodeSnapshot(
  keys: WorkspaceKeys,
  relPath: string,
  content: SnapshotContent,
): Promise<Uint8Array> {
  const { createdAt, createdBy, covers, rows } = content;
  const counts: Record<string, number> = {};
  for (const [table, tableRows] of Object.entries(rows)) {
    if (tableRows.length) counts[table] = tableRows.length;
  }
  const head = { format: SNAPSHOT_FORMAT, createdAt, createdBy, covers, counts };
  const packed = await gzipLines(
    (function* lines() {
      yield checkedLine(syncedHeadLineSchema, JSON.stringify(head));
      for (const [table, tableRows] of Object.entries(rows)) {
        for (const part of partsOf(tableRows)) {
          yield checkedLine(
            checkedPartSchema,
            `{"table":${JSON.stringify(table)},"rows":[${part}]}`,
          );
        }
      }
    })(),
  );
  const sealed = await sealFile(keys, packed, relPath);
  if (sealed.length > MAX_SNAPSHOT_BYTES) {
    throw new SnapshotRefusedError(
      `Snapshot data komputer ini terlalu besar (${Math.ceil(sealed.length / 1024 / 1024)} MiB); snapshot tidak dibuat. Hubungi pengembang Meja TI.`,
    );
  }
  return sealed;
}

/** The rows' JSON, joined by commas, a part at a time: at most SNAPSHOT_PART_ROWS rows or
 * SNAPSHOT_PART_CHARS characters (a single longer row makes a part of its own). */
function* partsOf(rows: readonly object[]): Generator<string> {
  let part: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (
      part.length &&
      (part.length === SNAPSHOT_PART_ROWS || chars + text.length > SNAPSHOT_PART_CHARS)
    ) {
      yield part.join(',');
      part = [];
      chars = 0;
    }
    part.push(text);
    chars += text.length + 1;
  }
  if (part.length) yield part.join(',');
}

function checkedLine(schema: z.ZodType, line: string): string {
  if (line.length > MAX_SNAPSHOT_LINE_CHARS) {
    throw new SnapshotRefusedError(
      'Snapshot data komputer ini memuat baris yang terlalu besar; snapshot tidak dibuat. Hubungi pengembang Meja TI.',
    );
  }
  const checked = schema.safeParse(JSON.parse(line));
  if (!checked.success) {
    throw new SnapshotRefusedError(
      `Snapshot data komputer ini tidak sesuai format (${firstIssue(checked.error)}); snapshot tidak dibuat. Hubungi pengembang Meja TI.`,
    );
  }
  return line;
}

export type DecodedSnapshot =
  | { kind: 'ok'; snapshot: SyncedSnapshot }
  /** Could not be read now (pruned between listing and read, share busy): try next cycle. */
  | { kind: 'unavailable'; message: string }
  /** Read, but not a snapshot this PC may use: the Indonesian reason. */
  | { kind: 'refused'; reason: string };

/**
 * Reads, authenticates and checks the head of one snapshot: bounded read, openFile with
 * the path as aad (a snapshot copied under another name is refused), the head's schema
 * and the writer against the device in its name. Its rows are read part by part, and
 * checked row by row, as they are applied (snapshotApply.ts). A snapshot in the legacy
 * format (one JSON document) is read whole, as before.
 */
export async function decodeSnapshot(
  folder: FolderPort,
  keys: WorkspaceKeys,
  where: { relPath: string; device: string },
): Promise<DecodedSnapshot> {
  const { relPath } = where;
  const read = await readSealedBytes(folder, keys, {
    relPath,
    maxBytes: MAX_SNAPSHOT_BYTES,
    name: 'Snapshot',
    what: 'snapshot',
  });
  if (read.kind !== 'bytes') return read;
  const decoded = isGzip(read.bytes)
    ? await streamedSnapshot(read.bytes, relPath)
    : legacyOf(read.bytes, relPath);
  if (typeof decoded === 'string') return { kind: 'refused', reason: decoded };
  if (decoded.createdBy !== where.device) {
    return {
      kind: 'refused',
      reason: `Snapshot ${relPath} dibuat oleh perangkat ${decoded.createdBy}, tidak sesuai dengan namanya.`,
    };
  }
  return { kind: 'ok', snapshot: decoded };
}

function legacyOf(bytes: Uint8Array, relPath: string): SyncedSnapshot | string {
  const read = jsonOf(bytes, `Snapshot ${relPath}`);
  if (read.kind !== 'json') return read.reason;
  return legacySnapshot(read.json, relPath);
}
