/**
 * An attachment's bytes on this PC (device-local: not a synced row, not in backups). Rows of
 * synced tables refer to it by `hash`; the shared folder carries the bytes to the other PCs.
 */
export interface AttachmentBlobRow {
  /** SHA-256 of the bytes, lowercase hex. */
  hash: string;
  bytes: Uint8Array;
  ukuran: number;
  tipe: string;
  disimpanPada: string;
  /** 1 once the encrypted copy is in the shared folder; 0 while it waits for the next cycle. */
  diunggah: 0 | 1;
}
