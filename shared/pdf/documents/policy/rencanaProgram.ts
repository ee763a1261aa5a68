import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatAngka } from '../../../format/number';
import { toRoman } from '../../../format/roman';
import type { Office } from '../../../office/office';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray } from '../../layout';
import { mm, pageSizePoints } from '../../paper';
import { signatureBlock } from '../../signatureBlock';
import type { Signer } from '../../signer';
import { calendarDate, formTableLayout, pageFooter } from '../requests/common';
import type { ProgramRow, RencanaProgramRequest } from './policyDocs';

export const RENCANA_NAME = 'Rencana Program Teknologi Informasi';
export const RENCANA_EMPTY = 'Belum ada program dalam rencana ini.';
export const RENCANA_COLUMNS = [
  'No',
  'Program',
  'Tujuan',
  'Output',
  'Perkiraan Biaya (Rp)',
  'Triwulan',
  'Penanggung Jawab',
  'Usulan Asal',
  'Status',
  'Realisasi',
] as const;
const MARGINS = { left: mm(20), top: mm(15), right: mm(15), bottom: mm(15) };
const FS = 9;
/** Column shares of the table's width, in RENCANA_COLUMNS order. */
const SHARES = [0.035, 0.14, 0.135, 0.11, 0.09, 0.06, 0.11, 0.11, 0.085, 0.125];

export const rupiah = (n: number) => formatAngka(n);
export const triwulanText = (t: readonly number[]) =>
  [...t]
    .sort((a, b) => a - b)
    .map(toRoman)
    .join(', ');

function row(r: ProgramRow, i: number): TableCell[] {
  return [
    { text: `${i + 1}.`, alignment: 'center' },
    r.program,
    r.tujuan,
    r.output,
    { text: rupiah(r.perkiraanBiaya), alignment: 'right' },
    { text: triwulanText(r.triwulan), alignment: 'center' },
    r.penanggungJawab,
    r.usulanAsal || '-',
    r.status,
    r.realisasi || '-',
  ];
}

function blankSigner(jabatan: string): Signer {
  return { jabatan, nama: '(........................................)', nip: '' };
}

function signatures(req: RencanaProgramRequest, office: Office): Content {
  const date = calendarDate(req.tanggal);
  return {
    columns: [
      {
        width: '*',
        stack: [
          signatureBlock({
            signer: req.pengesah ?? blankSigner('Ketua'),
            caption: 'Mengetahui/Menetapkan,',
          }),
        ],
      },
      { width: '*', text: '' },
      {
        width: 250,
        stack: [
          signatureBlock({
            signer: req.penyusun ?? blankSigner('Kepala Subbagian PTIP'),
            place: { city: office.kota, date },
          }),
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 16, 0, 0],
  };
}

/** The year's Rencana Program TI: a landscape table, the total, and the signatures. */
export function rencanaProgramDefinition(req: RencanaProgramRequest): TDocumentDefinitions {
  const width = contentWidth(req.paper, 'landscape', MARGINS);
  const total = req.rows.reduce((sum, r) => sum + r.perkiraanBiaya, 0);
  const head: TableCell[] = RENCANA_COLUMNS.map((c) => ({
    text: c,
    bold: true,
    alignment: 'center',
    fillColor: '#eeeeee',
  }));
  const body: TableCell[][] = [head, ...req.rows.map(row)];
  if (req.rows.length === 0) {
    body.push([{ text: RENCANA_EMPTY, colSpan: 10, alignment: 'center', italics: true }]);
  }
  body.push([
    { text: 'JUMLAH', colSpan: 4, bold: true, alignment: 'right' },
    '',
    '',
    '',
    { text: rupiah(total), bold: true, alignment: 'right' },
    { text: '', colSpan: 5 },
    '',
    '',
    '',
    '',
  ]);
  // pdfmake adds each cell's padding (4 + 4) and rules to its width.
  const widths = SHARES.map((s) => s * width - 8.6);
  return {
    pageSize: pageSizePoints(req.paper, 'landscape'),
    pageOrientation: 'landscape',
    pageMargins: marginsArray(MARGINS),
    info: { title: `${RENCANA_NAME} ${req.tahun}` },
    defaultStyle: { font: SERIF, fontSize: FS, lineHeight: 1.1 },
    footer: pageFooter(RENCANA_NAME, MARGINS),
    content: [
      kopSurat(req.office, width),
      {
        text: `${RENCANA_NAME.toUpperCase()} TAHUN ${req.tahun}`,
        bold: true,
        fontSize: 13,
        alignment: 'center',
      },
      { text: req.judul, alignment: 'center', fontSize: 11 },
      {
        text: `Status: ${req.status}`,
        alignment: 'center',
        fontSize: 10,
        margin: [0, 2, 0, 8],
      },
      {
        table: { headerRows: 1, widths, body, dontBreakRows: true },
        layout: formTableLayout,
      },
      { stack: [signatures(req, req.office)], fontSize: 11 },
    ],
  };
}
