import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatNip } from '../../../format/nip';
import type { Signer } from '../../signer';
import { gridLayout } from '../requests/common';

/** Room left for the wet signature between the jabatan and the name. */
const SIGNATURE_ROOM = 52;
const GAP = 24;

export const DIBUAT_CAPTION = 'Dibuat oleh,';
export const DIPERIKSA_CAPTION = 'Diperiksa oleh,';
export const MENGETAHUI_CAPTION = 'Mengetahui,';

export interface ReportSigners {
  dibuat: Signer;
  diperiksa: Signer;
  mengetahui: Signer;
}

function name(signer: Signer): Content {
  return {
    text: signer.nama,
    bold: true,
    decoration: 'underline',
    margin: [0, SIGNATURE_ROOM, 0, 0],
  };
}

function nip(signer: Signer): Content {
  // A blank line keeps the two columns' rows level when one signer has no NIP.
  return { text: signer.nip ? `NIP. ${formatNip(signer.nip)}` : ' ' };
}

/**
 * Place and date over the right column; Dibuat oleh (the operator) and Diperiksa oleh (the
 * Kasubag) side by side; under them, centred, Mengetahui with the Sekretaris. One grid, so
 * captions, jabatan, names and NIPs stay level whatever wraps, and one unbreakable block,
 * so no signature is parted from the others by a page break.
 */
export function reportSignatures(place: string, signers: ReportSigners, width: number): Content {
  const column = (width - GAP) / 2;
  const span = (content: Content, top = 0): TableCell[] => [
    { stack: [content], colSpan: 3, margin: [0, top, 0, 0] },
    {},
    {},
  ];
  const { dibuat, diperiksa, mengetahui } = signers;
  const body: TableCell[][] = [
    ['', '', { text: place }],
    [{ text: DIBUAT_CAPTION }, '', { text: DIPERIKSA_CAPTION }],
    [{ text: `${dibuat.jabatan},` }, '', { text: `${diperiksa.jabatan},` }],
    [name(dibuat), '', name(diperiksa)],
    [nip(dibuat), '', nip(diperiksa)],
    span({ text: MENGETAHUI_CAPTION }, 16),
    span({ text: `${mengetahui.jabatan},` }),
    span(name(mengetahui)),
    span(nip(mengetahui)),
  ];
  return {
    table: { widths: [column, GAP, column], body, dontBreakRows: true },
    layout: gridLayout,
    alignment: 'center',
    unbreakable: true,
    margin: [0, 18, 0, 0],
  };
}
