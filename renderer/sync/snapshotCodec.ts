import type { z } from 'zod';
import type { SyncedRowLike } from '../../shared/sync/merge';
import {
  SNAPSHOT_FORMAT,
  snapshotFileSchemaFor,
  snapshotHeadSchemaFor,
} from '../../shared/sync/snapshotFile';
import { SYNCED_TABLES } from '../db/rows';
import { utf8 } from './bytes';
import { sealFile } from './fileEnvelope';
import type { FolderPort } from './folderPort';
import { formatOf, readSealedJson } from './sealedJson';
import type { WorkspaceKeys } from './workspaceCrypto';

/**
 * No snapshot is read or written past this: room for an office's whole data set for many
 * years, and under the 256 MiB the sync channels carry (shared/api/syncContract.ts).
 */
export const MAX_SNAPSHOT_BYTES = 200 * 1024 * 1024;

function syncedTables(): [string, ...string[]] {
  const [first, ...rest] = SYNCED_TABLES;
  if (!first) throw new Error('No synced tables');
  return [first, ...rest];
}

/** A snapshot whose tables are this app's synced tables, as a writer checks it. */
export const syncedSnapshotSchema = snapshotFileSchemaFor(syncedTables());
/**
 * The same, each row left as it came, as a reader checks it: the rows are checked one by
 * one as they are applied (snapshotApply.ts, rowGate.ts gateSnapshotRows).
 */
export const syncedSnapshotHeadSchema = snapshotHeadSchemaFor(syncedTables());
export type SyncedSnapshot = z.infer<typeof syncedSnapshotHeadSchema>;

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
  rows: Record<string, readonly SyncedRowLike[]>;
}

/**
 * The sealed bytes of a snapshot at `relPath`. Its JSON is checked first against the
 * schema every reader applies: a snapshot the others would refuse is never written, since
 * this PC would count on it when pruning.
 */
export async function encodeSnapshot(
  keys: WorkspaceKeys,
  relPath: string,
  content: SnapshotContent,
): Promise<Uint8Array> {
  const text = JSON.stringify({ format: SNAPSHOT_FORMAT, ...content });
  const checked = syncedSnapshotSchema.safeParse(JSON.parse(text));
  if (!checked.success) {
    throw new SnapshotRefusedError(
      `Snapshot data komputer ini tidak sesuai format (${firstIssue(checked.error)}); snapshot tidak dibuat. Hubungi pengembang Meja TI.`,
    );
  }
  const sealed = await sealFile(keys, utf8(text), relPath);
  if (sealed.length > MAX_SNAPSHOT_BYTES) {
    throw new SnapshotRefusedError(
      `Snapshot data komputer ini terlalu besar (${Math.ceil(sealed.length / 1024 / 1024)} MiB); snapshot tidak dibuat. Hubungi pengembang Meja TI.`,
    );
  }
  return sealed;
}

export type DecodedSnapshot =
  | { kind: 'ok'; snapshot: SyncedSnapshot }
  /** Could not be read now (pruned between listing and read, share busy): try next cycle. */
  | { kind: 'unavailable'; message: string }
  /** Read, but not a snapshot this PC may use: the Indonesian reason. */
  | { kind: 'refused'; reason: string };

/**
 * Reads, authenticates and checks one snapshot: bounded read, openFile with the path as
 * aad (a snapshot copied under another name is refused), strict UTF-8, JSON, the schema
 * of all but its rows, and the writer against the device in its name. Its rows are checked
 * as they are applied.
 */
export async function decodeSnapshot(
  folder: FolderPort,
  keys: WorkspaceKeys,
  where: { relPath: string; device: string },
): Promise<DecodedSnapshot> {
  const { relPath } = where;
  const read = await readSealedJson(folder, keys, {
    relPath,
    maxBytes: MAX_SNAPSHOT_BYTES,
    name: 'Snapshot',
    what: 'snapshot',
  });
  if (read.kind !== 'json') return read;
  const { json } = read;
  const parsed = syncedSnapshotHeadSchema.safeParse(json);
  if (!parsed.success) {
    const format = formatOf(json);
    return {
      kind: 'refused',
      reason:
        format === SNAPSHOT_FORMAT
          ? `Snapshot ${relPath} tidak sesuai format snapshot Meja TI (${firstIssue(parsed.error)}).`
          : `Snapshot ${relPath} memakai format lain (${String(format)}), mungkin dari versi Meja TI yang lebih baru. Perbarui Meja TI di komputer ini.`,
    };
  }
  if (parsed.data.createdBy !== where.device) {
    return {
      kind: 'refused',
      reason: `Snapshot ${relPath} dibuat oleh perangkat ${parsed.data.createdBy}, tidak sesuai dengan namanya.`,
    };
  }
  return { kind: 'ok', snapshot: parsed.data };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'snapshot'}: ${issue.message}` : 'tidak sah';
}
