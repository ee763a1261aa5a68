import { describe, expect, it } from 'vitest';
import type { RequestRow } from '../../db/rows';
import {
  filterRegister as filterOnly,
  NO_FILTER,
  sortRegister,
  toRegisterItem,
  type RegisterFilter,
} from './registerFilter';

const filterRegister = (list: Parameters<typeof filterOnly>[0], f: RegisterFilter) =>
  filterOnly(sortRegister(list, f.sort), f);

function row(urut: number, over: Partial<RequestRow> = {}): RequestRow {
  return {
    id: `r${urut}`,
    _clock: {},
    _deleted: false,
    _updatedBy: null,
    _updatedAt: '',
    nomor: `${String(urut).padStart(3, '0')}/PLTI/XI/2026`,
    tahun: 2026,
    urut,
    sopId: 'pa-mukomuko-as-32',
    sopRevision: 0,
    pemohon: {
      personId: null,
      nama: 'Siti Aminah',
      nip: '',
      unitNama: 'Kepaniteraan',
      telepon: '',
    },
    diterimaPada: new Date(2026, 10, urut, 9).toISOString(),
    saluran: 'formulir',
    kategori: 'Printer/scanner',
    aplikasi: '',
    perangkat: 'Printer Epson L3110',
    uraian: 'Printer macet',
    urgensiPemohon: 'sedang',
    urgensi: null,
    dampak: null,
    prioritas: null,
    disposisi: null,
    status: 'berjalan',
    langkahTerakhir: 1,
    langkahMulai: '',
    adaTerlambat: false,
    selesaiPada: null,
    penutupan: null,
    ...over,
  };
}

const items = [
  toRegisterItem(row(1), false, 9),
  toRegisterItem(
    row(2, {
      pemohon: { personId: null, nama: 'Budi', nip: '', unitNama: 'Hakim', telepon: '' },
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
    expect(numbers(filterRegister(items, { ...NO_FILTER, sort: 'terlama' }))).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(numbers(filterRegister(items, { ...NO_FILTER, sort: 'prioritas' }))).toEqual([
      3, 2, 5, 4, 1,
    ]);
  });
});

describe('narrowing filter', () => {
  it('gives the same answers as a full scan while typing, deleting and changing filters', async () => {
    const { createNarrowingFilter } = await import('./registerFilter');
    const narrow = createNarrowingFilter();
    const sorted = sortRegister(items, 'terbaru');
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
