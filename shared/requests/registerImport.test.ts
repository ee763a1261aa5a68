import { describe, expect, it } from 'vitest';
import {
  findHeaderRow,
  guessMapping,
  mappingErrors,
  numberKey,
  parseRegisterImport,
  parseSheetDate,
  runningNumberOf,
  type ImportCell,
} from './registerImport';

const NOW = new Date(2026, 10, 30, 12);

const sheet: ImportCell[][] = [
  ['REGISTER PERMINTAAN LAYANAN TI 2025'],
  ['No. Agenda', 'Tgl Terima', 'Nama', 'Bagian', 'Masalah', 'Keadaan', 'Tgl Selesai'],
  [
    '012/PLTI/XI/2025',
    new Date(Date.UTC(2025, 10, 3, 9, 15)),
    'Siti',
    'Hakim',
    'Printer macet',
    'Selesai',
    '04/11/2025 10.00',
  ],
  ['013/PLTI/XI/2025', '5 November 2025 14.30', 'Budi', '', 'SIPP error', 'Proses', null],
  [null, null, null, null, null, null, null],
  ['tanpa nomor', '06/11/2025', 'Rina', 'Kepaniteraan', 'Scanner', 'Selesai', null],
  ['012/PLTI/XI/2025', '07/11/2025', 'Ani', 'Kepaniteraan', 'Lagi', 'Selesai', null],
  ['014/PLTI/XI/2025', '31/02/2025', '', 'Kepaniteraan', 'Rusak', 'Hilang', null],
  ['005/PLTI/XI/2025', '08/11/2025', 'Dodi', 'Kepaniteraan', 'Monitor', 'Ditolak', null],
];

describe('old register import', () => {
  it('finds the header below a title and guesses the columns from their names', () => {
    const header = findHeaderRow(sheet);
    expect(header).toBe(1);
    const mapping = guessMapping(sheet[header] ?? []);
    expect(mapping).toMatchObject({
      nomor: 0,
      diterimaPada: 1,
      pemohon: 2,
      unit: 3,
      uraian: 4,
      status: 5,
      selesaiPada: 6,
      kategori: null,
    });
    expect(mappingErrors(mapping)).toEqual([]);
    expect(mappingErrors({ ...mapping, nomor: null, unit: 2 })).toEqual([
      'Pilih kolom untuk Nomor register.',
      'Kolom yang sama dipilih untuk Nama pemohon dan Unit kerja.',
    ]);
  });

  it('keeps numbers as printed, refuses bad rows with a reason, and numbers already used', () => {
    const mapping = guessMapping(sheet[1] ?? []);
    const parsed = parseRegisterImport(sheet, 1, mapping, {
      now: NOW,
      taken: new Set([numberKey(2025, 5)]),
      defaultKategori: 'Lainnya',
    });
    expect(parsed.valid.map((v) => [v.rowNumber, v.nomor, v.tahun, v.urut, v.status])).toEqual([
      [3, '012/PLTI/XI/2025', 2025, 12, 'selesai'],
      [4, '013/PLTI/XI/2025', 2025, 13, 'berjalan'],
    ]);
    const first = parsed.valid[0];
    expect(new Date(first?.diterimaPada ?? '').getHours()).toBe(9);
    expect(new Date(first?.selesaiPada ?? '').getDate()).toBe(4);
    expect(parsed.valid[1]?.pemohon.unitNama).toBe('-');
    expect(parsed.valid[1]?.kategori).toBe('Lainnya');
    expect(parsed.errors).toEqual([
      { rowNumber: 6, messages: ['Nomor "tanpa nomor" tidak memuat nomor urut.'] },
      { rowNumber: 7, messages: ['Nomor urut 12 tahun 2025 sudah ada di baris 3.'] },
      {
        rowNumber: 8,
        messages: [
          'Tanggal diterima tidak terbaca (contoh: 22/11/2025 09.30).',
          'Status "Hilang" tidak dikenal (Selesai, Ditolak atau Proses).',
          expect.stringContaining('Nama pemohon'),
        ],
      },
      { rowNumber: 9, messages: ['Nomor urut 5 tahun 2025 sudah dipakai di register.'] },
    ]);
  });

  it('refuses a received time in the future', () => {
    const rows: ImportCell[][] = [
      ['Nomor', 'Diterima', 'Pemohon', 'Uraian'],
      ['001/PLTI/I/2027', '02/01/2027', 'Siti', 'Printer'],
    ];
    const parsed = parseRegisterImport(rows, 0, guessMapping(rows[0] ?? []), {
      now: NOW,
      taken: new Set(),
      defaultKategori: 'Lainnya',
    });
    expect(parsed.errors[0]?.messages).toEqual(['Waktu terima tidak boleh di masa depan.']);
  });

  it('reads the dates old registers write', () => {
    const local = (d: Date | null) =>
      d && [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
    expect(local(parseSheetDate('22/11/2025 14.30'))).toEqual([2025, 11, 22, 14, 30]);
    expect(local(parseSheetDate('2025-11-22'))).toEqual([2025, 11, 22, 0, 0]);
    expect(local(parseSheetDate('Sabtu, 22 Nov 2025 08:05'))).toEqual([2025, 11, 22, 8, 5]);
    expect(local(parseSheetDate(45983.5))).toEqual([2025, 11, 22, 12, 0]);
    expect(parseSheetDate('32/11/2025')).toBeNull();
    expect(parseSheetDate('kemarin')).toBeNull();
    expect(runningNumberOf('1297/KPA.W17-A8/OT1.6/XII/2025')).toBe(1297);
    expect(runningNumberOf('PLTI/XI')).toBeNull();
  });
});
