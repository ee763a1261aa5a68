import { z } from 'zod';
import { LEVEL_RANK } from './priority';
import { LEVELS, REQUEST_STATUSES, type Level, type RequestStatus } from './schema';

/**
 * The register as the user asks to see it: search, filters and the order, as pure functions
 * over items prepared once (toRegisterItem), so 50,000 requests are sorted once per order and
 * filtered without re-reading a row. The view is also written to and read from the screen's
 * URL (registerViewToQuery / registerViewFromQuery), so Back returns to it.
 */

/** The fields of a request the register reads (RequestRow has them all). */
export interface RegisterRowFields {
  nomor: string;
  tahun: number;
  urut: number;
  diterimaPada: string;
  pemohon: { nama: string; unitNama: string };
  kategori: string;
  aplikasi: string;
  perangkat: string;
  uraian: string;
  prioritas: Level | null;
  status: RequestStatus;
  langkahTerakhir: number;
  disposisi: { diteruskanKepada: string[] } | null;
  /** Set on a request cancelled because it was registered by mistake. */
  pembatalan?: unknown;
}

export type Tahap = 'semua' | RequestStatus | `langkah:${number}` | 'konfirmasi' | 'dibatalkan';

/** The columns the register sorts by, as the table shows them. */
export const SORT_KEYS = [
  'nomor',
  'diterima',
  'pemohon',
  'kategori',
  'uraian',
  'prioritas',
  'status',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  nomor: 'Nomor',
  diterima: 'Diterima',
  pemohon: 'Pemohon',
  kategori: 'Kategori',
  uraian: 'Uraian',
  prioritas: 'Prioritas',
  status: 'Status',
};

export interface RegisterSort {
  key: SortKey;
  /** Descending: newest, highest number, Z..A, highest priority first. */
  desc: boolean;
}

export interface RegisterFilter {
  query: string;
  tahap: Tahap;
  kategori: string | null;
  prioritas: Level | null;
  /** 'YYYY-MM' of the received date. */
  bulan: string | null;
  /** The requester's unit, as written on the request. */
  unit: string | null;
  /** A person the request was disposed to (the officer handling it). */
  petugas: string | null;
  /** The device, as written on the request. */
  perangkat: string | null;
  terlambatSaja: boolean;
  sort: RegisterSort;
}

export const DEFAULT_SORT: RegisterSort = { key: 'diterima', desc: true };

export const NO_FILTER: RegisterFilter = {
  query: '',
  tahap: 'semua',
  kategori: null,
  prioritas: null,
  bulan: null,
  unit: null,
  petugas: null,
  perangkat: null,
  terlambatSaja: false,
  sort: DEFAULT_SORT,
};

/** A request ready for the register: its search text, sort keys and lateness worked out once. */
export interface RegisterItem<R extends RegisterRowFields = RegisterRowFields> {
  row: R;
  haystack: string;
  bulan: string;
  /** Lowercased texts for sorting by a text column without collating on every comparison. */
  keys: { pemohon: string; kategori: string; uraian: string };
  /** The received time in milliseconds. */
  at: number;
  late: boolean;
  /** The last step of its procedure, to tell "awaiting confirmation" from "awaiting step n". */
  lastStepNo: number;
}

export function normalizeQuery(text: string): string {
  return text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
}

/** 'YYYY-MM' of an ISO time, in the PC's time zone (as the screen shows the dates). */
export function monthOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function toRegisterItem<R extends RegisterRowFields>(
  row: R,
  late: boolean,
  lastStepNo: number,
): RegisterItem<R> {
  return {
    row,
    haystack: normalizeQuery(
      `${row.nomor} ${row.pemohon.nama} ${row.pemohon.unitNama} ${row.uraian} ${row.perangkat}`,
    ),
    bulan: monthOf(row.diterimaPada),
    at: Date.parse(row.diterimaPada),
    // Plain lowercasing: Indonesian has no special case rules, and the locale-aware one
    // costs seconds over 50,000 requests.
    keys: {
      pemohon: row.pemohon.nama.toLowerCase(),
      kategori: (row.aplikasi || row.kategori).toLowerCase(),
      uraian: row.uraian.toLowerCase(),
    },
    late,
    lastStepNo,
  };
}

function matchesTahap(item: RegisterItem, tahap: Tahap): boolean {
  const { row } = item;
  if (tahap === 'semua') return true;
  // A cancelled request is listed as such, in no stage of the work.
  const cancelled = row.pembatalan != null;
  if (tahap === 'dibatalkan' || cancelled) return tahap === 'dibatalkan' && cancelled;
  if (tahap === 'berjalan' || tahap === 'selesai' || tahap === 'ditolak')
    return row.status === tahap;
  if (row.status !== 'berjalan') return false;
  if (tahap === 'konfirmasi') return row.langkahTerakhir >= item.lastStepNo;
  return row.langkahTerakhir === Number(tahap.slice('langkah:'.length)) - 1;
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
// Received instants worked out once per item (a synced row may carry another offset than Z).
const byTime = (a: RegisterItem, b: RegisterItem) => a.at - b.at;
/** No priority yet ranks below the lowest. */
const rank = (i: RegisterItem) => (i.row.prioritas ? LEVEL_RANK[i.row.prioritas] : 9);
/** Status in workflow order: open requests by the step reached, then closed ones. */
const stage = (i: RegisterItem) =>
  i.row.status === 'berjalan' ? i.row.langkahTerakhir : i.row.status === 'selesai' ? 1000 : 1001;

/** Ascending comparisons; equal items fall back to the received time. */
const ASCENDING: Record<SortKey, (a: RegisterItem, b: RegisterItem) => number> = {
  nomor: (a, b) =>
    a.row.tahun - b.row.tahun || a.row.urut - b.row.urut || cmp(a.row.nomor, b.row.nomor),
  diterima: byTime,
  pemohon: (a, b) => cmp(a.keys.pemohon, b.keys.pemohon),
  kategori: (a, b) => cmp(a.keys.kategori, b.keys.kategori),
  uraian: (a, b) => cmp(a.keys.uraian, b.keys.uraian),
  // "Ascending" priority reads lowest first; descending puts the most urgent on top.
  prioritas: (a, b) => rank(b) - rank(a),
  status: (a, b) => stage(a) - stage(b),
};

/** The register in the chosen order; done once per order, not on every keystroke. */
export function sortRegister<T extends RegisterItem>(items: readonly T[], sort: RegisterSort): T[] {
  const by = ASCENDING[sort.key];
  const sign = sort.desc ? -1 : 1;
  return [...items].sort((a, b) => sign * by(a, b) || sign * byTime(a, b));
}

/**
 * The register as the filters and the search ask (every word of the search must occur),
 * keeping the order of `sorted` (see sortRegister).
 */
export function filterRegister<T extends RegisterItem>(
  sorted: readonly T[],
  filter: Omit<RegisterFilter, 'sort'>,
): T[] {
  const words = normalizeQuery(filter.query).split(' ').filter(Boolean);
  return sorted.filter(
    (item) =>
      words.every((w) => item.haystack.includes(w)) &&
      matchesTahap(item, filter.tahap) &&
      (!filter.kategori || item.row.kategori === filter.kategori) &&
      (!filter.prioritas || item.row.prioritas === filter.prioritas) &&
      (!filter.bulan || item.bulan === filter.bulan) &&
      (!filter.unit || item.row.pemohon.unitNama === filter.unit) &&
      (!filter.perangkat || item.row.perangkat === filter.perangkat) &&
      (!filter.petugas ||
        (item.row.disposisi?.diteruskanKepada.includes(filter.petugas) ?? false)) &&
      (!filter.terlambatSaja || item.late),
  );
}

/** Items looked through in one slice of a search: a few milliseconds of work. */
export const NARROW_SLICE = 1000;

/** Whether `filter` leaves any item out (the order aside). */
export function narrowsAnything(filter: Omit<RegisterFilter, 'sort'>): boolean {
  return isFiltered({ ...filter, sort: NO_FILTER.sort });
}

export interface NarrowingFilter {
  /** filterRegister, narrowing the previous answer when only the search grew. */
  <T extends RegisterItem>(sorted: readonly T[], filter: Omit<RegisterFilter, 'sort'>): T[];
  /** The items the answer for `filter` lies among: the previous answer, or all of `sorted`. */
  baseFor<T extends RegisterItem>(
    sorted: readonly T[],
    filter: Omit<RegisterFilter, 'sort'>,
  ): readonly T[];
  /** Keeps an answer found slice by slice, as the next search's starting point. */
  remember(
    sorted: readonly RegisterItem[],
    filter: Omit<RegisterFilter, 'sort'>,
    result: RegisterItem[],
  ): void;
}

/**
 * filterRegister that remembers its last answer: when only the search grew (the user typed
 * another character), it narrows the previous result instead of scanning the whole register.
 * A large register can be searched slice by slice (`baseFor`, filterRegister per slice,
 * `remember`), so no frame waits for all of it.
 */
export function createNarrowingFilter(): NarrowingFilter {
  let last: {
    sorted: readonly RegisterItem[];
    rest: string;
    query: string;
    result: RegisterItem[];
  } | null = null;
  const split = (filter: Omit<RegisterFilter, 'sort'>) => {
    const { query, ...others } = filter;
    return { rest: JSON.stringify(others), query: normalizeQuery(query) };
  };
  const baseFor = <T extends RegisterItem>(
    sorted: readonly T[],
    filter: Omit<RegisterFilter, 'sort'>,
  ): readonly T[] => {
    const { rest, query } = split(filter);
    return last && last.sorted === sorted && last.rest === rest && query.startsWith(last.query)
      ? // The previous result came from the same `sorted`, so its items are T.
        (last.result as T[])
      : sorted;
  };
  const remember = (
    sorted: readonly RegisterItem[],
    filter: Omit<RegisterFilter, 'sort'>,
    result: RegisterItem[],
  ) => {
    last = { sorted, ...split(filter), result };
  };
  const narrow = <T extends RegisterItem>(
    sorted: readonly T[],
    filter: Omit<RegisterFilter, 'sort'>,
  ): T[] => {
    const result = filterRegister(baseFor(sorted, filter), filter);
    remember(sorted, filter, result);
    return result;
  };
  return Object.assign(narrow, { baseFor, remember });
}

/** Whether the user narrowed the register at all (the Reset button's state). */
export function isFiltered(filter: RegisterFilter): boolean {
  return registerViewToQuery(filter) !== '';
}

/** The distinct non-empty values of a text, sorted, for a filter's choices. */
export function distinctValues<T extends RegisterItem>(
  items: readonly T[],
  pick: (row: T['row']) => string,
): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    const v = pick(item.row).trim();
    if (v) seen.add(v);
  }
  return [...seen].sort((a, b) => a.localeCompare(b, 'id'));
}

// --- The view in the URL -------------------------------------------------------------

const PARAM = {
  query: 'cari',
  tahap: 'tahap',
  kategori: 'kategori',
  prioritas: 'prioritas',
  bulan: 'bulan',
  unit: 'unit',
  petugas: 'petugas',
  perangkat: 'perangkat',
  terlambatSaja: 'terlambat',
  sort: 'urut',
} as const;

const text = z.string().trim().min(1).max(200);
const tahapSchema = z.union([
  z.enum(['semua', ...REQUEST_STATUSES, 'konfirmasi', 'dibatalkan']),
  z.string().regex(/^langkah:\d{1,3}$/) as z.ZodType<`langkah:${number}`>,
]);
const sortSchema = z
  .string()
  .regex(/^[a-z]+-(naik|turun)$/)
  .transform((s, ctx): RegisterSort => {
    const [key, dir] = s.split('-');
    const found = SORT_KEYS.find((k) => k === key);
    if (!found) {
      ctx.addIssue({ code: 'custom', message: 'Urutan tidak dikenal.' });
      return z.NEVER;
    }
    return { key: found, desc: dir === 'turun' };
  });

/**
 * The view as a query string ("tahap=selesai&unit=Hakim&urut=nomor-naik"), defaults left
 * out, so an unfiltered register has an empty one.
 */
export function registerViewToQuery(filter: RegisterFilter): string {
  const pairs: [string, string][] = [];
  const add = (key: string, value: string | null) => {
    if (value) pairs.push([key, value]);
  };
  add(PARAM.query, filter.query.trim());
  add(PARAM.tahap, filter.tahap === 'semua' ? null : filter.tahap);
  add(PARAM.kategori, filter.kategori);
  add(PARAM.prioritas, filter.prioritas);
  add(PARAM.bulan, filter.bulan);
  add(PARAM.unit, filter.unit);
  add(PARAM.petugas, filter.petugas);
  add(PARAM.perangkat, filter.perangkat);
  add(PARAM.terlambatSaja, filter.terlambatSaja ? '1' : null);
  const { key, desc } = filter.sort;
  add(
    PARAM.sort,
    key === DEFAULT_SORT.key && desc === DEFAULT_SORT.desc
      ? null
      : `${key}-${desc ? 'turun' : 'naik'}`,
  );
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The view a query string asks for. The URL is the user's to edit: a value that does not
 * parse is left at its default, the rest still applies.
 */
export function registerViewFromQuery(query: string): RegisterFilter {
  const params = new Map<string, string>();
  for (const pair of query.replace(/^[?#]/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const value = decode(pair.slice(at + 1));
    if (value !== null) params.set(pair.slice(0, at), value);
  }
  const read = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    const parsed = schema.safeParse(params.get(key));
    return parsed.success ? parsed.data : fallback;
  };
  return {
    query: read(PARAM.query, text, ''),
    tahap: read(PARAM.tahap, tahapSchema, 'semua'),
    kategori: read(PARAM.kategori, text, null),
    prioritas: read(PARAM.prioritas, z.enum(LEVELS), null),
    bulan: read(PARAM.bulan, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), null),
    unit: read(PARAM.unit, text, null),
    petugas: read(PARAM.petugas, text, null),
    perangkat: read(PARAM.perangkat, text, null),
    terlambatSaja: params.get(PARAM.terlambatSaja) === '1',
    sort: read(PARAM.sort, sortSchema, DEFAULT_SORT),
  };
}
