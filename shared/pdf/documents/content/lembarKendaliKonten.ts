import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatTempatTanggal } from '../../../format/date';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray } from '../../layout';
import { mm, pageSizePoints } from '../../paper';
import { signatureBlock } from '../../signatureBlock';
import type { Signer } from '../../signer';
import { calendarDate, formTableLayout, pageFooter } from '../requests/common';
import type { KendaliStepRow, LembarKendaliKontenRequest } from './contentDocs';

export const KENDALI_NAME = 'Lembar Kendali Konten Website';
export const KENDALI_COLUMNS = [
  'Langkah',
  'Kegiatan',
  'Petugas',
  'Selesai',
  'Waktu / Mutu Baku',
  'Keputusan dan Catatan',
] as const;
export const KENDALI_EMPTY = 'Belum ada langkah yang dicatat.';
const MARGINS = { left: mm(20), top: mm(15), right: mm(15), bottom: mm(15) };
const FS = 9;
/** Column shares of the table's width, in KENDALI_COLUMNS order. */
const SHARES = [0.1, 0.29, 0.14, 0.11, 0.12, 0.24];

function stepRow(r: KendaliStepRow): TableCell[] {
  return [
    { text: r.langkah, alignment: 'center' },
    r.kegiatan,
    r.petugas || '-',
    r.waktu || '-',
    r.durasi || '-',
    r.catatan || '-',
  ];
}

function blankSigner(jabatan: string): Signer {
  return { jabatan, nama: '(........................................)', nip: '' };
}

function signatures(req: LembarKendaliKontenRequest): Content {
  const block = (signer: Signer | null, role: string) => ({
    width: '*' as const,
    // The SOP role over the jabatan, unless the jabatan says it already (a line kept blank).
    stack: [
      signatureBlock({
        signer: signer ?? blankSigner(role),
        caption: signer && signer.jabatan !== role ? role : ' ',
      }),
    ],
  });
  return {
    stack: [
      {
        text: formatTempatTanggal(req.office.kota, calendarDate(req.tanggal)),
        alignment: 'right',
        margin: [0, 0, 0, 4],
      },
      {
        columns: [
          block(req.redaktur, 'Redaktur'),
          block(req.editor, 'Editor'),
          block(req.penanggungJawab, 'Penanggung Jawab'),
        ],
        columnGap: 12,
      },
    ],
    unbreakable: true,
    margin: [0, 16, 0, 0],
  };
}

/** One content item of SOP E: its fields, each step with who, when and how long, the signatures. */
export function lembarKendaliKontenDefinition(
  req: LembarKendaliKontenRequest,
): TDocumentDefinitions {
  const width = contentWidth(req.paper, 'landscape', MARGINS);
  const head: TableCell[] = KENDALI_COLUMNS.map((c) => ({
    text: c,
    bold: true,
    alignment: 'center',
    fillColor: '#eeeeee',
  }));
  const body: TableCell[][] = [head, ...req.steps.map(stepRow)];
  if (req.steps.length === 0) {
    body.push([{ text: KENDALI_EMPTY, colSpan: 6, alignment: 'center', italics: true }]);
  }
  const widths = SHARES.map((s) => s * width - 8.6);
  const fieldTable: Content = {
    table: {
      widths: [mm(40), '*'],
      body: req.fields.map((f) => [{ text: f.label, bold: true }, f.value || '-']),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
  return {
    pageSize: pageSizePoints(req.paper, 'landscape'),
    pageOrientation: 'landscape',
    pageMargins: marginsArray(MARGINS),
    info: { title: KENDALI_NAME },
    defaultStyle: { font: SERIF, fontSize: FS, lineHeight: 1.1 },
    footer: pageFooter(KENDALI_NAME, MARGINS),
    content: [
      kopSurat(req.office, width),
      {
        text: KENDALI_NAME.toUpperCase(),
        bold: true,
        fontSize: 13,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      },
      { stack: [fieldTable], fontSize: 10 },
      {
        table: { headerRows: 1, widths, body, dontBreakRows: true },
        layout: formTableLayout,
      },
      { stack: [signatures(req)], fontSize: 10 },
    ],
  };
}
