import { describe, expect, it } from 'vitest';
import {
  filterRegister as filterOnly,
  NO_FILTER,
  sortRegister,
  toRegisterItem,
  type RegisterFilter,
  type RegisterRowFields,
  type SortKey,
  SORT_KEYS,
  registerViewToQuery,
  registerViewFromQuery,
  isFiltered,
} from './registerView';

const filterRegister = (list: Parameters<typeof filterOnly>[0], f: RegisterFilter) =>
  filterOnly(sortRegister(list, f.sort), f);

function row(urut: number, over: Partial<RegisterRowFields> = {}): RegisterRowFields {
  return {
    nomor: `${String(urut).padStart(3, '0')}/PLTI/XI/2026`,
    tahun: 2026,
    urut,
    pemohon: { nama: 'Siti Aminah', unitNama: 'Kepaniteraan' },
    diterimaPada: new Date(2026, 10, urut, 9).toISOString(),
    kategori: 'Printer/scanner',
    aplikasi: '',
    perangkat: 'Printer Epson L3110',
    uraian: 'Printer macet',
    prioritas: null,
    disposisi: null,
    status: 'berjalan',
    langkahTerakhir: 1,
    ...over,
  };
}

const items = [
  toRegisterItem(row(1), false, 9),
  toRegisterItem(
    row(2, {
      pemohon: { nama: 'Budi', unitNama: 'Hakim' },
      uraian: 'SIPP tidak bisa login',
      kategori: 'Aplikasi',
      prioritas: 'tinggi',
    }),
    true,
    9,
  ),
  toRegisterItem(
    row(3, { status: 'selesai', langkahTerakhir: 9, prioritas: 'sangatTinggi' }),
    false,
    9,
  ),
  toRegisterItem(row(4, { langkahTerakhir: 9 }), false, 9),
  toRegisterItem(
    row(5, { diterimaPada: new Date(2026, 11, 1, 9).toISOString(), langkahTerakhir: 3 }),
    false,
    9,
  ),
];
const numbers = (list: ReturnType<typeof filterRegister>) => list.map((i) => i.row.urut);

describe('register filters', () => {
  it('lists a cancelled request under Dibatalkan only, in no stage of the work', () => {
    const cancelled = { alasan: 'Tercatat dua kali', olehPersonId: 'p1', pada: 'x' };
    const list = [
      toRegisterItem(row(1), false, 9),
      toRegisterItem(row(2, { pembatalan: cancelled }), false, 9),
    ];
    expect(numbers(filterRegister(list, { ...NO_FILTER, tahap: 'dibatalkan' }))).toEqual([2]);
    expect(numbers(filterRegister(list, { ...NO_FILTER, tahap: 'berjalan' }))).toEqual([1]);
    expect(numbers(filterRegister(list, { ...NO_FILTER, tahap: 'langkah:2' }))).toEqual([1]);
    expect(numbers(filterRegister(list, NO_FILTER))).toEqual([2, 1]);
    expect(registerViewFromQuery('?tahap=dibatalkan').tahap).toBe('dibatalkan');
  });

  it('searches number, requester and description, every word', () => {
    expect(numbers(filterRegister(items, { ...NO_FILTER, query: 'sipp LOGIN' }))).toEqual([2]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, query: '003/plti' }))).toEqual([3]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, query: 'budi' }))).toEqual([2]);
  });

  it('filters by stage, category, priority, month and lateness', () => {
    expect(numbers(filterRegister(items, { ...NO_FILTER, tahap: 'selesai' }))).toEqual([3]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, tahap: 'langkah:2' }))).toEqual([2, 1]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, tahap: 'langkah:4' }))).toEqual([5]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, tahap: 'konfirmasi' }))).toEqual([4]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, kategori: 'Aplikasi' }))).toEqual([2]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, prioritas: 'sangatTinggi' }))).toEqual([
      3,
    ]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, bulan: '2026-12' }))).toEqual([5]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, terlambatSaja: true }))).toEqual([2]);
  });

  it('sorts newest first by default, or by priority, or by number', () => {
    expect(numbers(filterRegister(items, NO_FILTER))).toEqual([5, 4, 3, 2, 1]);
    expect(
      numbers(filterRegister(items, { ...NO_FILTER, sort: { key: 'diterima', desc: false } })),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(
      numbers(filterRegister(items, { ...NO_FILTER, sort: { key: 'prioritas', desc: true } })),
    ).toEqual([3, 2, 5, 4, 1]);
  });
});

describe('narrowing filter', () => {
  it('gives the same answers as a full scan while typing, deleting and changing filters', async () => {
    const { createNarrowingFilter } = await import('./registerView');
    const narrow = createNarrowingFilter();
    const sorted = sortRegister(items, NO_FILTER.sort);
    const steps: Partial<RegisterFilter>[] = [
      { query: 's' },
      { query: 'si' },
      { query: 'sipp' },
      { query: 'sip' },
      { query: 'sipp', tahap: 'selesai' },
      { query: 'printer' },
      { query: 'printer m' },
      { query: '' },
    ];
    for (const step of steps) {
      const filter = { ...NO_FILTER, ...step };
      expect(narrow(sorted, filter).map((i) => i.row.urut)).toEqual(
        filterOnly(sorted, filter).map((i) => i.row.urut),
      );
    }
  });
});

describe('register view: new filters, any column, the URL', () => {
  const more = [
    toRegisterItem(
      row(1, {
        pemohon: { nama: 'Zainal', unitNama: 'Hakim' },
        perangkat: 'PC Ruang Sidang',
        disposisi: { diteruskanKepada: ['p-andi'] },
      }),
      false,
      9,
    ),
    toRegisterItem(row(2, { pemohon: { nama: 'andi', unitNama: 'Kepaniteraan' } }), true, 9),
    toRegisterItem(
      row(3, {
        pemohon: { nama: 'Budi', unitNama: 'Hakim' },
        status: 'selesai',
        disposisi: { diteruskanKepada: ['p-budi', 'p-andi'] },
      }),
      false,
      9,
    ),
  ];

  it('filters by unit, officer and device', () => {
    expect(numbers(filterRegister(more, { ...NO_FILTER, unit: 'Hakim' }))).toEqual([3, 1]);
    expect(numbers(filterRegister(more, { ...NO_FILTER, petugas: 'p-andi' }))).toEqual([3, 1]);
    expect(numbers(filterRegister(more, { ...NO_FILTER, petugas: 'p-budi' }))).toEqual([3]);
    expect(numbers(filterRegister(more, { ...NO_FILTER, perangkat: 'PC Ruang Sidang' }))).toEqual([
      1,
    ]);
  });

  it('sorts by any column both ways, ties by received time', () => {
    const by = (key: SortKey, desc: boolean) => numbers(sortRegister(more, { key, desc }));
    expect(by('pemohon', false)).toEqual([2, 3, 1]);
    expect(by('pemohon', true)).toEqual([1, 3, 2]);
    expect(by('nomor', false)).toEqual([1, 2, 3]);
    expect(by('status', false)).toEqual([1, 2, 3]);
    expect(by('status', true)).toEqual([3, 2, 1]);
    expect(by('diterima', true)).toEqual([3, 2, 1]);
    for (const key of SORT_KEYS) {
      expect(by(key, true)).toHaveLength(3);
    }
  });

  it('writes the view to the URL and reads it back; defaults leave it empty', () => {
    expect(registerViewToQuery(NO_FILTER)).toBe('');
    expect(isFiltered(NO_FILTER)).toBe(false);
    const view: RegisterFilter = {
      ...NO_FILTER,
      query: 'printer & scanner',
      tahap: 'langkah:3',
      unit: 'Panitera Muda Hukum',
      petugas: 'p-andi',
      perangkat: 'PC/01 #2',
      bulan: '2026-11',
      prioritas: 'tinggi',
      terlambatSaja: true,
      sort: { key: 'pemohon', desc: false },
    };
    const query = registerViewToQuery(view);
    expect(query).toContain('urut=pemohon-naik');
    expect(registerViewFromQuery(query)).toEqual(view);
    expect(isFiltered(view)).toBe(true);
  });

  it('reads a hand-edited URL: bad values fall back, the rest still applies', () => {
    expect(
      registerViewFromQuery(
        '?tahap=hapus&bulan=2026-13&urut=gaji-naik&prioritas=x&unit=Hakim&cari=%E0',
      ),
    ).toEqual({ ...NO_FILTER, unit: 'Hakim' });
  });
});
