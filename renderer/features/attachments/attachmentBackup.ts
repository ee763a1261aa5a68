import {
  BACKUP_ATTACHMENT_BUDGET_BYTES,
  type BackupAttachment,
} from '../../../shared/backup/backupFormat';
import { decodeBase64, encodeBase64 } from '../../../shared/encoding/base64';
import type { MejaDatabase } from '../../db/database';
import { sha256Hex } from '../../sync/sha256';

/**
 * Attachments in backups: their bytes are device-local (not rows), so a backup carries them
 * beside the tables, newest first up to a budget that keeps the file readable; a restore
 * keeps each one whose bytes still match its hash.
 */

export interface AttachmentsForBackup {
  lampiran: BackupAttachment[];
  /** Attachments left out because the budget was reached (the shared folder still has them). */
  tidakIkut: number;
}

export async function attachmentsForBackup(
  db: MejaDatabase,
  budget: number = BACKUP_ATTACHMENT_BUDGET_BYTES,
): Promise<AttachmentsForBackup> {
  const rows = await db.attachmentBlobs.toArray();
  rows.sort((a, b) => b.disimpanPada.localeCompare(a.disimpanPada));
  const lampiran: BackupAttachment[] = [];
  let used = 0;
  let tidakIkut = 0;
  for (const row of rows) {
    if (used + row.ukuran > budget) {
      tidakIkut += 1;
      continue;
    }
    used += row.ukuran;
    lampiran.push({ hash: row.hash, tipe: row.tipe, data: encodeBase64(row.bytes) });
  }
  return { lampiran, tidakIkut };
}

/** Keeps a restored backup's attachments this PC lacks; returns how many were kept. */
export async function keepRestoredAttachments(
  db: MejaDatabase,
  lampiran: readonly BackupAttachment[],
  now: () => Date,
): Promise<number> {
  let kept = 0;
  for (const a of lampiran) {
    if (await db.attachmentBlobs.get(a.hash)) continue;
    const bytes = decodeBase64(a.data);
    if (!bytes || (await sha256Hex(bytes)) !== a.hash) continue;
    await db.attachmentBlobs.put({
      hash: a.hash,
      bytes,
      ukuran: bytes.length,
      tipe: a.tipe,
      disimpanPada: now().toISOString(),
      diunggah: 0,
    });
    kept += 1;
  }
  return kept;
}
