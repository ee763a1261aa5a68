import { MAX_ATTACHMENT_BYTES } from './schema';

/**
 * What an attachment may be, told by its first bytes rather than its name: photos (JPEG,
 * PNG, GIF, WebP) and PDFs. A file that ends before its format's end marker (a copy cut short,
 * a download that stopped) is refused as damaged, so the court never stores half a document.
 */

export type AttachmentKind = 'pdf' | 'jpeg' | 'png' | 'gif' | 'webp';

export const KIND_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
};

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

export function attachmentKind(bytes: Uint8Array): AttachmentKind | null {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 1, 4) === 'PNG' && bytes[0] === 0x89) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  return null;
}

/** Whether the file holds its format's end: a PDF's %%EOF, a PNG's IEND, a JPEG's EOI. */
function isWhole(kind: AttachmentKind, bytes: Uint8Array): boolean {
  const tail = ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  switch (kind) {
    case 'pdf':
      return tail.includes('%%EOF');
    case 'png':
      return tail.includes('IEND');
    case 'jpeg':
      return tail.includes('\xff\xd9');
    case 'gif':
      return bytes[bytes.length - 1] === 0x3b;
    case 'webp': {
      const declared = (bytes[4] ?? 0) | ((bytes[5] ?? 0) << 8) | ((bytes[6] ?? 0) << 16);
      return declared + ((bytes[7] ?? 0) << 24) + 8 <= bytes.length;
    }
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toLocaleString('id-ID', { maximumFractionDigits: 0 })} KB`;
  if (bytes < 1024 ** 3) {
    return `${(bytes / 1024 ** 2).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
  }
  return `${(bytes / 1024 ** 3).toLocaleString('id-ID', { maximumFractionDigits: 1 })} GB`;
}

/**
 * Why a file cannot be attached, in words for the user, or null when it can. `nama` is the
 * file's name as the user chose it.
 */
export function attachmentProblem(nama: string, bytes: Uint8Array): string | null {
  if (bytes.length === 0) return `Berkas ${nama} kosong.`;
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    return `Berkas ${nama} terlalu besar: batas 20 MB per lampiran.`;
  }
  const kind = attachmentKind(bytes);
  if (!kind) return `Berkas ${nama} bukan foto (JPEG, PNG, GIF, WebP) atau PDF.`;
  if (!isWhole(kind, bytes)) return `Berkas ${nama} rusak: isinya terpotong.`;
  return null;
}
