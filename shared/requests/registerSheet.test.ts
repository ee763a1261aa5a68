import { describe, expect, it } from 'vitest';
import {
  REGISTER_SHEET_COLUMNS,
  registerSheetRow,
  stepColumns,
  type SheetRequest,
} from './registerSheet';
import { DEFAULT_OFFICE_HOURS } from './workingTime';

const row: SheetRequest = {
  nomor: '012/PLTI/XI/2026',
  tahun: 2026,
  urut: 12,
  diterimaPada: new Date(2026, 10, 2, 9).toISOString(),
  pemohon: { nama: 'Siti', unitNama: 'Hakim' },
  kategori: 'Aplikasi',
  aplikasi: 'SIPP',
  perangkat: '',
  uraian: 'Tidak bisa login',
  prioritas: 'tinggi',
  status: 'selesai',
  langkahTerakhir: 9,
  disposisi: null,
  selesaiPada: new Date(2026, 10, 2, 10).toISOString(),
  riwayatNomor: [],
};

describe('register worksheet', () => {
  it("has the Daftar's columns, then the time of each step", () => {
    const steps = stepColumns([{ no: 2, kegiatan: 'Membuat disposisi' }]);
    expect([...REGISTER_SHEET_COLUMNS, ...steps].map((c) => c.header)).toEqual([
      'No',
      'Nomor',
      'Diterima',
      'Pemohon',
      'Unit',
      'Kategori',
      'Uraian',
      'Prioritas',
      'Status',
      'Selesai',
      'Durasi',
      'Ket.',
      'Langkah 2: Membuat disposisi',
    ]);
    const cells = registerSheetRow(
      {
        row,
        late: true,
        stepsFinished: new Map([[2, new Date(2026, 10, 2, 9, 30).toISOString()]]),
      },
      0,
      [2, 3],
      DEFAULT_OFFICE_HOURS,
      new Date(2026, 10, 30),
    );
    expect(cells.slice(0, 2)).toEqual([1, '012/PLTI/XI/2026']);
    expect(cells.slice(3, 9)).toEqual([
      'Siti',
      'Hakim',
      'Aplikasi (SIPP)',
      'Tidak bisa login',
      'Tinggi',
      'Selesai',
    ]);
    expect(cells[10]).toBe('1 jam');
    expect(cells[11]).toBe('Terlambat');
    expect((cells[12] as Date).getMinutes()).toBe(30);
    expect(cells[13]).toBeNull();
  });

  it('leaves the duration out when a closed request has no closing time (an old register)', () => {
    const cells = registerSheetRow(
      { row: { ...row, selesaiPada: null }, late: false, stepsFinished: new Map() },
      0,
      [],
      DEFAULT_OFFICE_HOURS,
      new Date(2026, 10, 30),
    );
    expect(cells[10]).toBe('-');
    expect(cells[11]).toBe('');
  });
});
