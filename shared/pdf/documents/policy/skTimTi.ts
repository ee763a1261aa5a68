import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../format/date';
import { formatNip } from '../../../format/nip';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import { jabatanLine } from '../../signatureBlock';
import { calendarDate, formTableLayout, pageFooter } from '../requests/common';
import type { SkTimRequest } from './policyDocs';

export const SK_TIM_NAME = 'SK Tim Teknologi Informasi';
export const SK_TIM_SUBJECT = 'PEMBENTUKAN TIM TEKNOLOGI INFORMASI';
/** The dicta in the order court decrees number them. */
export const DIKTUM = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM'] as const;
const DOTS_NOMOR = '........................................';
const DOTS_NAMA = '(........................................)';
const FS = 12;
const LABEL = 86;
const COLON = 10;

/** "Pengadilan Agama Mukomuko" → "KETUA PENGADILAN AGAMA MUKOMUKO". */
function ketuaOf(namaPengadilan: string): string {
  return `KETUA ${namaPengadilan.toUpperCase()}`;
}

/** A labelled part of the decree: "Menimbang : a. ...", the items hanging under the first. */
function labelled(label: string, items: readonly Content[]): Content {
  return {
    columns: [
      { width: LABEL, text: label },
      { width: COLON, text: ':' },
      { width: '*', stack: [...items] },
    ],
    margin: [0, 0, 0, 8],
  };
}

/** "a." "b." … or "1." "2." … hanging before each item. */
function numbered(items: readonly string[], mark: (i: number) => string): Content[] {
  return items.map((item, i) => ({
    columns: [
      { width: 18, text: mark(i) },
      { width: '*', text: item, alignment: 'justify' },
    ],
    margin: [0, 0, 0, 2],
  }));
}

const letter = (i: number) => `${String.fromCharCode(97 + (i % 26))}.`;

function signature(req: SkTimRequest): Content {
  const city = req.office.kota;
  const ketua = req.ketua;
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 290,
        stack: [
          {
            columns: [
              { width: 100, text: 'Ditetapkan di' },
              { width: '*', text: `: ${city}` },
            ],
          },
          {
            columns: [
              { width: 100, text: 'pada tanggal' },
              { width: '*', text: `: ${formatTanggal(calendarDate(req.tanggal))}` },
            ],
          },
          { text: ' ', margin: [0, 4, 0, 0] },
          {
            text: ketua
              ? jabatanLine({ ...ketua, jabatan: ketuaOf(req.office.namaPengadilan) })
              : `${ketuaOf(req.office.namaPengadilan)},`,
          },
          { text: ' ', margin: [0, 0, 0, 52] },
          ketua ? { text: ketua.nama, bold: true, decoration: 'underline' } : { text: DOTS_NAMA },
          ...(ketua?.nip ? [{ text: `NIP. ${formatNip(ketua.nip)}` }] : []),
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 14, 0, 0],
  };
}

function heading(req: SkTimRequest, nomor: string): Content[] {
  const court = req.office.namaPengadilan.toUpperCase();
  return [
    { text: `KEPUTUSAN ${ketuaOf(req.office.namaPengadilan)}`, bold: true, alignment: 'center' },
    { text: `NOMOR ${nomor}`, bold: true, alignment: 'center' },
    { text: 'TENTANG', bold: true, alignment: 'center', margin: [0, 6, 0, 0] },
    {
      text: `${SK_TIM_SUBJECT} ${court} TAHUN ${req.tahun}`,
      bold: true,
      alignment: 'center',
    },
    {
      text: `${ketuaOf(req.office.namaPengadilan)},`,
      bold: true,
      alignment: 'center',
      margin: [0, 10, 0, 10],
    },
  ];
}

function dicta(req: SkTimRequest): Content[] {
  const court = req.office.namaPengadilan;
  const texts = [
    `Membentuk Tim Teknologi Informasi ${court} Tahun ${req.tahun} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran Keputusan ini.`,
    'Tim Teknologi Informasi sebagaimana dimaksud pada diktum KESATU mempunyai tugas:',
    'Dalam melaksanakan tugasnya Tim Teknologi Informasi bertanggung jawab dan melaporkan hasil pelaksanaan tugasnya kepada Ketua melalui Sekretaris.',
    'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada DIPA ' +
      `${court} Tahun Anggaran ${req.tahun}.`,
    'Keputusan ini berlaku sejak tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya.',
  ];
  return texts.map((text, i) =>
    labelled(`${DIKTUM[i] ?? ''}`, [
      { text, alignment: 'justify' },
      ...(i === 1 ? numbered(req.tugasTim, (j) => `${j + 1}.`) : []),
    ]),
  );
}

/** The dicta; the last one kept on the page of the signature, never a page with it alone. */
function dictaWithSignature(req: SkTimRequest): Content[] {
  const all = dicta(req);
  const last = all.pop();
  return [...all, { stack: last ? [last, signature(req)] : [signature(req)], unbreakable: true }];
}

function lampiran(req: SkTimRequest, nomor: string, width: number): Content[] {
  const head = (t: string): TableCell => ({ text: t, bold: true, alignment: 'center' });
  const body: TableCell[][] = [
    [head('No.'), head('Nama / NIP'), head('Jabatan'), head('Kedudukan dalam Tim'), head('Tugas')],
    ...req.anggota.map((a, i): TableCell[] => [
      { text: `${i + 1}.`, alignment: 'center' },
      { stack: [a.nama, ...(a.nip ? [`NIP. ${formatNip(a.nip)}`] : [])] },
      a.jabatan,
      a.kedudukan,
      a.tugas || '-',
    ]),
  ];
  return [
    {
      pageBreak: 'before',
      columns: [
        { width: '*', text: '' },
        {
          width: 300,
          fontSize: 11,
          stack: [
            `LAMPIRAN KEPUTUSAN ${ketuaOf(req.office.namaPengadilan)}`,
            `NOMOR ${nomor}`,
            `TANGGAL ${formatTanggal(calendarDate(req.tanggal)).toUpperCase()}`,
          ],
        },
      ],
      margin: [0, 0, 0, 14],
    },
    {
      text: `SUSUNAN KEANGGOTAAN DAN TUGAS TIM TEKNOLOGI INFORMASI ${req.office.namaPengadilan.toUpperCase()} TAHUN ${req.tahun}`,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        widths: [24, width * 0.28, width * 0.2, width * 0.17, '*'],
        body,
        dontBreakRows: true,
      },
      layout: formTableLayout,
      fontSize: 10.5,
    },
    signature(req),
  ];
}

/** The SK Tim TI as a draft Keputusan Ketua: kop, considerations, dicta, signature, Lampiran. */
export function skTimDefinition(req: SkTimRequest): TDocumentDefinitions {
  const m = PORTRAIT_MARGINS;
  const width = contentWidth(req.paper);
  const nomor = req.nomor || DOTS_NOMOR;
  return {
    pageSize: pageSizePoints(req.paper, 'portrait'),
    pageMargins: marginsArray(m),
    info: { title: `${SK_TIM_NAME} ${req.tahun}` },
    defaultStyle: { font: SERIF, fontSize: FS, lineHeight: 1.15 },
    footer: pageFooter(SK_TIM_NAME, m),
    content: [
      kopSurat(req.office, width),
      ...heading(req, nomor),
      labelled('Menimbang', numbered(req.menimbang, letter)),
      labelled(
        'Mengingat',
        numbered(req.mengingat, (i) => `${i + 1}.`),
      ),
      { text: 'MEMUTUSKAN:', bold: true, alignment: 'center', margin: [0, 4, 0, 8] },
      labelled('Menetapkan', [
        {
          text: `KEPUTUSAN ${ketuaOf(req.office.namaPengadilan)} TENTANG ${SK_TIM_SUBJECT} ${req.office.namaPengadilan.toUpperCase()} TAHUN ${req.tahun}.`,
        },
      ]),
      ...dictaWithSignature(req),
      ...lampiran(req, nomor, width),
    ],
  };
}
