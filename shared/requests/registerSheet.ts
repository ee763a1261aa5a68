import { rincianHariKerja } from '../sop/totals';
import { earlierNumbersNote, type NumberedForHistory } from './numberHistory';
import type { RegisterRowFields } from './registerView';
import { LEVEL_LABELS, REQUEST_STATUS_LABELS } from './schema';
import { workingMinutesBetween, type OfficeHours } from './workingTime';

/**
 * The register as a worksheet ("Ekspor .xlsx"): the columns of the printed Daftar Permintaan
 * Layanan TI, then the time each step of the SOP was finished. Cells are plain values; dates
 * stay Date so the sheet can sort and filter them.
 */

export type RegisterSheetCell = string | number | Date | null;

export interface RegisterSheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** A date-and-time column. */
  date?: boolean;
}

export const REGISTER_SHEET_COLUMNS: readonly RegisterSheetColumn[] = [
  { header: 'No', width: 6 },
  { header: 'Nomor', width: 22 },
  { header: 'Diterima', width: 18, date: true },
  { header: 'Pemohon', width: 24 },
  { header: 'Unit', width: 22 },
  { header: 'Kategori', width: 18 },
  { header: 'Uraian', width: 40 },
  { header: 'Prioritas', width: 12 },
  { header: 'Status', width: 12 },
  { header: 'Selesai', width: 18, date: true },
  { header: 'Durasi', width: 18 },
  { header: 'Ket.', width: 24 },
];

export type SheetRequest = RegisterRowFields & NumberedForHistory & { selesaiPada: string | null };

export interface SheetEntry {
  row: SheetRequest;
  late: boolean;
  /** When each step was finished (the record that counts), by step number. */
  stepsFinished: ReadonlyMap<number, string>;
}

/** The step columns: "Langkah 2: Membuat disposisi" for each step after reception. */
export function stepColumns(
  steps: readonly { no: number; kegiatan: string }[],
): RegisterSheetColumn[] {
  return steps.map((s) => ({
    header: `Langkah ${s.no}: ${shorten(s.kegiatan, 40)}`,
    width: 18,
    date: true,
  }));
}

function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Ket. as the Daftar writes it: late, and the numbers the request carried before. */
export function keteranganOf(entry: { row: NumberedForHistory; late: boolean }): string {
  return [entry.late ? 'Terlambat' : '', earlierNumbersNote(entry.row)].filter(Boolean).join('; ');
}

/** One request as a sheet row: the Daftar's columns, then its step times in `stepNos` order. */
export function registerSheetRow(
  entry: SheetEntry,
  index: number,
  stepNos: readonly number[],
  hours: OfficeHours,
  now: Date,
): RegisterSheetCell[] {
  const r = entry.row;
  const printed = r.nomorSementara ? `${r.nomor} (SEMENTARA)` : r.nomor;
  const received = new Date(r.diterimaPada);
  const done = r.selesaiPada ? new Date(r.selesaiPada) : null;
  return [
    index + 1,
    printed,
    received,
    r.pemohon.nama,
    r.pemohon.unitNama,
    r.aplikasi ? `${r.kategori} (${r.aplikasi})` : r.kategori,
    r.uraian,
    r.prioritas ? LEVEL_LABELS[r.prioritas] : '-',
    REQUEST_STATUS_LABELS[r.status],
    done,
    // Working days of 450 minutes, as the Daftar and the monthly report write durations.
    // A closed request without its closing time (an imported old register) has no duration.
    r.status !== 'berjalan' && !done
      ? '-'
      : rincianHariKerja(workingMinutesBetween(received, done ?? now, hours)),
    keteranganOf(entry),
    ...stepNos.map((no) => {
      const at = entry.stepsFinished.get(no);
      return at ? new Date(at) : null;
    }),
  ];
}
