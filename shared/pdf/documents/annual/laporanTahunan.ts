import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatTempatTanggal } from '../../../format/date';
import type { AnnualReportRequest } from '../../../statistics/annualReportSchema';
import { periodLabel } from '../../../statistics/period';
import type { StatCell, StatTable } from '../../../statistics/tables';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import { reportSignatures } from '../maintenance/signatures';
import { calendarDate, pageFooter } from '../requests/common';
import { toRoman } from '../../../format/roman';

export const LAPORAN_TAHUNAN_NAME = 'Laporan Tahunan TI';

/** The report's chapters and the statistics tables each holds, in print order. */
export const ANNUAL_SECTIONS: readonly { judul: string; tabel: readonly string[] }[] = [
  {
    judul: 'Permintaan Layanan TI',
    tabel: ['bulan', 'kategori', 'unit', 'saluran', 'prioritas', 'tahap'],
  },
  { judul: 'Waktu Langkah terhadap Mutu Baku SOP', tabel: ['langkah', 'petugas'] },
  {
    judul: 'Pemeliharaan dan Kondisi Perangkat TI',
    tabel: ['pemeliharaan', 'kondisi', 'tahunPerolehan'],
  },
  { judul: 'Pengamanan dan Cadangan Data', tabel: ['jaringan', 'cadangan'] },
  { judul: 'Kebijakan dan Program TI', tabel: ['programTi'] },
  {
    judul: 'Website: Ketersediaan, Masalah dan Konten',
    tabel: ['ketersediaanWebsite', 'masalahWebsite', 'kontenWebsite'],
  },
];

const BAR_COLORS = ['#1c5aa6', '#e8590c', '#c92a2a', '#2b8a3e', '#862e9c'];
const TABLE_FS = 9;
const LABEL_WIDTH = 130;
/** The figures' column: room for small counts, widened for rupiah (8 pt, ~4.3 pt a digit). */
const MIN_VALUE_WIDTH = 34;
const MAX_VALUE_WIDTH = 150;
const FIGURE_CHAR_WIDTH = 4.3;
const BAR_HEIGHT = 7;

const cellText = (c: StatCell | undefined): string =>
  c === null || c === undefined ? '-' : typeof c === 'number' ? c.toLocaleString('id-ID') : c;
const cellNumber = (c: StatCell | undefined): number => (typeof c === 'number' ? c : 0);

/**
 * The table's chart drawn with pdfmake's vector canvas: one row per table row, its label,
 * a bar per series (side by side, or one stacked bar) scaled to the largest value, and the
 * figures. Nothing to draw (every value 0): a line saying so.
 */
export function barChart(table: StatTable, width: number): Content {
  const { seri, bertumpuk } = table.grafik;
  const value = (row: StatCell[]) =>
    bertumpuk ? seri.reduce((sum, c) => sum + cellNumber(row[c]), 0) : 0;
  const max = Math.max(
    0,
    ...table.baris.flatMap((r) => (bertumpuk ? [value(r)] : seri.map((c) => cellNumber(r[c])))),
  );
  if (max === 0) return { text: 'Belum ada data pada periode ini.', italics: true, fontSize: 9 };
  const figuresOf = (row: StatCell[]) =>
    bertumpuk ? cellText(value(row)) : seri.map((c) => cellText(row[c])).join(' / ');
  const longest = Math.max(0, ...table.baris.map((r) => figuresOf(r).length));
  const valueWidth = Math.min(
    MAX_VALUE_WIDTH,
    Math.max(MIN_VALUE_WIDTH, Math.ceil(longest * FIGURE_CHAR_WIDTH) + 4),
  );
  const barWidth = width - LABEL_WIDTH - valueWidth - 24;
  const scale = (n: number) => (n / max) * barWidth;
  const body: TableCell[][] = table.baris.map((row) => {
    let shapes: Content;
    if (bertumpuk) {
      let x = 0;
      const rects = seri.map((c, i) => {
        const w = scale(cellNumber(row[c]));
        const rect = {
          type: 'rect' as const,
          x,
          y: 1,
          w,
          h: BAR_HEIGHT,
          color: BAR_COLORS[i % BAR_COLORS.length],
        };
        x += w;
        return rect;
      });
      shapes = { canvas: rects };
    } else {
      shapes = {
        canvas: seri.map((c, i) => ({
          type: 'rect' as const,
          x: 0,
          y: 1 + i * (BAR_HEIGHT + 1),
          w: Math.max(scale(cellNumber(row[c])), 0.5),
          h: BAR_HEIGHT,
          color: BAR_COLORS[i % BAR_COLORS.length],
        })),
      };
    }
    return [
      { text: cellText(row[0]), fontSize: 8, alignment: 'right' },
      shapes,
      { text: figuresOf(row), fontSize: 8 },
    ];
  });
  const legend: Content =
    seri.length > 1
      ? {
          columns: seri.map((c, i) => ({
            width: 'auto',
            columns: [
              {
                width: 10,
                canvas: [
                  {
                    type: 'rect',
                    x: 0,
                    y: 2,
                    w: 8,
                    h: 7,
                    color: BAR_COLORS[i % BAR_COLORS.length],
                  },
                ],
              },
              { width: 'auto', text: table.kolom[c] ?? '', fontSize: 8, margin: [0, 0, 10, 0] },
            ],
          })),
          margin: [LABEL_WIDTH + 8, 2, 0, 0],
        }
      : { text: '' };
  return {
    stack: [
      {
        table: { widths: [LABEL_WIDTH, barWidth, valueWidth], body },
        layout: 'noBorders',
      },
      legend,
    ],
    margin: [0, 2, 0, 4],
  };
}

/** The table itself, ruled, with a bold header repeated on every page. */
export function dataTable(table: StatTable): Content {
  const numeric = table.kolom.map((_, i) => table.baris.some((r) => typeof r[i] === 'number'));
  const wide = table.kolom.indexOf('Kegiatan');
  const widths = table.kolom.map((_, i) => (i === wide || (wide < 0 && i === 0) ? '*' : 'auto'));
  const body: TableCell[][] = [
    table.kolom.map((k) => ({ text: k, bold: true, alignment: 'center' as const })),
    ...table.baris.map((r) =>
      table.kolom.map((_, i) => ({
        text: cellText(r[i]),
        alignment: numeric[i] ? ('right' as const) : ('left' as const),
      })),
    ),
  ];
  if (table.baris.length === 0) {
    body.push([
      { text: 'Tidak ada data pada periode ini.', colSpan: table.kolom.length, italics: true },
      ...table.kolom.slice(1).map(() => ({})),
    ]);
  }
  return {
    table: { headerRows: 1, widths, body, dontBreakRows: true },
    fontSize: TABLE_FS,
    margin: [0, 0, 0, 8],
  };
}

function section(
  index: number,
  judul: string,
  tables: readonly StatTable[],
  width: number,
): Content[] {
  const out: Content[] = [
    { text: `${toRoman(index)}. ${judul.toUpperCase()}`, bold: true, margin: [0, 10, 0, 4] },
  ];
  tables.forEach((t, i) => {
    out.push({
      stack: [
        { text: `${String.fromCharCode(65 + i)}. ${t.judul}`, bold: true, margin: [0, 4, 0, 2] },
        barChart(t, width),
      ],
      unbreakable: true,
    });
    out.push(dataTable(t));
  });
  return out;
}

/** "TAHUN 2026" or "TRIWULAN IV TAHUN 2026". */
export function annualPeriodLine(req: Pick<AnnualReportRequest, 'periode'>): string {
  const p = req.periode;
  if (p.jenis === 'tahun') return `TAHUN ${p.tahun}`;
  return `${periodLabel(p).replace(` ${p.tahun}`, '').toUpperCase()} TAHUN ${p.tahun}`;
}

/**
 * Laporan Tahunan TI (a year, or a quarter) for the court's leadership, portrait on F4 or
 * A4: kop, title, the summary, then the chapters, each table under its chart drawn with
 * pdfmake's vector canvas; the three signatures of the office's reports at the end.
 */
export function laporanTahunanDefinition(req: AnnualReportRequest): TDocumentDefinitions {
  const m = PORTRAIT_MARGINS;
  const width = contentWidth(req.paper);
  const byId = new Map(req.tabel.map((t) => [t.id, t]));
  const place = formatTempatTanggal(req.office.kota, calendarDate(req.tanggalLaporan));
  const summary: Content = {
    table: {
      widths: [180, '*'],
      body: req.ringkasan.map((r) => [{ text: r.label }, { text: r.nilai, bold: true }]),
    },
    fontSize: 10,
    margin: [0, 0, 0, 6],
  };
  const content: Content[] = [
    kopSurat(req.office, width),
    {
      stack: [
        { text: 'LAPORAN TAHUNAN TEKNOLOGI INFORMASI', bold: true },
        { text: annualPeriodLine(req), bold: true },
      ],
      alignment: 'center',
      fontSize: 12,
      margin: [0, 0, 0, 8],
    },
    { text: 'RINGKASAN', bold: true, margin: [0, 4, 0, 4] },
    {
      text: `Laporan ini disusun dari catatan Meja TI berdasarkan ${req.sop || 'SOP kantor'}.`,
      margin: [0, 0, 0, 4],
    },
    summary,
    ...ANNUAL_SECTIONS.map((s) => ({
      judul: s.judul,
      tables: s.tabel.flatMap((id) => {
        const t = byId.get(id);
        return t ? [t] : [];
      }),
    }))
      // A chapter with nothing recorded (no programme for the year yet) is left out.
      .filter((s) => s.tables.length > 0)
      .flatMap((s, i) => section(i + 1, s.judul, s.tables, width)),
    {
      stack: [reportSignatures(place, req.penandatangan, width)],
      unbreakable: true,
      margin: [0, 12, 0, 0],
    },
  ];
  const periode = periodLabel(req.periode);
  return {
    pageSize: pageSizePoints(req.paper),
    pageOrientation: 'portrait',
    pageMargins: marginsArray(m),
    info: {
      title: `${LAPORAN_TAHUNAN_NAME} — ${periode}`,
      creator: 'Meja TI',
      producer: 'Meja TI',
    },
    defaultStyle: { font: SERIF, fontSize: 11, lineHeight: 1.15 },
    content,
    footer: pageFooter(`${LAPORAN_TAHUNAN_NAME} ${periode}`, m),
  };
}
