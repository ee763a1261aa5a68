import { z } from 'zod';
import {
  LEGACY_SNAPSHOT_FORMAT,
  MAX_SNAPSHOT_CHARS,
  MAX_SNAPSHOT_LINE_CHARS,
  SNAPSHOT_FORMAT,
  SNAPSHOT_PART_ROWS,
  snapshotHeadLineSchemaFor,
  snapshotHeadSchemaFor,
  snapshotPartSchemaFor,
} from '../../shared/sync/snapshotFile';
import { SYNCED_TABLES } from '../db/rows';
import { gunzipLines, GzipLinesError } from './gzip';
import { formatOf } from './sealedJson';

/** Rows of one table, as a snapshot gives them: each is checked as it is applied. */
export interface SnapshotPart {
  table: string;
  rows: readonly unknown[];
}

/** A snapshot read and authenticated, its head checked; its rows come part by part. */
export interface SyncedSnapshot {
  createdAt: string;
  createdBy: string;
  covers: Record<string, number>;
  /** Rows of each table the snapshot holds: progress, and a check that every part came. */
  counts: Partial<Record<string, number>>;
  /**
   * The rows, a part at a time, in the order written; each call reads them from the start.
   * Throws SnapshotBodyError where the file turns out broken past its head.
   */
  parts(): AsyncGenerator<SnapshotPart>;
}

/** A snapshot whose head was fine but whose rows cannot be read: the Indonesian reason. */
export class SnapshotBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotBodyError';
  }
}

function syncedTables(): [string, ...string[]] {
  const [first, ...rest] = SYNCED_TABLES;
  if (!first) throw new Error('No synced tables');
  return [first, ...rest];
}

export const syncedHeadLineSchema = snapshotHeadLineSchemaFor(syncedTables());
const legacySchema = snapshotHeadSchemaFor(syncedTables());
export function syncedPartSchemaFor<Row extends z.ZodType>(row: Row) {
  return snapshotPartSchemaFor(syncedTables(), row);
}
const partSchema = syncedPartSchemaFor(z.unknown());

/** Whether opened bytes are a gzip (SNAPSHOT_FORMAT) rather than JSON text (legacy). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A snapshot of rows already in memory, given as parts of SNAPSHOT_PART_ROWS. */
export function snapshotOfRows(
  about: Pick<SyncedSnapshot, 'createdAt' | 'createdBy' | 'covers'>,
  rows: Partial<Record<string, readonly unknown[]>>,
): SyncedSnapshot {
  const tables = Object.entries(rows).flatMap(([table, list]) =>
    list?.length ? [{ table, list }] : [],
  );
  return {
    ...about,
    counts: Object.fromEntries(tables.map(({ table, list }) => [table, list.length])),
    async *parts() {
      for (const { table, list } of tables) {
        for (let start = 0; start < list.length; start += SNAPSHOT_PART_ROWS) {
          yield { table, rows: list.slice(start, start + SNAPSHOT_PART_ROWS) };
        }
      }
    },
  };
}

/** A legacy snapshot (one JSON document), its head checked; else the reason it is refused. */
export function legacySnapshot(json: unknown, relPath: string): SyncedSnapshot | string {
  const parsed = legacySchema.safeParse(json);
  if (!parsed.success) return headRefusal(relPath, json, parsed.error);
  const { createdAt, createdBy, covers, rows } = parsed.data;
  return snapshotOfRows({ createdAt, createdBy, covers }, rows);
}

const LIMITS = { maxLineChars: MAX_SNAPSHOT_LINE_CHARS, maxChars: MAX_SNAPSHOT_CHARS };

/**
 * A snapshot in SNAPSHOT_FORMAT, of which only the head line is read now; else the reason
 * it is refused.
 */
export async function streamedSnapshot(
  bytes: Uint8Array,
  relPath: string,
): Promise<SyncedSnapshot | string> {
  let line: string | undefined;
  try {
    for await (const first of gunzipLines(bytes, LIMITS)) {
      line = first;
      break;
    }
  } catch (error) {
    if (error instanceof GzipLinesError) return brokenText(relPath, error);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(line ?? '');
  } catch {
    return `Snapshot ${relPath} rusak: kepalanya bukan JSON yang utuh.`;
  }
  const parsed = syncedHeadLineSchema.safeParse(json);
  if (!parsed.success) return headRefusal(relPath, json, parsed.error);
  const { createdAt, createdBy, covers, counts } = parsed.data;
  return {
    createdAt,
    createdBy,
    covers,
    counts,
    parts: () => streamedParts(bytes, relPath, counts),
  };
}

async function* streamedParts(
  bytes: Uint8Array,
  relPath: string,
  counts: Partial<Record<string, number>>,
): AsyncGenerator<SnapshotPart> {
  const seen = new Map<string, number>();
  let index = 0;
  try {
    for await (const line of gunzipLines(bytes, LIMITS)) {
      // The head was checked when the snapshot was learnt.
      if (index++ === 0) continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new SnapshotBodyError(
          `Snapshot ${relPath} rusak: bagian ke-${index - 1} bukan JSON yang utuh.`,
        );
      }
      const part = partSchema.safeParse(json);
      if (!part.success) {
        throw new SnapshotBodyError(
          `Snapshot ${relPath} tidak sesuai format snapshot Meja TI (bagian ke-${index - 1}, ${firstIssue(part.error)}).`,
        );
      }
      const { table, rows } = part.data;
      const total = (seen.get(table) ?? 0) + rows.length;
      if (total > (counts[table] ?? 0)) throw incomplete(relPath, table, total, counts[table]);
      seen.set(table, total);
      yield { table, rows };
    }
  } catch (error) {
    if (error instanceof GzipLinesError) throw new SnapshotBodyError(brokenText(relPath, error));
    throw error;
  }
  for (const [table, count] of Object.entries(counts)) {
    const found = seen.get(table) ?? 0;
    if (found !== count) throw incomplete(relPath, table, found, count);
  }
}

function incomplete(relPath: string, table: string, found: number, count = 0): SnapshotBodyError {
  return new SnapshotBodyError(
    `Snapshot ${relPath} tidak utuh: tabel ${table} memuat ${found} baris, padahal kepalanya menyebut ${count}.`,
  );
}

function brokenText(relPath: string, error: GzipLinesError): string {
  return error.reason === 'terlalu-panjang'
    ? `Snapshot ${relPath} ditolak: isinya melebihi batas yang pernah ditulis Meja TI.`
    : `Snapshot ${relPath} rusak: isinya tidak dapat dibuka (bukan gzip atau UTF-8 yang utuh).`;
}

/** The reason a snapshot whose head failed its schema is refused. */
function headRefusal(relPath: string, json: unknown, error: z.ZodError): string {
  const format = formatOf(json);
  return format === SNAPSHOT_FORMAT || format === LEGACY_SNAPSHOT_FORMAT
    ? `Snapshot ${relPath} tidak sesuai format snapshot Meja TI (${firstIssue(error)}).`
    : `Snapshot ${relPath} memakai format lain (${String(format)}), mungkin dari versi Meja TI yang lebih baru. Perbarui Meja TI di komputer ini.`;
}

export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'snapshot'}: ${issue.message}` : 'tidak sah';
}
