import type { Content } from 'pdfmake/interfaces';
import { formatTempatTanggal } from '../format/date';
import { formatNip } from '../format/nip';
import { mm } from './paper';
import type { Signer } from './signer';

/** Room left for a wet signature: at least 20 mm, as the office stamp overlaps it. */
export const SIGNATURE_ROOM = mm(20);

export interface SignatureBlockOptions {
  signer: Signer;
  /** "Mukomuko, 22 November 2026" above the jabatan; left out when absent. */
  place?: { city: string; date: Date };
  /** A line above the jabatan, e.g. "Mengetahui,". */
  caption?: string;
  width?: number;
}

/** "Kepala Subbagian …," or, for a delegate, "Plh. Kepala Subbagian …," as courts print it. */
export function jabatanLine(signer: Signer): string {
  return `${signer.plh ? `${signer.plh} ` : ''}${signer.jabatan},`;
}

/**
 * The block an official signs by hand: place and date (no full stop), jabatan with a
 * comma, room for the wet signature, the name bold and underlined, then the NIP.
 */
export function signatureBlock(options: SignatureBlockOptions): Content {
  const { signer, place, caption } = options;
  const stack: Content[] = [];
  if (place) stack.push({ text: formatTempatTanggal(place.city, place.date) });
  if (caption) stack.push({ text: caption });
  stack.push({ text: jabatanLine(signer) });
  stack.push({ text: ' ', margin: [0, 0, 0, 52] });
  stack.push({ text: signer.nama, bold: true, decoration: 'underline' });
  if (signer.nip) stack.push({ text: `NIP. ${formatNip(signer.nip)}` });
  return { stack, unbreakable: true };
}

/** A signature block set at the right of the page, as letters have it. */
export function signatureAtRight(options: SignatureBlockOptions): Content {
  return {
    columns: [
      { width: '*', text: '' },
      { width: options.width ?? 230, stack: [signatureBlock(options)] },
    ],
    unbreakable: true,
    margin: [0, 18, 0, 0],
  };
}
