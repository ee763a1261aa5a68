import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatHariTanggal, formatJam } from '../../format/date';
import { SANS, SERIF } from '../fonts';
import { kopSurat } from '../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../layout';
import { mm, PAPER_SIZES, pageSizePoints } from '../paper';
import { signatureAtRight } from '../signatureBlock';
import type { UjiKopRequest } from './request';

export const UJI_KOP_TITLE = 'UJI CETAK KOP SURAT';
const RULER_MM = 100;

/** A 100 mm rule with a tick every centimetre, to check the printer does not scale. */
function ruler(): Content {
  const length = mm(RULER_MM);
  const ticks = Array.from({ length: RULER_MM / 10 + 1 }, (_, i) => {
    const x = mm(i * 10);
    const tall = i % 5 === 0;
    return { type: 'line' as const, x1: x, y1: 0, x2: x, y2: tall ? 10 : 6, lineWidth: 0.6 };
  });
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.8 }, ...ticks],
    margin: [0, 4, 0, 4],
  };
}

function row(label: string, value: string): Content[] {
  return [{ text: label }, { text: ':' }, { text: value }];
}

export function ujiKopDefinition(req: UjiKopRequest): TDocumentDefinitions {
  const width = contentWidth(req.paper);
  const printedAt = new Date(req.printedAt);
  const paper = PAPER_SIZES[req.paper];
  const m = PORTRAIT_MARGINS;
  const marginText = `kiri ${Math.round(m.left / mm(1))} mm, atas ${Math.round(m.top / mm(1))} mm, kanan ${Math.round(m.right / mm(1))} mm, bawah ${Math.round(m.bottom / mm(1))} mm`;

  const content: Content[] = [
    kopSurat(req.office, width),
    { text: UJI_KOP_TITLE, bold: true, decoration: 'underline', alignment: 'center', fontSize: 13 },
    { text: `Kertas ${paper.id}`, alignment: 'center', margin: [0, 2, 0, 14] },
    {
      text: 'Lembar ini dicetak dari Meja TI untuk memeriksa kop surat, ukuran kertas dan batas cetak printer sebelum dokumen resmi dicetak.',
      alignment: 'justify',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        widths: [110, 6, '*'],
        body: [
          row('Ukuran kertas', paper.label),
          row('Orientasi', 'Tegak (portrait)'),
          row('Batas cetak', marginText),
          row('Dicetak pada', `${formatHariTanggal(printedAt)} pukul ${formatJam(printedAt)}`),
          row('Huruf', 'Tinos (setara Times New Roman) dan Arimo (setara Arial)'),
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    { text: 'Contoh huruf:', bold: true },
    {
      ul: [
        { text: 'Tinos biasa — Pengadilan Agama, 0123456789.' },
        { text: 'Tinos tebal — Pengadilan Agama, 0123456789.', bold: true },
        { text: 'Tinos miring — Pengadilan Agama, 0123456789.', italics: true },
        { text: 'Arimo biasa — Pengadilan Agama, 0123456789.', font: SANS },
        { text: 'Arimo tebal — Pengadilan Agama, 0123456789.', font: SANS, bold: true },
      ],
      margin: [0, 2, 0, 12],
    },
    {
      text: `Garis uji di bawah ini harus tepat ${RULER_MM} mm bila printer mencetak tanpa penskalaan (skala 100%):`,
    },
    ruler(),
    { text: 'Periksa hasil cetak:', bold: true, margin: [0, 10, 0, 2] },
    {
      ol: [
        'Kop surat lengkap, lurus dan berada di tengah.',
        'Garis ganda di bawah kop tidak terpotong di kiri maupun kanan.',
        `Garis uji berukuran ${RULER_MM} mm.`,
        'Blok tanda tangan berada di kanan bawah dan tidak terpotong.',
      ],
    },
  ];
  if (req.signer) {
    content.push(
      signatureAtRight({ signer: req.signer, place: { city: req.office.kota, date: printedAt } }),
    );
  }

  return {
    pageSize: pageSizePoints(req.paper),
    pageOrientation: 'portrait',
    pageMargins: marginsArray(m),
    info: { title: `Uji Cetak Kop Surat (${paper.id})`, creator: 'Meja TI', producer: 'Meja TI' },
    defaultStyle: { font: SERIF, fontSize: 12, lineHeight: 1.15 },
    content,
    footer: (currentPage, pageCount) => ({
      text: `Uji Cetak Kop Surat — Halaman ${currentPage} dari ${pageCount}`,
      fontSize: 8,
      font: SANS,
      color: '#555555',
      alignment: 'right',
      margin: [m.left, 8, m.right, 0],
    }),
  };
}
