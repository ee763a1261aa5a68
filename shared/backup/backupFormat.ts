import { z } from 'zod';
import { decodeBase64 } from '../encoding/base64';
import { TABLE_LABELS, isRowSchemaTable } from '../sync/rowSchemas';
import { MAX_ATTACHMENT_BYTES } from '../attachments/schema';
import { BACKUP_FILE_PATTERN, MAX_BACKUP_BYTES } from './backupNames';

export { BACKUP_FILE_PATTERN, MAX_BACKUP_BYTES };

/**
 * The backup file of Meja TI ("Cadangan Meja TI", docs/BACKUP.md), as pure byte layout and
 * schemas; the renderer does the cryptography and compression (features/backup).
 *
 *   'MTICAD01' (8) | header length (4, big-endian) | header (UTF-8 JSON) | ciphertext
 *
 * The header is plain JSON (the manifest, the key derivation settings, the IV) and is the
 * AES-GCM additional data, so a changed manifest fails decryption like a changed payload.
 * The ciphertext is AES-GCM-256 of the gzip of the payload JSON; the manifest carries the
 * SHA-256 of that JSON, checked after decryption.
 */

export const BACKUP_FORMAT = 'meja-ti/cadangan@1';
export const BACKUP_MAGIC = 'MTICAD01';
export const BACKUP_EXTENSION = '.mejati';
const MAGIC_BYTES = new TextEncoder().encode(BACKUP_MAGIC);
const LENGTH_BYTES = 4;
/** A header is a few kilobytes; anything near this is not one. */
export const MAX_HEADER_BYTES = 1024 * 1024;

export const KDF_NAME = 'PBKDF2-SHA256';
export const DEFAULT_BACKUP_ITERATIONS = 600_000;
export const BACKUP_ITERATION_LIMITS = { min: 100_000, max: 5_000_000 } as const;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM's tag: the least ciphertext there can be. */
export const GCM_TAG_BYTES = 16;
export const MIN_BACKUP_PASSPHRASE = 10;

/** Tables that belong to this PC, never in a backup: its id, clock, keys, session; sync's outbox. */
export const DEVICE_LOCAL_TABLES: readonly string[] = ['local', 'outbox', 'attachmentBlobs'];

function base64Of(length: number) {
  return z
    .string()
    .max(200)
    .refine((text) => decodeBase64(text)?.length === length, `base64 dari ${length} bita.`);
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,60}$/);

export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    appVersion: z.string().min(1).max(40),
    /** The Dexie schema version of the database it was made from. */
    schemaVersion: z.number().int().min(1).max(10_000),
    createdAt: z.iso.datetime(),
    createdBy: z
      .object({
        device: z.string().max(100),
        personId: z.string().max(100).nullable(),
        nama: z.string().max(200).nullable(),
      })
      .strict(),
    /** Rows per table, deleted (tombstoned) rows included. */
    counts: z.record(tableName, z.number().int().min(0)),
    checksum: z.object({ algorithm: z.literal('SHA-256'), payload: hex64 }).strict(),
    /** The payload JSON's size before compression. */
    payloadBytes: z.number().int().min(2),
    /** Made by the schedule or by hand. */
    terjadwal: z.boolean(),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const backupHeaderSchema = z
  .object({
    manifest: backupManifestSchema,
    kdf: z
      .object({
        name: z.literal(KDF_NAME),
        iterations: z
          .number()
          .int()
          .min(BACKUP_ITERATION_LIMITS.min)
          .max(BACKUP_ITERATION_LIMITS.max),
        salt: base64Of(SALT_BYTES),
        /** SHA-256 of the derived check bytes: tells a wrong passphrase from a damaged file. */
        verifier: base64Of(32),
      })
      .strict(),
    cipher: z.object({ name: z.literal('AES-GCM-256'), iv: base64Of(IV_BYTES) }).strict(),
    compression: z.literal('gzip'),
    cipherBytes: z.number().int().min(GCM_TAG_BYTES),
  })
  .strict();
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/**
 * The attachments' bytes a backup carries beside the tables (they are device-local, not rows),
 * each with its SHA-256, checked again when restored.
 */
export const backupAttachmentSchema = z
  .object({
    hash: hex64,
    tipe: z.string().max(100),
    /** base64 of the bytes. */
    data: z.string().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4),
  })
  .strict();
export type BackupAttachment = z.infer<typeof backupAttachmentSchema>;

/** How much attachment data one backup carries at most (it must stay under 256 MB). */
export const BACKUP_ATTACHMENT_BUDGET_BYTES = 150 * 1024 * 1024;

export const backupPayloadSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    tables: z.record(tableName, z.array(z.record(z.string(), z.unknown()))),
    /** Absent in backups made before attachments existed. */
    lampiran: z.array(backupAttachmentSchema).max(100_000).optional(),
  })
  .strict();
export type BackupPayload = z.infer<typeof backupPayloadSchema>;

/** Why a file was refused; the user reads `message`. */
export type BackupRefusal =
  'asing' | 'terpotong' | 'rusak' | 'kataSandi' | 'versiBaru' | 'terlaluBesar';

const REFUSAL_TEXT: Record<BackupRefusal, string> = {
  asing: 'Berkas ini bukan cadangan Meja TI.',
  terpotong:
    'Berkas cadangan terpotong (tidak lengkap), mungkin penyalinannya belum selesai. Data tidak diubah.',
  rusak: 'Berkas cadangan rusak atau telah diubah. Data tidak diubah.',
  kataSandi: 'Kata sandi cadangan salah. Data tidak diubah.',
  versiBaru:
    'Cadangan ini dibuat oleh Meja TI yang lebih baru. Perbarui aplikasi di PC ini terlebih dahulu.',
  terlaluBesar: 'Berkas cadangan terlalu besar untuk dibaca (paling besar 256 MB).',
};

export class BackupFileError extends Error {
  readonly reason: BackupRefusal;
  constructor(reason: BackupRefusal, detail?: string) {
    super(REFUSAL_TEXT[reason]);
    this.name = 'BackupFileError';
    this.reason = reason;
    if (detail) this.cause = detail;
  }
}

/** The file: magic, the header's length and bytes, the ciphertext. */
export function encodeBackupFile(headerBytes: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  const out = new Uint8Array(
    MAGIC_BYTES.length + LENGTH_BYTES + headerBytes.length + ciphertext.length,
  );
  out.set(MAGIC_BYTES, 0);
  new DataView(out.buffer).setUint32(MAGIC_BYTES.length, headerBytes.length);
  out.set(headerBytes, MAGIC_BYTES.length + LENGTH_BYTES);
  out.set(ciphertext, MAGIC_BYTES.length + LENGTH_BYTES + headerBytes.length);
  return out;
}

export function headerBytesOf(header: BackupHeader): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(header));
}

/**
 * Splits a file into its checked header (and the header's exact bytes, the cipher's
 * additional data) and its ciphertext. Throws BackupFileError: `asing` for another kind of
 * file, `terpotong` for one that ends early, `rusak` for a malformed header or extra bytes,
 * `versiBaru` for a schema newer than `knownSchema`.
 */
export function decodeBackupFile(
  bytes: Uint8Array,
  knownSchema: number,
): {
  header: BackupHeader;
  headerBytes: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
} {
  if (bytes.length > MAX_BACKUP_BYTES) throw new BackupFileError('terlaluBesar');
  const prefix = MAGIC_BYTES.length + LENGTH_BYTES;
  const magicSeen = Math.min(bytes.length, MAGIC_BYTES.length);
  for (let i = 0; i < magicSeen; i++) {
    if (bytes[i] !== MAGIC_BYTES[i]) throw new BackupFileError('asing');
  }
  if (bytes.length === 0) throw new BackupFileError('asing');
  if (bytes.length < prefix) throw new BackupFileError('terpotong');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC_BYTES.length);
  if (headerLength < 2 || headerLength > MAX_HEADER_BYTES) throw new BackupFileError('rusak');
  if (bytes.length < prefix + headerLength) throw new BackupFileError('terpotong');
  const headerBytes = new Uint8Array(bytes.slice(prefix, prefix + headerLength));
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch {
    throw new BackupFileError('rusak', 'header is not JSON');
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const format = (raw as { manifest?: { format?: unknown } } | null)?.manifest?.format;
    throw new BackupFileError(
      typeof format === 'string' && format !== BACKUP_FORMAT ? 'asing' : 'rusak',
      z.prettifyError(parsed.error),
    );
  }
  const header = parsed.data;
  if (header.manifest.schemaVersion > knownSchema) throw new BackupFileError('versiBaru');
  const rest = bytes.length - prefix - headerLength;
  if (rest < header.cipherBytes) throw new BackupFileError('terpotong');
  if (rest > header.cipherBytes) throw new BackupFileError('rusak', 'bytes after the ciphertext');
  return { header, headerBytes, ciphertext: new Uint8Array(bytes.slice(prefix + headerLength)) };
}

/** Checks the decrypted, decompressed payload against its manifest. */
export function parseBackupPayload(
  text: string,
  manifest: BackupManifest,
  checksum: string,
): BackupPayload {
  if (checksum !== manifest.checksum.payload) throw new BackupFileError('rusak', 'checksum');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupFileError('rusak', 'payload is not JSON');
  }
  const parsed = backupPayloadSchema.safeParse(raw);
  if (!parsed.success) throw new BackupFileError('rusak', z.prettifyError(parsed.error));
  const counts = countsOf(parsed.data.tables);
  if (!sameCounts(counts, manifest.counts)) throw new BackupFileError('rusak', 'counts');
  return parsed.data;
}

export function countsOf(tables: Record<string, readonly unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

/** A table's name for people: "pegawai", "permintaan"; a table this build has no words for keeps its name. */
export function tableLabel(table: string): string {
  const label = isRowSchemaTable(table) ? TABLE_LABELS[table] : table;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export interface CountComparison {
  table: string;
  label: string;
  sekarang: number;
  cadangan: number;
}

/** Per table, the rows on this PC today against the rows in the backup. */
export function compareCounts(
  today: Record<string, number>,
  backup: Record<string, number>,
): CountComparison[] {
  const names = [...new Set([...Object.keys(backup), ...Object.keys(today)])].filter(
    (t) => !DEVICE_LOCAL_TABLES.includes(t),
  );
  return names.map((table) => ({
    table,
    label: tableLabel(table),
    sekarang: today[table] ?? 0,
    cadangan: backup[table] ?? 0,
  }));
}

/** Indonesian reason a passphrase chosen for backups is too weak, or null. */
export function backupPassphraseProblem(passphrase: string): string | null {
  const trimmed = passphrase.normalize('NFC').trim();
  if ([...trimmed].length < MIN_BACKUP_PASSPHRASE) {
    return `Kata sandi cadangan minimal ${MIN_BACKUP_PASSPHRASE} karakter.`;
  }
  if (/^[\p{Nd}\s]+$/u.test(trimmed)) {
    return 'Kata sandi cadangan tidak boleh hanya berisi angka.';
  }
  return null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "cadangan-meja-ti-2026-11-20-090000.mejati", local time: sorts oldest first by name. */
export function backupFileName(at: Date): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `cadangan-meja-ti-${date}-${time}${BACKUP_EXTENSION}`;
}

/** The backups beyond the newest `keep`, to delete. */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const ours = names.filter((n) => BACKUP_FILE_PATTERN.test(n)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}
