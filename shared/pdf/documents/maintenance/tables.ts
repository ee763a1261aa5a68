import type { Content, TableCell } from 'pdfmake/interfaces';
import type {
  CadanganRow,
  JadwalRow,
  JaringanRow,
  PerangkatRow,
  TemuanRow,
  UatRow,
} from '../../../maintenance/reportSchema';
import { widthOf } from '../requests/common';
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

export const DEVICE_COLUMNS: readonly ReportColumn[] = [
  { header: 'No', width: NO_WIDTH },
  { header: 'Perangkat', width: { flex: 2 } },
  { header: 'Kode BMN / NUP', width: BMN_WIDTH },
  { header: 'Ruangan', width: 50 },
  { header: 'Kondisi', width: KONDISI_WIDTH },
  { header: 'Tindakan', width: { flex: 3 } },
  { header: 'Tanggal', width: DATE_WIDTH },
  { header: 'Petugas', width: PERSON_WIDTH },
];

function bmnCell(row: PerangkatRow): TableCell {
  if (!row.kodeBmn && !row.nup) return textCell('');
  return {
    stack: [
      ...(row.kodeBmn ? [{ text: row.kodeBmn }] : []),
      ...(row.nup ? [{ text: `NUP ${row.nup}` }] : []),
    ],
  };
}

export function deviceTable(width: number, rows: readonly PerangkatRow[]): Content {
  const body = rows.map((r, i): TableCell[] => [
    noCell(i),
    textCell(r.nama),
    bmnCell(r),
    textCell(r.ruangan),
    textCell(r.kondisi),
    textCell(r.tindakan),
    dateCell(r.tanggal),
    textCell(r.petugas),
  ]);
  return reportTable(DEVICE_COLUMNS, width, body);
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
