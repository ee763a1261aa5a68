import { z } from 'zod';
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

// ISO timestamps in UTC sort as plain strings; no locale collation is needed (or cheap).
const byTime = (a: RegisterItem, b: RegisterItem) =>
  a.row.diterimaPada < b.row.diterimaPada ? -1 : a.row.diterimaPada > b.row.diterimaPada ? 1 : 0;
const rank = (i: RegisterItem) => (i.row.prioritas ? LEVEL_RANK[i.row.prioritas] : 9);

const COMPARE: Record<RegisterSort, (a: RegisterItem, b: RegisterItem) => number> = {
  terbaru: (a, b) => byTime(b, a),
  terlama: byTime,
  prioritas: (a, b) => rank(a) - rank(b) || byTime(b, a),
  nomor: (a, b) => b.row.tahun - a.row.tahun || b.row.urut - a.row.urut,
};

/** The register in the chosen order; done once per order, not on every keystroke. */
export function sortRegister(items: readonly RegisterItem[], sort: RegisterSort): RegisterItem[] {
  return [...items].sort(COMPARE[sort]);
}

/**
 * The register as the filters and the search ask (every word of the search must occur),
 * keeping the order of `sorted` (see sortRegister).
 */
export function filterRegister(
  sorted: readonly RegisterItem[],
  filter: Omit<RegisterFilter, 'sort'>,
): RegisterItem[] {
  const words = normalizeQuery(filter.query).split(' ').filter(Boolean);
  return sorted.filter(
    (item) =>
      words.every((w) => item.haystack.includes(w)) &&
      matchesTahap(item, filter.tahap) &&
      (!filter.kategori || item.row.kategori === filter.kategori) &&
      (!filter.prioritas || item.row.prioritas === filter.prioritas) &&
      (!filter.bulan || item.bulan === filter.bulan) &&
      (!filter.terlambatSaja || item.late),
  );
}

/**
 * filterRegister that remembers its last answer: when only the search grew (the user typed
 * another character), it narrows the previous result instead of scanning the whole register.
 */
export function createNarrowingFilter(): typeof filterRegister {
  let last: {
    sorted: readonly RegisterItem[];
    rest: string;
    query: string;
    result: RegisterItem[];
  } | null = null;
  return (sorted, filter) => {
    const { query, ...others } = filter;
    const rest = JSON.stringify(others);
    const q = normalizeQuery(query);
    const base =
      last && last.sorted === sorted && last.rest === rest && q.startsWith(last.query)
        ? last.result
        : sorted;
    const result = filterRegister(base, filter);
    last = { sorted, rest, query: q, result };
    return result;
  };
}

/** The screen name other screens hand the register a filter under (kit/screenFilters). */
export const REGISTER_SCREEN = 'permintaan';

const handedFilterSchema = z
  .object({ tahap: z.enum(['berjalan', 'selesai', 'ditolak']), terlambatSaja: z.boolean() })
  .partial();

/** A filter handed by another screen, checked: only the fields it may set. */
export function handedRegisterFilter(raw: unknown): Partial<RegisterFilter> | null {
  const parsed = handedFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
