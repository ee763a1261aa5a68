import { formatAngka } from '../format/number';
import type { CountRow } from './counting';
import { periodLabel } from './period';
import type { Statistics } from './statistics';
import type { TimeSummary } from './stepTimes';

/**
 * The statistics as tables: what the Statistik screen shows beside each chart, what the
 * .xlsx export writes (one sheet each) and what the Laporan Tahunan TI prints. The chart of a
 * table plots its first column against the columns in `seri`.
 */
export type StatCell = string | number | null;

export interface StatTable {
  id: string;
  judul: string;
  kolom: string[];
  baris: StatCell[][];
  grafik: { jenis: 'batang' | 'donat'; seri: number[]; bertumpuk?: boolean };
}

function countTable(id: string, judul: string, first: string, rows: CountRow[], donat = false) {
  return {
    id,
    judul,
    kolom: [first, 'Jumlah'],
    baris: rows.map((r) => [r.label, r.jumlah]),
    grafik: { jenis: donat ? ('donat' as const) : ('batang' as const), seri: [1] },
  };
}

/** A share 0..1 as a whole percentage, null when there is nothing to share. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

const timeCells = (t: TimeSummary): StatCell[] => [
  t.jumlah,
  t.median,
  t.p90,
  percent(t.dalamStandar),
];

export function statisticsTables(s: Statistics): StatTable[] {
  const p = s.permintaan;
  return [
    countTable('kategori', 'Permintaan per kategori', 'Kategori', p.perKategori),
    countTable('unit', 'Permintaan per unit kerja', 'Unit kerja', p.perUnit),
    countTable('saluran', 'Permintaan per saluran', 'Saluran', p.perSaluran, true),
    countTable('prioritas', 'Permintaan per prioritas', 'Prioritas', p.perPrioritas),
    countTable('tahap', 'Permintaan per tahap', 'Tahap', p.perTahap),
    countTable('bulan', `Permintaan per bulan, tahun ${s.period.tahun}`, 'Bulan', s.perBulan),
    {
      id: 'langkah',
      judul: 'Waktu langkah SOP B terhadap mutu baku (menit kerja)',
      kolom: ['Langkah', 'Kegiatan', 'Mutu baku', 'Jumlah', 'Median', 'P90', 'Sesuai standar (%)'],
      baris: s.langkah.map((r) => [`Langkah ${r.stepNo}`, r.kegiatan, r.waktu, ...timeCells(r)]),
      grafik: { jenis: 'batang', seri: [4, 5] },
    },
    {
      id: 'petugas',
      judul: 'Waktu langkah per petugas (menit kerja)',
      kolom: ['Petugas', 'Jumlah', 'Median', 'P90', 'Sesuai standar (%)'],
      baris: s.petugas.map((r) => [r.nama, ...timeCells(r)]),
      grafik: { jenis: 'batang', seri: [4] },
    },
    countTable('kondisi', 'Kondisi perangkat aktif', 'Kondisi', s.kondisiPerangkat, true),
    {
      id: 'tahunPerolehan',
      judul: 'Perangkat per tahun perolehan',
      kolom: ['Tahun perolehan', 'Umur (tahun)', 'Jumlah', 'Baik', 'Rusak Ringan', 'Rusak Berat'],
      baris: s.perangkatPerTahun.map((r) => [
        r.label,
        r.umur,
        r.jumlah,
        r.baik,
        r.rusakRingan,
        r.rusakBerat,
      ]),
      grafik: { jenis: 'batang', seri: [3, 4, 5], bertumpuk: true },
    },
    {
      id: 'pemeliharaan',
      judul: 'Pemeliharaan terjadwal dan pelaksanaannya',
      kolom: ['Bulan', 'Dijadwalkan', 'Dilaksanakan', 'Tepat waktu'],
      baris: s.pemeliharaan.map((r) => [r.label, r.dijadwalkan, r.dilaksanakan, r.tepatWaktu]),
      grafik: { jenis: 'batang', seri: [1, 2] },
    },
  ];
}

/** The headline figures of a period, in words, for the screen and the report. */
export function headline(s: Statistics): { label: string; nilai: string }[] {
  const p = s.permintaan;
  const t = s.waktuKeseluruhan;
  return [
    { label: 'Periode', nilai: periodLabel(s.period) },
    { label: 'Permintaan diterima', nilai: formatAngka(p.total) },
    { label: 'Selesai', nilai: formatAngka(p.selesai) },
    { label: 'Ditolak', nilai: formatAngka(p.ditolak) },
    { label: 'Dalam proses', nilai: formatAngka(p.berjalan) },
    { label: 'Terlambat', nilai: formatAngka(p.terlambat) },
    {
      label: 'Langkah sesuai standar',
      nilai: t.dalamStandar === null ? '-' : `${percent(t.dalamStandar)}%`,
    },
  ];
}
