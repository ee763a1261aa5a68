import { describe, expect, it } from 'vitest';
import { daftarOrder } from './daftarOrder';

const req = (urut: number, diterimaPada: string) => ({
  nomor: `${String(urut).padStart(3, '0')}/PLTI/XI/2026`,
  tahun: 2026,
  urut,
  diterimaPada,
});

describe('the Daftar order', () => {
  it('lists a paper request entered later where it was received, its number kept', () => {
    const rows = [
      req(1, '2026-11-02T02:00:00.000Z'),
      req(2, '2026-11-03T02:00:00.000Z'),
      // Received on paper on 2 November at 08.30 WIB, typed in on the 4th: number 3.
      req(3, '2026-11-02T08:30:00+07:00'),
    ];
    expect(daftarOrder(rows).map((r) => r.nomor)).toEqual([
      '003/PLTI/XI/2026',
      '001/PLTI/XI/2026',
      '002/PLTI/XI/2026',
    ]);
  });

  it('compares instants, not texts, and keeps the numbers order at the same time', () => {
    const rows = [
      req(5, '2026-11-02T09:00:00+07:00'),
      req(4, '2026-11-02T02:00:00.000Z'),
      req(6, '2026-11-02T01:59:00.000Z'),
    ];
    expect(daftarOrder(rows).map((r) => r.urut)).toEqual([6, 4, 5]);
  });
});
