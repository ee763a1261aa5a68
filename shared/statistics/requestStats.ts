import { NAMA_BULAN } from '../format/calendarNames';
import {
  LEVEL_LABELS,
  LEVELS,
  REQUEST_STATUS_LABELS,
  SALURAN,
  SALURAN_LABELS,
  type Level,
  type RequestStatus,
  type Saluran,
} from '../requests/schema';
import { countBy, type CountRow } from './counting';
import type { PeriodRange } from './period';

/** A request as the statistics read it: prepared once from its row. */
export interface StatRequest {
  id: string;
  /** Epoch milliseconds of reception. */
  diterimaMs: number;
  kategori: string;
  unit: string;
  saluran: Saluran;
  prioritas: Level | null;
  status: RequestStatus;
  /** Where it stands: "Selesai", "Menunggu langkah 4", … (see stageLabel). */
  tahap: string;
  /** Late as of the statistics' moment (shared/requests/requestLateness). */
  late: boolean;
}

/** "Selesai", "Ditolak", "Menunggu konfirmasi pemohon" or "Menunggu langkah n". */
export function stageLabel(
  status: RequestStatus,
  langkahTerakhir: number,
  lastStepNo: number,
): string {
  if (status !== 'berjalan') return REQUEST_STATUS_LABELS[status];
  if (lastStepNo > 0 && langkahTerakhir >= lastStepNo) return 'Menunggu konfirmasi pemohon';
  return `Menunggu langkah ${langkahTerakhir + 1}`;
}

export const NO_PRIORITY = 'Belum ditentukan';

export interface RequestBreakdown {
  total: number;
  selesai: number;
  ditolak: number;
  berjalan: number;
  terlambat: number;
  perKategori: CountRow[];
  perUnit: CountRow[];
  perSaluran: CountRow[];
  perPrioritas: CountRow[];
  perTahap: CountRow[];
}

/** The requests received in the range. */
export function requestsIn(requests: readonly StatRequest[], range: PeriodRange): StatRequest[] {
  return requests.filter((r) => r.diterimaMs >= range.fromMs && r.diterimaMs < range.toMs);
}

/** The period's requests by category, unit, channel, priority and stage. */
export function requestBreakdown(inPeriod: readonly StatRequest[]): RequestBreakdown {
  let selesai = 0;
  let ditolak = 0;
  let terlambat = 0;
  for (const r of inPeriod) {
    if (r.status === 'selesai') selesai++;
    else if (r.status === 'ditolak') ditolak++;
    if (r.late) terlambat++;
  }
  return {
    total: inPeriod.length,
    selesai,
    ditolak,
    berjalan: inPeriod.length - selesai - ditolak,
    terlambat,
    perKategori: countBy(inPeriod, (r) => r.kategori),
    perUnit: countBy(inPeriod, (r) => r.unit),
    perSaluran: countBy(
      inPeriod,
      (r) => SALURAN_LABELS[r.saluran],
      SALURAN.map((s) => SALURAN_LABELS[s]),
    ),
    perPrioritas: countBy(
      inPeriod,
      (r) => (r.prioritas ? LEVEL_LABELS[r.prioritas] : NO_PRIORITY),
      [...LEVELS.map((l) => LEVEL_LABELS[l]), NO_PRIORITY],
    ).filter((row) => row.label !== NO_PRIORITY || row.jumlah > 0),
    perTahap: countBy(inPeriod, (r) => r.tahap),
  };
}

/** Requests received in each month of `year` (12 rows, Januari..Desember). */
export function requestsPerMonth(requests: readonly StatRequest[], year: number): CountRow[] {
  const counts = new Array<number>(12).fill(0);
  const start = new Date(year, 0, 1).getTime();
  const end = new Date(year + 1, 0, 1).getTime();
  for (const r of requests) {
    if (r.diterimaMs < start || r.diterimaMs >= end) continue;
    const m = new Date(r.diterimaMs).getMonth();
    counts[m] = (counts[m] ?? 0) + 1;
  }
  return NAMA_BULAN.map((label, i) => ({ label, jumlah: counts[i] ?? 0 }));
}
