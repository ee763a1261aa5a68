import {
  attachmentProblem,
  formatBytes,
  KIND_TYPES,
  attachmentKind,
} from '../../../shared/attachments/fileCheck';
import {
  ATTACHMENT_STORE_LIMIT_BYTES,
  attachmentRefSchema,
  type AttachmentRef,
} from '../../../shared/attachments/schema';
import type { MejaDatabase } from '../../db/database';
import { sha256Hex } from '../../sync/sha256';
import { AttachmentError } from './attachmentError';

/**
 * Attachments on this PC: their bytes kept once per SHA-256 in the device-local
 * `attachmentBlobs` table, whatever record refers to them. A row keeps only the reference
 * (shared/attachments/schema.ts); the shared folder carries the bytes (attachmentFolder.ts).
 */

export interface ChosenFile {
  nama: string;
  bytes: Uint8Array;
}

export interface AttachmentUsage {
  berkas: number;
  bytes: number;
  batas: number;
}

/** How much attachment data this PC holds, against the limit shown beside every field. */
export async function attachmentUsage(db: MejaDatabase): Promise<AttachmentUsage> {
  let berkas = 0;
  let bytes = 0;
  await db.attachmentBlobs.each((row) => {
    berkas += 1;
    bytes += row.ukuran;
  });
  return { berkas, bytes, batas: ATTACHMENT_STORE_LIMIT_BYTES };
}

export function usageText(usage: AttachmentUsage): string {
  return `Penyimpanan lampiran: ${formatBytes(usage.bytes)} dari ${formatBytes(usage.batas)}`;
}

/**
 * Keeps a chosen file and returns the reference a record stores. Refused with a reason when
 * it is empty, over 20 MB, not a photo or PDF, cut short, or over the PC's limit. The same
 * content chosen twice is kept once.
 */
export async function addAttachment(
  db: MejaDatabase,
  file: ChosenFile,
  now: () => Date,
): Promise<AttachmentRef> {
  const nama = file.nama.trim().slice(0, 200) || 'lampiran';
  const problem = attachmentProblem(nama, file.bytes);
  if (problem) throw new AttachmentError(problem);
  const kind = attachmentKind(file.bytes);
  const tipe = kind ? KIND_TYPES[kind] : 'application/octet-stream';
  const hash = await sha256Hex(file.bytes);
  const ref = attachmentRefSchema.parse({ hash, nama, tipe, ukuran: file.bytes.length });
  await db.transaction('rw', db.attachmentBlobs, async () => {
    if (await db.attachmentBlobs.get(hash)) return;
    const usage = await attachmentUsage(db);
    if (usage.bytes + file.bytes.length > usage.batas) {
      throw new AttachmentError(
        `Penyimpanan lampiran penuh (${formatBytes(usage.bytes)} dari ${formatBytes(usage.batas)}). Berkas ${nama} tidak disimpan.`,
      );
    }
    await db.attachmentBlobs.put({
      hash,
      bytes: new Uint8Array(file.bytes),
      ukuran: file.bytes.length,
      tipe,
      disimpanPada: now().toISOString(),
      diunggah: 0,
    });
  });
  return ref;
}

/**
 * The bytes of an attachment kept on this PC, checked against its reference; undefined when
 * this PC does not have it (yet). A copy that no longer matches its hash is refused.
 */
export async function readLocalAttachment(
  db: MejaDatabase,
  ref: AttachmentRef,
): Promise<Uint8Array | undefined> {
  const row = await db.attachmentBlobs.get(ref.hash);
  if (!row) return undefined;
  const bytes = new Uint8Array(row.bytes);
  if ((await sha256Hex(bytes)) !== ref.hash) {
    throw new AttachmentError(`Lampiran ${ref.nama} di komputer ini rusak.`);
  }
  return bytes;
}

/** Keeps bytes fetched from the shared folder (already checked), marked as in the folder. */
export async function keepFetchedAttachment(
  db: MejaDatabase,
  ref: AttachmentRef,
  bytes: Uint8Array,
  now: () => Date,
): Promise<void> {
  await db.attachmentBlobs.put({
    hash: ref.hash,
    bytes: new Uint8Array(bytes),
    ukuran: bytes.length,
    tipe: ref.tipe,
    disimpanPada: now().toISOString(),
    diunggah: 1,
  });
}
