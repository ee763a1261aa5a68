import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatJam, formatTanggal } from '../../../format/date';
import { formatAngka } from '../../../format/number';
import {
  DEFAULT_CATEGORIES,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
} from '../../../requests/schema';
import { WEEKDAY_LABELS, WEEKDAYS } from '../../../requests/workingTime';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { marginsArray } from '../../layout';
import { mm, pageSizePoints } from '../../paper';
import { signatureAtRight } from '../../signatureBlock';
import { calendarDate, CELL_PAD_Y, pageFooter, RULE, truncateText, widthOf } from './common';
import type { DaftarPermintaanRequest, DaftarRow } from './requestDocs';

export const DAFTAR_TITLE = 'DAFTAR PERMINTAAN LAYANAN TEKNOLOGI INFORMASI';
export const DAFTAR_NAME = 'Daftar Permintaan Layanan TI';
export const DAFTAR_EMPTY = 'Tidak ada permintaan pada periode ini.';
export const REKAP_HEADING = 'REKAPITULASI';
/** Longest uraian the register prints; the request itself holds the rest. */
export const DAFTAR_URAIAN_MAX = 160;

/** Landscape margins: a little wider on the left, for binding. */
export const DAFTAR_MARGINS = { left: mm(20), top: mm(15), right: mm(15), bottom: mm(15) };

const FS = 8;
const LH = 1.1;
const PAD_X = 3;

export const DAFTAR_COLUMNS = [
  'No',
  'Nomor',
  'Diterima',
  'Pemohon / Unit',
  'Kategori',
  'Uraian',
  'Prioritas',
  'Status',
  'Selesai',
  'Durasi',
  'Ket.',
] as const;
/** Wide enough for the longest date, "30 September 2026", on one line. */
const DATE_WIDTH = Math.ceil(widthOf('30 September 2026', FS)) + 1;
const WIDTHS: (number | '*')[] = [18, 64, DATE_WIDTH, 92, 58, '*', 46, 48, DATE_WIDTH, 50, 72];

const tableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => CELL_PAD_Y,
  paddingBottom: () => CELL_PAD_Y,
  fillColor: (row: number) => (row === 0 ? '#e8e8e8' : null),
};

export interface Tally {
  label: string;
  count: number;
}

/**
 * How many rows have each value of `key`: the values of `order` first in that order, then
 * the others alphabetically; values no row has are left out. An empty value counts as "-".
 */
export function tally(
  rows: readonly DaftarRow[],
  key: 'status' | 'kategori',
  order: readonly string[],
): Tally[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const label = row[key].trim() || '-';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const rank = (label: string) => {
    const i = order.indexOf(label);
    return i === -1 ? order.length : i;
  };
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label, 'id'));
}

/** Status labels in the order the workflow reaches them. */
export const STATUS_ORDER: readonly string[] = REQUEST_STATUSES.map(
  (s) => REQUEST_STATUS_LABELS[s],
);

/** Date over time; `withDay` adds the weekday ("Minggu, 14.30"), as the request was received. */
function dateTime(iso: string | null, withDay = false): Content {
  if (!iso) return { text: '-', alignment: 'center' };
  const at = new Date(iso);
  const day = WEEKDAY_LABELS[WEEKDAYS[at.getDay()] ?? '0'];
  return { stack: [formatTanggal(at), withDay ? `${day}, ${formatJam(at)}` : formatJam(at)] };
}

function bodyRow(row: DaftarRow, index: number): TableCell[] {
  return [
    { text: formatAngka(index + 1), alignment: 'right' },
    { text: row.nomor },
    dateTime(row.diterimaPada, true),
    {
      stack: [
        { text: row.pemohon },
        ...(row.unit.trim() ? [{ text: row.unit, italics: true }] : []),
      ],
    },
    { text: row.kategori || '-' },
    { text: truncateText(row.uraian, DAFTAR_URAIAN_MAX) || '-' },
    { text: row.prioritas || '-' },
    { text: row.status || '-' },
    dateTime(row.selesaiPada),
    row.durasi.trim() ? { text: row.durasi } : { text: '-', alignment: 'center' },
    keterangan(row),
  ];
}

/**
 * Ket.: cancelled and why, late, and the numbers the request carried before (a draft
 * printed, a collision).
 */
function keterangan(row: DaftarRow): TableCell {
  const notes: Content[] = [
    ...(row.dibatalkan?.trim() ? [{ text: row.dibatalkan.trim(), bold: true }] : []),
    ...(row.terlambat ? [{ text: 'Terlambat', bold: true }] : []),
    ...(row.terlambat && row.ketTerlambat ? [{ text: row.ketTerlambat, fontSize: 7 }] : []),
    ...(row.nomorLama?.trim() ? [{ text: `Nomor ${row.nomorLama.trim()}`, fontSize: 7 }] : []),
  ];
  return notes.length > 0 ? { stack: notes } : { text: '' };
}

/** A small "label | Jumlah" table with its total row. */
function tallyTable(heading: string, tallies: readonly Tally[], total: number): Content {
  const body: TableCell[][] = [
    [
      { text: heading, bold: true },
      { text: 'Jumlah', bold: true, alignment: 'right' },
    ],
    ...tallies.map((t): TableCell[] => [
      { text: t.label },
      { text: formatAngka(t.count), alignment: 'right' },
    ]),
    [
      { text: 'Jumlah', bold: true },
      { text: formatAngka(total), bold: true, alignment: 'right' },
    ],
  ];
  return { table: { widths: ['*', 50], body, headerRows: 1 }, layout: tableLayout };
}

export function daftarPermintaanDefinition(req: DaftarPermintaanRequest): TDocumentDefinitions {
  const { data } = req;
  const m = DAFTAR_MARGINS;
  const page = pageSizePoints(req.paper, 'landscape');
  const width = page.width - m.left - m.right;
  const periode = `Periode ${formatTanggal(calendarDate(data.dari))} s.d. ${formatTanggal(calendarDate(data.sampai))}`;

  const header: TableCell[] = DAFTAR_COLUMNS.map((c) => ({
    text: c,
    bold: true,
    alignment: 'center',
  }));
  const rows: TableCell[][] =
    data.rows.length > 0
      ? data.rows.map(bodyRow)
      : [
          [
            {
              text: DAFTAR_EMPTY,
              colSpan: DAFTAR_COLUMNS.length,
              alignment: 'center',
              italics: true,
            },
            ...DAFTAR_COLUMNS.slice(1).map(() => ({})),
          ],
        ];

  const total = data.rows.length;
  // A request registered by mistake and cancelled is listed but not counted as one.
  const cancelled = data.rows.filter((r) => r.dibatalkan).length;
  const late = data.rows.filter((r) => r.terlambat && !r.dibatalkan).length;
  const rekap: Content = {
    stack: [
      { text: REKAP_HEADING, bold: true, fontSize: 10, margin: [0, 0, 0, 4] },
      {
        columns: [
          {
            width: 220,
            stack: [tallyTable('Status', tally(data.rows, 'status', STATUS_ORDER), total)],
          },
          {
            width: 260,
            stack: [
              tallyTable('Kategori', tally(data.rows, 'kategori', DEFAULT_CATEGORIES), total),
            ],
          },
          { width: '*', text: '' },
        ],
        columnGap: 24,
      },
      total > 0
        ? {
            text:
              `Permintaan terlambat: ${formatAngka(late)} dari ${formatAngka(total - cancelled)} ` +
              `permintaan${cancelled > 0 ? ` (${formatAngka(cancelled)} dibatalkan, tidak dihitung)` : ''}.`,
            margin: [0, 6, 0, 0],
          }
        : { text: '' },
    ],
    fontSize: 9,
    lineHeight: LH,
    unbreakable: true,
    margin: [0, 12, 0, 0],
  };

  const content: Content[] = [
    kopSurat(req.office, width),
    { text: DAFTAR_TITLE, bold: true, alignment: 'center', fontSize: 13 },
    { text: periode, alignment: 'center', fontSize: 11, margin: [0, 2, 0, 10] },
    {
      table: {
        widths: WIDTHS,
        headerRows: 1,
        dontBreakRows: true,
        body: [header, ...rows],
      },
      layout: tableLayout,
      fontSize: FS,
      lineHeight: LH,
    },
  ];
  if (data.penandaTangan) {
    // The signature and the rekap are one unbreakable block, so a page never holds the
    // signature alone: when both do not fit under the last rows, both go over.
    const place = { city: req.office.kota, date: new Date(req.printedAt) };
    content.push({
      stack: [
        rekap,
        {
          stack: [signatureAtRight({ signer: data.penandaTangan, place, width: 260 })],
          fontSize: 11,
        },
      ],
      unbreakable: true,
    });
  } else {
    content.push(rekap);
  }

  return {
    pageSize: page,
    pageOrientation: 'landscape',
    pageMargins: marginsArray(m),
    info: { title: `${DAFTAR_NAME} — ${periode}`, creator: 'Meja TI', producer: 'Meja TI' },
    defaultStyle: { font: SERIF, fontSize: 12, lineHeight: 1.15 },
    content,
    footer: pageFooter(DAFTAR_NAME, m),
  };
}
