import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '../../../shared/attachments/schema';
import { attachmentPath } from '../../../shared/sync/folderPaths';
import type { MejaDatabase } from '../../db/database';
import { UnauthenticatedFileError } from '../../sync/cryptoErrors';
import { ENVELOPE_OVERHEAD, openFile, sealFile } from '../../sync/fileEnvelope';
import { isFolderError, type FolderPort } from '../../sync/folderPort';
import { sha256Hex } from '../../sync/sha256';
import type { WorkspaceKeys } from '../../sync/workspaceCrypto';
import { AttachmentError } from './attachmentError';
import { keepFetchedAttachment, readLocalAttachment } from './attachmentStore';

/**
 * Attachments in the shared folder: each one sealed with the workspace keys (the same envelope
 * as the op files, bound to its path) under `lampiran/<name>.bin`. The name is an HMAC of the
 * content's hash, so every PC writes the same attachment under the same name while someone
 * reading the folder cannot tell which known file it holds.
 */

export interface SharedFolder {
  folder: FolderPort;
  keys: WorkspaceKeys;
}

async function folderPathOf(keys: WorkspaceKeys, hash: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    keys.authentication,
    new TextEncoder().encode(`lampiran:${hash}`),
  );
  const name = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return attachmentPath(name);
}

/**
 * Puts every attachment this PC holds and the folder lacks into the folder; returns how many
 * were written. One that fails waits for the next cycle; the others go on.
 */
export async function uploadPendingAttachments(
  db: MejaDatabase,
  shared: SharedFolder,
): Promise<number> {
  const pending = await db.attachmentBlobs.where('diunggah').equals(0).primaryKeys();
  let written = 0;
  for (const hash of pending) {
    const row = await db.attachmentBlobs.get(hash);
    if (!row) continue;
    try {
      const relPath = await folderPathOf(shared.keys, hash);
      await shared.folder.writeImmutable(relPath, await sealFile(shared.keys, row.bytes, relPath));
      await db.attachmentBlobs.update(hash, { diunggah: 1 });
      written += 1;
    } catch (error) {
      // Another PC put the same content there first: it is in the folder.
      if (isFolderError(error, 'exists')) await db.attachmentBlobs.update(hash, { diunggah: 1 });
      else if (isFolderError(error, 'unreachable')) break;
    }
  }
  return written;
}

/**
 * An attachment's bytes: this PC's copy, else fetched from the shared folder, opened, checked
 * against its hash and kept. Refused with a reason the user can act on when it is not there,
 * damaged or too large.
 */
export async function openAttachment(
  db: MejaDatabase,
  ref: AttachmentRef,
  shared: SharedFolder | null,
  now: () => Date,
): Promise<Uint8Array> {
  const local = await readLocalAttachment(db, ref);
  if (local) return local;
  if (!shared) {
    throw new AttachmentError(
      `Lampiran ${ref.nama} tidak ada di komputer ini, dan komputer ini belum tersambung ke folder bersama.`,
    );
  }
  const relPath = await folderPathOf(shared.keys, ref.hash);
  let sealed: Uint8Array | { tooLarge: true };
  try {
    sealed = await shared.folder.readOpFile(relPath, MAX_ATTACHMENT_BYTES + ENVELOPE_OVERHEAD);
  } catch (error) {
    if (isFolderError(error, 'notFound')) {
      throw new AttachmentError(
        `Lampiran ${ref.nama} belum sampai di folder bersama. Komputer yang menyimpannya perlu sinkron dahulu; coba buka lagi nanti.`,
      );
    }
    throw new AttachmentError(`Lampiran ${ref.nama} tidak dapat dibaca dari folder bersama.`);
  }
  if ('tooLarge' in sealed) {
    throw new AttachmentError(`Lampiran ${ref.nama} di folder bersama lebih dari 20 MB; ditolak.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await openFile(shared.keys, sealed, relPath);
  } catch (error) {
    if (error instanceof UnauthenticatedFileError) {
      throw new AttachmentError(
        `Lampiran ${ref.nama} di folder bersama rusak atau diubah; ditolak.`,
      );
    }
    throw error;
  }
  if (bytes.length !== ref.ukuran || (await sha256Hex(bytes)) !== ref.hash) {
    throw new AttachmentError(
      `Lampiran ${ref.nama} di folder bersama tidak sama dengan aslinya; ditolak.`,
    );
  }
  await keepFetchedAttachment(db, ref, bytes, now);
  return bytes;
}
