import { describe, expect, it } from 'vitest';
import { emptyReception, toLocalInput, validateReception } from './receptionValues';

const now = new Date(2026, 10, 23, 9, 0);

describe('reception form', () => {
  it('accepts a complete reception', () => {
    const result = validateReception(
      {
        ...emptyReception(now),
        nama: 'Siti',
        unitNama: 'Kepaniteraan',
        kategori: 'Printer/scanner',
        uraian: 'Printer macet',
      },
      now,
    );
    expect(result.ok).toBe(true);
  });

  it('says what is missing or wrong, field by field', () => {
    const result = validateReception(
      {
        ...emptyReception(now),
        nama: 'Siti',
        nip: '19900315201903100',
        unitNama: 'Kepaniteraan',
        kategori: 'Aplikasi',
        diterimaLokal: toLocalInput(new Date(2026, 10, 23, 11, 0)),
      },
      now,
    );
    expect(result.ok ? {} : result.errors).toEqual({
      nip: 'NIP harus 18 digit; yang diisi 17 digit.',
      uraian: 'Uraian permintaan wajib diisi.',
      diterimaLokal: 'Waktu terima tidak boleh di masa depan.',
      aplikasi: 'Pilih aplikasi yang bermasalah.',
    });
  });
});
