import { describe, expect, it } from 'vitest';
import {
  createNarrowingFilter,
  filterRegister,
  NARROW_SLICE,
  NO_FILTER,
  sortRegister,
  toRegisterItem,
  type RegisterFilter,
  type RegisterRowFields,
} from '../../../shared/requests/registerView';
import { narrowInSlices } from './useNarrowedRegister';

const NAMES = ['Siti Aminah', 'Budi Santoso', 'Rahmat Hidayat', 'Dewi Lestari'];
const PROBLEMS = ['Printer macet', 'SIPP tidak bisa login', 'Internet lambat', 'Scanner error'];

function row(i: number): RegisterRowFields {
  return {
    nomor: `${String(i + 1).padStart(5, '0')}/PLTI/XI/2026`,
    tahun: 2026,
    urut: i + 1,
    pemohon: { nama: `${NAMES[i % 4] ?? ''} ${i}`, unitNama: i % 3 ? 'Kepaniteraan' : 'Hakim' },
    diterimaPada: new Date(2026, i % 12, 1 + (i % 28), 9).toISOString(),
    kategori: 'Printer/scanner',
    aplikasi: '',
    perangkat: `Perangkat ${i % 30}`,
    uraian: `${PROBLEMS[i % 4] ?? ''} di ruang ${i % 40}`,
    prioritas: i % 5 === 0 ? 'tinggi' : null,
    disposisi: null,
    status: i % 4 === 0 ? 'selesai' : 'berjalan',
    langkahTerakhir: i % 4 === 0 ? 9 : 2,
  };
}

/** Three slices' worth and some, so the search is split. */
const sorted = sortRegister(
  Array.from({ length: NARROW_SLICE * 3 + 17 }, (_, i) => toRegisterItem(row(i), i % 7 === 0, 9)),
  NO_FILTER.sort,
);
const numbers = (list: readonly { row: RegisterRowFields }[]) => list.map((i) => i.row.urut);

describe('the register searched slice by slice', () => {
  it('finds what one full scan finds while typing, deleting and changing filters', async () => {
    const narrow = createNarrowingFilter();
    const steps: Partial<RegisterFilter>[] = [
      { query: 'p' },
      { query: 'pr' },
      { query: 'printer m' },
      { query: 'printer ma' },
      { query: 'printer' },
      { query: 'printer', tahap: 'selesai' },
      { query: 'sipp 1' },
      { query: 'sipp 12', terlambatSaja: true },
      { query: '' },
    ];
    for (const step of steps) {
      const view = { ...NO_FILTER, ...step };
      const found = await narrowInSlices(narrow, sorted, view, { cancelled: false });
      expect(found && numbers(found)).toEqual(numbers(filterRegister(sorted, view)));
    }
  });

  it('gives nothing and remembers nothing once a newer search took its place', async () => {
    const narrow = createNarrowingFilter();
    const job = { cancelled: false };
    const first = narrowInSlices(narrow, sorted, { ...NO_FILTER, query: 'printer' }, job);
    job.cancelled = true;
    expect(await first).toBeNull();
    // Nothing was remembered: a longer search still starts from the whole register.
    expect(narrow.baseFor(sorted, { ...NO_FILTER, query: 'printer m' })).toBe(sorted);
  });
});
