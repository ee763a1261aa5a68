import { LEVEL_RANK } from '../../../shared/requests/priority';
import type { Level, RequestStatus } from '../../../shared/requests/schema';
import type { RequestRow } from '../../db/rows';

export type Tahap = 'semua' | RequestStatus | `langkah:${number}` | 'konfirmasi';
export type RegisterSort = 'terbaru' | 'terlama' | 'prioritas' | 'nomor';

export interface RegisterFilter {
  query: string;
  tahap: Tahap;
  kategori: string | null;
  prioritas: Level | null;
  /** 'YYYY-MM' of the received date. */
  bulan: string | null;
  terlambatSaja: boolean;
  sort: RegisterSort;
}

export const NO_FILTER: RegisterFilter = {
  query: '',
  tahap: 'semua',
  kategori: null,
  prioritas: null,
  bulan: null,
  terlambatSaja: false,
  sort: 'terbaru',
};

/** A request ready for the register: its search text and lateness worked out once. */
export interface RegisterItem {
  row: RequestRow;
  haystack: string;
  bulan: string;
  late: boolean;
  /** The last step of its procedure, to tell "awaiting confirmation" from "awaiting step n". */
  lastStepNo: number;
}

export function normalizeQuery(text: string): string {
  return text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
}

export function toRegisterItem(row: RequestRow, late: boolean, lastStepNo: number): RegisterItem {
  const d = new Date(row.diterimaPada);
  return {
    row,
    haystack: normalizeQuery(
      `${row.nomor} ${row.pemohon.nama} ${row.pemohon.unitNama} ${row.uraian} ${row.perangkat}`,
    ),
    bulan: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`,
    late,
    lastStepNo,
  };
}

function matchesTahap(item: RegisterItem, tahap: Tahap): boolean {
  const { row } = item;
  if (tahap === 'semua') return true;
  if (tahap === 'berjalan' || tahap === 'selesai' || tahap === 'ditolak')
    return row.status === tahap;
  if (row.status !== 'berjalan') return false;
  if (tahap === 'konfirmasi') return row.langkahTerakhir >= item.lastStepNo;
  return row.langkahTerakhir === Number(tahap.slice('langkah:'.length)) - 1;
}

const COMPARE: Record<RegisterSort, (a: RegisterItem, b: RegisterItem) => number> = {
  terbaru: (a, b) => b.row.diterimaPada.localeCompare(a.row.diterimaPada),
  terlama: (a, b) => a.row.diterimaPada.localeCompare(b.row.diterimaPada),
  prioritas: (a, b) =>
    (a.row.prioritas ? LEVEL_RANK[a.row.prioritas] : 9) -
      (b.row.prioritas ? LEVEL_RANK[b.row.prioritas] : 9) ||
    b.row.diterimaPada.localeCompare(a.row.diterimaPada),
  nomor: (a, b) => b.row.tahun - a.row.tahun || b.row.urut - a.row.urut,
};

/** The register as the filters and the search ask; every word of the search must occur. */
export function filterRegister(
  items: readonly RegisterItem[],
  filter: RegisterFilter,
): RegisterItem[] {
  const words = normalizeQuery(filter.query).split(' ').filter(Boolean);
  const out = items.filter(
    (item) =>
      words.every((w) => item.haystack.includes(w)) &&
      matchesTahap(item, filter.tahap) &&
      (!filter.kategori || item.row.kategori === filter.kategori) &&
      (!filter.prioritas || item.row.prioritas === filter.prioritas) &&
      (!filter.bulan || item.bulan === filter.bulan) &&
      (!filter.terlambatSaja || item.late),
  );
  return out.sort(COMPARE[filter.sort]);
}
