import type { Content, ContentStack, TableCell, TableLayout } from 'pdfmake/interfaces';
import { formatTanggal, fromIsoDate } from '../../../format/date';
import { formatNip } from '../../../format/nip';
import { kopHeadingLines, type Office } from '../../../office/office';
import type { DisahkanOleh, SopDocument } from '../../../sop/schema';
import { SOP_STYLE } from './sopStyle';
import { textWidth } from './textMetrics';

/**
 * The identity page of an SOP in the Permenpan RB 35/2012 format, portrait: a header table
 * with the court (logo and hierarchy lines) on the left and the identity of the SOP on the
 * right (number, dates, who approves it with room for the wet signature, its name), then
 * the six boxes in two columns.
 */

const LOGO_SIZE = 72;
const SIGNATURE_ROOM = 50;
const BLANK_NAME = '(..........................................)';
const BLANK_NIP = 'NIP. ..........................................';
const BLANK_JABATAN = '..........................................';
const BOX_FILL = '#EEEEEE';

/**
 * Least size of a hierarchy line: small enough that "DIREKTORAT JENDERAL BADAN PERADILAN
 * AGAMA" fits the court cell on A4 on one line (about 7 pt), rather than leaving a word alone.
 */
const COURT_LINE_LEAST = 6.5;

/** Share of the width the court cell takes in the header table. */
const COURT_SHARE = 0.44;
const CELL_PADDING = 5;

const gridLayout: TableLayout = {
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** "4 Januari 2021" for "2021-01-04"; "-" when the document gives no date. */
export function tanggalSop(isoDate: string | null): string {
  const date = isoDate === null ? null : fromIsoDate(isoDate);
  return date ? formatTanggal(date) : '-';
}

/**
 * The court as the header prints it: the office's hierarchy lines; the document's own court
 * name where it extends the office's (e.g. "Pengadilan Agama Mukomuko Kelas II").
 */
export function courtLines(office: Office, document: Pick<SopDocument, 'pengadilan'>): string[] {
  const lines = kopHeadingLines(office);
  const name = office.namaPengadilan.trim().toUpperCase();
  const documentCourt = document.pengadilan.trim().toUpperCase();
  if (documentCourt.startsWith(name)) lines[lines.length - 1] = documentCourt;
  return lines;
}

/**
 * The size at which a hierarchy line fits the court cell on one line, between `min` and
 * `max`; a line too long even at `min` wraps.
 */
export function fittedFontSize(line: string, width: number, max: number, min: number): number {
  const atMax = textWidth(line, { fontSize: max, bold: true });
  const fitted = Math.floor(((max * width) / atMax) * 10) / 10;
  return Math.max(min, Math.min(max, fitted));
}

function courtCell(office: Office, document: SopDocument, width: number): ContentStack {
  const lines = courtLines(office, document);
  const last = lines.length - 1;
  const stack: Content[] = [];
  if (office.logo) {
    stack.push({
      image: office.logo.dataUrl,
      fit: [LOGO_SIZE, LOGO_SIZE],
      alignment: 'center',
      margin: [0, 6, 0, 8],
    });
  }
  lines.forEach((line, i) =>
    stack.push({
      text: line,
      bold: true,
      fontSize: i === last ? 12 : fittedFontSize(line, width, 10, COURT_LINE_LEAST),
      lineHeight: 1.1,
      margin: [0, i === last ? 3 : 0, 0, 0],
    }),
  );
  return { stack, alignment: 'center', margin: [0, 10, 0, 10] };
}

/** Jabatan with a comma, room for the wet signature, the name bold and underlined, the NIP. */
export function approvalBlock(disahkan: DisahkanOleh | null): Content {
  const jabatan = disahkan?.jabatan ?? BLANK_JABATAN;
  const stack: Content[] = [
    { text: `${jabatan},` },
    { text: ' ', margin: [0, 0, 0, SIGNATURE_ROOM] },
  ];
  if (disahkan?.nama) {
    stack.push({ text: disahkan.nama, bold: true, decoration: 'underline' });
    if (disahkan.nip) stack.push({ text: `NIP. ${formatNip(disahkan.nip)}` });
  } else {
    stack.push({ text: BLANK_NAME });
    stack.push({ text: disahkan?.nip ? `NIP. ${formatNip(disahkan.nip)}` : BLANK_NIP });
  }
  return { stack, unbreakable: true };
}

function identityRows(document: SopDocument): [string, Content][] {
  return [
    ['Nomor SOP', { text: document.nomor ?? '-' }],
    ['Tanggal Pembuatan', { text: tanggalSop(document.tanggalPembuatan) }],
    ['Tanggal Revisi', { text: tanggalSop(document.tanggalRevisi) }],
    ['Tanggal Efektif', { text: tanggalSop(document.tanggalEfektif) }],
    ['Disahkan oleh', approvalBlock(document.disahkanOleh)],
    ['Nama SOP', { text: document.judul.toUpperCase(), bold: true }],
  ];
}

function headerTable(office: Office, document: SopDocument, width: number): Content {
  const rows = identityRows(document);
  const courtWidth = Math.floor(width * COURT_SHARE);
  const courtText = courtWidth - 2 * CELL_PADDING;
  const body: TableCell[][] = rows.map(([label, value], i) => [
    i === 0 ? { ...courtCell(office, document, courtText), rowSpan: rows.length } : {},
    { text: label, bold: true },
    value,
  ]);
  return {
    table: { widths: [courtWidth, 92, '*'], body, dontBreakRows: true },
    layout: gridLayout,
  };
}

/** A numbered list, or "-" when the document lists nothing. */
function numbered(items: readonly string[]): Content {
  return items.length === 0 ? { text: '-' } : { ol: [...items] };
}

function text(value: string): Content {
  return { text: value.trim() === '' ? '-' : value };
}

function boxTitle(title: string): TableCell {
  return { text: title, bold: true, alignment: 'center', fillColor: BOX_FILL };
}

function boxesTable(document: SopDocument): Content {
  const body: TableCell[][] = [
    [boxTitle('DASAR HUKUM'), boxTitle('KUALIFIKASI PELAKSANA')],
    [numbered(document.dasarHukum), numbered(document.kualifikasiPelaksana)],
    [boxTitle('KETERKAITAN'), boxTitle('PERALATAN/PERLENGKAPAN')],
    [numbered(document.keterkaitan), numbered(document.peralatanPerlengkapan)],
    [boxTitle('PERINGATAN'), boxTitle('PENCATATAN DAN PENDATAAN')],
    [text(document.peringatan), text(document.pencatatanPendataan)],
  ];
  return {
    table: { widths: ['*', '*'], body, dontBreakRows: true },
    layout: gridLayout,
    margin: [0, 12, 0, 0],
  };
}

/** Other notes the document prints, e.g. who the third parties are: title kept with text. */
function catatanTable(catatan: string): Content {
  return {
    table: {
      widths: ['*'],
      headerRows: 1,
      keepWithHeaderRows: 1,
      body: [[boxTitle('CATATAN')], [{ text: catatan }]],
    },
    layout: gridLayout,
    margin: [0, 12, 0, 0],
  };
}

/** The identity page's content, `width` points wide. */
export function identityPage(office: Office, document: SopDocument, width: number): Content {
  return {
    stack: [
      headerTable(office, document, width),
      boxesTable(document),
      ...(document.catatan ? [catatanTable(document.catatan)] : []),
    ],
    fontSize: SOP_STYLE.identityFontSize,
    lineHeight: 1.1,
  };
}
