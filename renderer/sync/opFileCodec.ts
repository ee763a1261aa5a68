import type { z } from 'zod';
import { sealedHeadOf } from '../../shared/audit/auditSeal';
import type { RemoteOp } from '../../shared/sync/merge';
import { OP_FILE_FORMAT, opFileSchemaFor } from '../../shared/sync/opFile';
import type { OutboxEntry } from '../db/rows';
import { utf8 } from './bytes';
import { sealFile } from './fileEnvelope';
import type { FolderPort } from './folderPort';
import { formatOf, readSealedJson } from './sealedJson';
import type { WorkspaceKeys } from './workspaceCrypto';

/** No op file is read past this: Meja TI never writes one near it. */
export const MAX_OP_FILE_BYTES = 8 * 1024 * 1024;
/** The content of a file this PC writes stays under this, far from the read cap. */
export const MAX_OP_FILE_CONTENT = 4 * 1024 * 1024;

/**
 * An op file as read: any camelCase table name passes here, so one op on a table this PC
 * does not know is refused on its own (rowGate.ts) instead of stopping the whole file.
 */
export const syncedOpFileSchema = opFileSchemaFor();
export type SyncedOpFile = z.infer<typeof syncedOpFileSchema>;

/** An outbox entry as it travels: the same fields without the local id. */
export function toOp(entry: OutboxEntry): RemoteOp {
  const { hlc, device, table, key, changes, deleted, actor, at } = entry;
  return { hlc, device, table, key, changes, deleted, actor, at };
}

/** The bytes an op adds to a file's content (its JSON and a comma). */
export function opSize(entry: OutboxEntry): number {
  return utf8(JSON.stringify(toOp(entry))).length + 1;
}

/** Thrown when this PC's own ops would make a file the others must refuse. */
export class ExportRefusedError extends Error {
  readonly code = 'ekspor-ditolak';
  constructor(message: string) {
    super(message);
    this.name = 'ExportRefusedError';
  }
}

/**
 * The sealed bytes of file `seq` of `device`. The file is checked against the schema every
 * reader applies first: a file the others would quarantine is never written, since it
 * would hold back every later file of this PC on every other PC.
 */
export async function encodeOpFile(
  keys: WorkspaceKeys,
  relPath: string,
  file: { device: string; seq: number; createdAt: string; entries: readonly OutboxEntry[] },
): Promise<Uint8Array> {
  const ops = file.entries.map(toOp);
  const auditHead = sealedHeadOf(ops);
  const content = {
    format: OP_FILE_FORMAT,
    device: file.device,
    seq: file.seq,
    createdAt: file.createdAt,
    ops,
    ...(auditHead ? { auditHead } : {}),
  };
  const checked = syncedOpFileSchema.safeParse(content);
  if (!checked.success) {
    throw new ExportRefusedError(
      `Perubahan di komputer ini tidak dapat dikirim ke folder bersama karena tidak sesuai format berkas perubahan (${firstIssue(checked.error)}). Hubungi pengembang Meja TI.`,
    );
  }
  const sealed = await sealFile(keys, utf8(JSON.stringify(content)), relPath);
  if (sealed.length > MAX_OP_FILE_BYTES) {
    throw new ExportRefusedError(
      `Satu perubahan di komputer ini terlalu besar untuk dikirim ke folder bersama (${Math.ceil(sealed.length / 1024 / 1024)} MiB). Hubungi pengembang Meja TI.`,
    );
  }
  return sealed;
}

export type DecodedOpFile =
  | { kind: 'ok'; file: SyncedOpFile }
  /** Could not be read now (gone between listing and read, share busy): try next cycle. */
  | { kind: 'unavailable'; message: string }
  /** Read, but not a file this PC may apply: the Indonesian reason. */
  | { kind: 'refused'; reason: string };

/**
 * Reads, authenticates and checks one op file: bounded read, openFile with the path as
 * aad, strict UTF-8, JSON, the schema, and the device and number against the file's name.
 */
export async function decodeOpFile(
  folder: FolderPort,
  keys: WorkspaceKeys,
  where: { relPath: string; device: string; seq: number },
): Promise<DecodedOpFile> {
  const { relPath } = where;
  const read = await readSealedJson(folder, keys, {
    relPath,
    maxBytes: MAX_OP_FILE_BYTES,
    name: 'Berkas',
    what: 'berkas perubahan',
  });
  if (read.kind !== 'json') return read;
  const { json } = read;
  const parsed = syncedOpFileSchema.safeParse(json);
  if (!parsed.success)
    return { kind: 'refused', reason: schemaReason(relPath, json, parsed.error) };
  if (parsed.data.device !== where.device || parsed.data.seq !== where.seq) {
    return {
      kind: 'refused',
      reason: `Berkas ${relPath} berisi perubahan perangkat ${parsed.data.device} nomor ${parsed.data.seq}, tidak sesuai dengan namanya.`,
    };
  }
  return { kind: 'ok', file: parsed.data };
}

function schemaReason(relPath: string, json: unknown, error: z.ZodError): string {
  const format = formatOf(json);
  if (format !== OP_FILE_FORMAT) {
    return `Berkas ${relPath} memakai format lain (${String(format)}), mungkin dari versi Meja TI yang lebih baru. Perbarui Meja TI di komputer ini.`;
  }
  return `Berkas ${relPath} tidak sesuai format berkas perubahan Meja TI (${firstIssue(error)}).`;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'berkas'}: ${issue.message}` : 'tidak sah';
}

/** JSON with object keys sorted, so two equal values always give the same text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether a file read back holds exactly these outbox entries, in order. */
export function holdsEntries(file: SyncedOpFile, entries: readonly OutboxEntry[]): boolean {
  return (
    file.ops.length === entries.length &&
    file.ops.every((op, i) => {
      const entry = entries[i];
      return entry !== undefined && canonicalJson(op) === canonicalJson(toOp(entry));
    })
  );
}
