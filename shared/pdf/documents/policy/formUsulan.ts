import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import { dottedLines, formTableLayout, pageFooter } from '../requests/common';
import type { FormUsulanRequest } from './policyDocs';

export const FORM_USULAN_NAME = 'Form Usulan Program Kerja dan Anggaran TI';
export const FORM_USULAN_TITLE = 'FORM USULAN PROGRAM KERJA DAN ANGGARAN TEKNOLOGI INFORMASI';
export const FORM_USULAN_COLUMNS = [
  'No',
  'Program/Kegiatan yang Diusulkan',
  'Uraian dan Alasan Kebutuhan',
  'Perkiraan Biaya (Rp)',
  'Triwulan',
] as const;
const FS = 11;
const ROWS = 5;
const ROW_HEIGHT = 22;

function field(label: string, width: number): Content {
  return {
    columns: [
      { width: 130, text: label },
      { width: 10, text: ':' },
      { width: '*', stack: [dottedLines(1, width - 140, 16, FS)] },
    ],
    margin: [0, 0, 0, 6],
  };
}

/** The blank form a unit fills in by hand and hands to the PTIP with its proposals. */
export function formUsulanDefinition(req: FormUsulanRequest): TDocumentDefinitions {
  const m = PORTRAIT_MARGINS;
  const width = contentWidth(req.paper);
  const head: TableCell[] = FORM_USULAN_COLUMNS.map((c) => ({
    text: c,
    bold: true,
    alignment: 'center',
    fillColor: '#eeeeee',
  }));
  const blank: TableCell[][] = Array.from({ length: ROWS }, (_, i) => [
    { text: `${i + 1}.`, alignment: 'center', margin: [0, 0, 0, ROW_HEIGHT] },
    '',
    '',
    '',
    '',
  ]);
  const signer = (caption: string, jabatan: string): Column => ({
    width: '*',
    stack: [
      { text: caption },
      { text: jabatan },
      { text: ' ', margin: [0, 0, 0, 52] },
      { text: '(........................................)' },
      { text: 'NIP. ....................................' },
    ],
  });
  return {
    pageSize: pageSizePoints(req.paper, 'portrait'),
    pageMargins: marginsArray(m),
    info: { title: `${FORM_USULAN_NAME} ${req.tahun}` },
    defaultStyle: { font: SERIF, fontSize: FS, lineHeight: 1.15 },
    footer: pageFooter(FORM_USULAN_NAME, m),
    content: [
      kopSurat(req.office, width),
      { text: FORM_USULAN_TITLE, bold: true, alignment: 'center', fontSize: 12.5 },
      {
        text: `TAHUN ANGGARAN ${req.tahun}`,
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      field('Unit kerja pengusul', width),
      field('Nama penanggung jawab', width),
      field('Tanggal usulan', width),
      {
        table: {
          headerRows: 1,
          widths: [22, width * 0.3, '*', width * 0.17, width * 0.1],
          body: [head, ...blank],
        },
        layout: formTableLayout,
        fontSize: 10,
        margin: [0, 6, 0, 8],
      },
      { text: 'Diisi oleh Subbagian PTIP:', italics: true, fontSize: 10 },
      field('Diterima tanggal', width),
      field('Petugas penerima', width),
      {
        columns: [
          signer('Mengetahui,', 'Kepala/Pimpinan Unit Pengusul,'),
          { width: 40, text: '' },
          signer('Pengusul,', ' '),
        ],
        unbreakable: true,
        margin: [0, 14, 0, 0],
      },
    ],
  };
}
