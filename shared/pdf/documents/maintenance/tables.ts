import type { Content, TableCell } from 'pdfmake/interfaces';
import type {
  CadanganRow,
  JadwalRow,
  JaringanRow,
  PerangkatRow,
  TemuanRow,
  UatRow,
} from '../../../maintenance/reportSchema';
import { formatTanggal } from '../../../format/date';
import { compareDeviceRows } from '../../../maintenance/deviceOrder';
import { calendarDate, widthOf } from '../requests/common';
import {
  DATE_WIDTH,
  dateCell,
  NO_WIDTH,
  noCell,
  numberCell,
  type ReportColumn,
  reportTable,
  subHeading,
  TABLE_FS,
  textCell,
} from './reportTable';

/**
 * The report's tables. Fixed columns are sized for their longest usual value at TABLE_FS;
 * the flexible columns share what is left, which on A4 portrait is still over 50 pt each.
 */

const BMN_WIDTH = Math.ceil(widthOf('3.10.02.01.003', TABLE_FS)) + 4;
/** "Rusak Ringan" takes two lines; "Kondisi" in bold one. */
const KONDISI_WIDTH = Math.ceil(widthOf('Kondisi', TABLE_FS, true)) + 6;
const COUNT_WIDTH = Math.ceil(widthOf('Terlaksana', TABLE_FS, true)) + 2;
const PERSON_WIDTH = 54;
const STAR = { flex: 1 };

export const SCHEDULE_COLUMNS: readonly ReportColumn[] = [
  { header: 'No', width: NO_WIDTH },
  { header: 'Kegiatan', width: STAR },
  { header: 'Frekuensi', width: 50 },
  { header: 'Sasaran', width: 80 },
  { header: 'Terjadwal', width: COUNT_WIDTH },
  { header: 'Terlaksana', width: COUNT_WIDTH },
  { header: 'Tepat Waktu', width: COUNT_WIDTH },
];

export function scheduleTable(
  width: number,
  rows: readonly JadwalRow[],
  total: { terjadwal: number; terlaksana: number; tepat: number },
): Content {
  const body = rows.map((r, i): TableCell[] => [
    noCell(i),
    textCell(r.kegiatan),
    textCell(r.frekuensi),
    textCell(r.sasaran),
    numberCell(r.terjadwal),
    numberCell(r.terlaksana),
    numberCell(r.tepatWaktu),
  ]);
  const totalRow: TableCell[] = [
    { text: 'Jumlah', bold: true, colSpan: 4 },
    {},
    {},
    {},
    numberCell(total.terjadwal, true),
    numberCell(total.terlaksana, true),
    numberCell(total.tepat, true),
  ];
  return reportTable(SCHEDULE_COLUMNS, width, body, [totalRow]);
}

/** Least and most width of the Ruangan column: its longest word decides in between. */
const ROOM_WIDTH = { min: 50, max: 110 } as const;

/**
 * The device table: the activity of a check, its date and officer are said once over the
 * group of devices it covered; each device row says what the reader needs of it.
 */
export function deviceColumns(rows: readonly PerangkatRow[]): ReportColumn[] {
  // A room name breaks between words, never inside one ("Kesekretariatan").
  const longestWord = rows
    .flatMap((r) => r.ruangan.split(/\s+/))
    .reduce((max, word) => Math.max(max, widthOf(word, TABLE_FS)), 0);
  const room = Math.min(ROOM_WIDTH.max, Math.max(ROOM_WIDTH.min, Math.ceil(longestWord) + 1));
  return [
    { header: 'No', width: NO_WIDTH },
    { header: 'Perangkat', width: { flex: 3 } },
    { header: 'Kode BMN / NUP', width: BMN_WIDTH },
    { header: 'Ruangan', width: room },
    { header: 'Kondisi', width: KONDISI_WIDTH },
    { header: 'Hasil / Tindakan', width: { flex: 2 } },
  ];
}

function bmnCell(row: PerangkatRow): TableCell {
  if (!row.kodeBmn && !row.nup) return textCell('');
  return {
    stack: [
      ...(row.kodeBmn ? [{ text: row.kodeBmn }] : []),
      ...(row.nup ? [{ text: `NUP ${row.nup}` }] : []),
    ],
  };
}

export const NOT_CHECKED = 'Belum diperiksa pada bulan ini';

interface DeviceGroup {
  kegiatan: string;
  tanggal: string | null;
  petugas: string;
  rows: PerangkatRow[];
}

/** Devices by the check that covered them. */
export function deviceGroups(rows: readonly PerangkatRow[]): DeviceGroup[] {
  const groups = new Map<string, DeviceGroup>();
  for (const row of rows) {
    const kegiatan = row.kegiatan?.trim() ?? '';
    const key = JSON.stringify([kegiatan, row.tanggal, row.petugas]);
    const group = groups.get(key) ?? {
      kegiatan,
      tanggal: row.tanggal,
      petugas: row.petugas,
      rows: [],
    };
    group.rows.push(row);
    groups.set(key, group);
  }
  // The latest check first, devices not checked last: the same order for any input order.
  return [...groups.values()]
    .sort(
      (a, b) =>
        (b.tanggal ?? '').localeCompare(a.tanggal ?? '') ||
        a.kegiatan.localeCompare(b.kegiatan, 'id') ||
        a.petugas.localeCompare(b.petugas, 'id'),
    )
    .map((g) => ({ ...g, rows: [...g.rows].sort(compareDeviceRows) }));
}

function groupRow(group: DeviceGroup, columns: number): TableCell[] {
  const when = [
    group.tanggal ? formatTanggal(calendarDate(group.tanggal)) : '',
    group.petugas.trim() && group.petugas !== '-' ? `petugas ${group.petugas}` : '',
  ].filter(Boolean);
  const checked = group.kegiatan !== '' || group.tanggal !== null;
  const text = checked
    ? [
        { text: group.kegiatan || 'Pemeriksaan perangkat', bold: true },
        when.length > 0 ? ` (${when.join(', ')})` : '',
      ]
    : [{ text: NOT_CHECKED, bold: true }];
  return [
    { text, colSpan: columns, fillColor: '#f4f4f4' },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
}

export function deviceTable(width: number, rows: readonly PerangkatRow[]): Content {
  const columns = deviceColumns(rows);
  const body: TableCell[][] = [];
  let n = 0;
  for (const group of deviceGroups(rows)) {
    body.push(groupRow(group, columns.length));
    for (const r of group.rows) {
      body.push([
        noCell(n++),
        textCell(r.nama),
        bmnCell(r),
        textCell(r.ruangan),
        textCell(r.kondisi),
        textCell(group.kegiatan !== '' || group.tanggal !== null ? r.tindakan : ''),
      ]);
    }
  }
  return reportTable(columns, width, body);
}

export const NETWORK_COLUMNS: readonly ReportColumn[] = [
  { header: 'No', width: NO_WIDTH },
  { header: 'Tanggal', width: DATE_WIDTH },
  { header: 'Kegiatan', width: STAR },
  { header: 'Hasil', width: STAR },
  { header: 'Tindakan', width: STAR },
  { header: 'Petugas', width: PERSON_WIDTH },
];

export function networkTable(width: number, rows: readonly JaringanRow[]): Content {
  const body = rows.map((r, i): TableCell[] => [
    noCell(i),
    dateCell(r.tanggal),
    textCell(r.kegiatan),
    textCell(r.hasil),
    textCell(r.tindakan),
    textCell(r.petugas),
  ]);
  return reportTable(NETWORK_COLUMNS, width, body);
}

export const BACKUP_HEADING = 'A. Pencadangan dan Uji Pemulihan Data';
export const UAT_HEADING = 'B. Uji Kelayakan dan Persetujuan Aplikasi (UAT)';

export const BACKUP_COLUMNS: readonly ReportColumn[] = [
  { header: 'No', width: NO_WIDTH },
  { header: 'Tanggal', width: DATE_WIDTH },
  { header: 'Data yang Dicadangkan', width: STAR },
  { header: 'Media', width: 64 },
  { header: 'Ukuran', width: 40 },
  { header: 'Uji Pemulihan', width: 64 },
  { header: 'Petugas', width: PERSON_WIDTH },
];

export const UAT_COLUMNS: readonly ReportColumn[] = [
  { header: 'No', width: NO_WIDTH },
  { header: 'Tanggal', width: DATE_WIDTH },
  { header: 'Aplikasi', width: 70 },
  { header: 'Hasil Uji', width: STAR },
  { header: 'Pertimbangan', width: STAR },
  { header: 'Persetujuan', width: 70 },
];

/**
 * The backup and restore log, then the UAT and approvals (SOP D). `withFirst` joins the
 * first sub-heading to the section's heading, so the two make one decision at a page foot.
 */
export function securityTables(
  width: number,
  backups: readonly CadanganRow[],
  uat: readonly UatRow[],
  withFirst: (subHeading: Content) => Content,
): Content[] {
  const backupRows = backups.map((r, i): TableCell[] => [
    noCell(i),
    dateCell(r.tanggal),
    textCell(r.item),
    textCell(r.media),
    textCell(r.ukuran),
    textCell(r.ujiPemulihan),
    textCell(r.petugas),
  ]);
  const uatRows = uat.map((r, i): TableCell[] => [
    noCell(i),
    dateCell(r.tanggal),
    textCell(r.aplikasi),
    textCell(r.hasil),
    textCell(r.pertimbangan),
    textCell(r.persetujuan),
  ]);
  return [
    withFirst(subHeading(BACKUP_HEADING, false)),
    reportTable(BACKUP_COLUMNS, width, backupRows),
    subHeading(UAT_HEADING, true),
    reportTable(UAT_COLUMNS, width, uatRows),
  ];
}

export const FINDINGS_COLUMNS: readonly ReportColumn[] = [
  { header: 'No', width: NO_WIDTH },
  { header: 'Tanggal', width: DATE_WIDTH },
  { header: 'Perangkat', width: 90 },
  { header: 'Permasalahan', width: STAR },
  { header: 'Tindak Lanjut', width: STAR },
];

export function findingsTable(width: number, rows: readonly TemuanRow[]): Content {
  const body = rows.map((r, i): TableCell[] => [
    noCell(i),
    dateCell(r.tanggal),
    textCell(r.perangkat),
    textCell(r.temuan),
    textCell(r.tindakan),
  ]);
  return reportTable(FINDINGS_COLUMNS, width, body);
}
