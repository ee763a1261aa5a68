import { describe, expect, it } from 'vitest';
import { programTables, type ProgramForReport } from './policyStats';

const program: ProgramForReport = {
  tahun: 2026,
  status: 'ditetapkan',
  items: [
    {
      program: 'Pengadaan UPS ruang server',
      triwulan: [1],
      perkiraanBiaya: 12_000_000,
      realisasiBiaya: 11_500_000,
      status: 'selesai',
      penanggungJawab: 'Rina',
    },
    {
      program: 'Pelatihan e-Court',
      triwulan: [3, 2],
      perkiraanBiaya: 5_000_000,
      realisasiBiaya: null,
      status: 'berjalan',
      penanggungJawab: 'Budi',
    },
  ],
};

describe('Rencana Program TI in the annual report', () => {
  it("lists the year's programmes with estimate, realisation and status, totals in the title", () => {
    const [table] = programTables(program, { jenis: 'tahun', tahun: 2026, ke: 1 });
    expect(table?.baris).toEqual([
      ['Pengadaan UPS ruang server', 'I', 'Rina', 12_000_000, 11_500_000, 'Selesai'],
      ['Pelatihan e-Court', 'II, III', 'Budi', 5_000_000, null, 'Berjalan'],
    ]);
    expect(table?.judul).toContain('1 dari 2 program selesai');
    expect(table?.judul).toContain('Rp17.000.000');
    expect(table?.judul).toContain('Rp11.500.000');
  });

  it('keeps a quarter to the programmes planned in it', () => {
    const [table] = programTables(program, { jenis: 'triwulan', tahun: 2026, ke: 2 });
    expect(table?.baris.map((r) => r[0])).toEqual(['Pelatihan e-Court']);
  });

  it('has no table without a programme for the year', () => {
    expect(programTables(null, { jenis: 'tahun', tahun: 2026, ke: 1 })).toEqual([]);
    expect(programTables(program, { jenis: 'tahun', tahun: 2027, ke: 1 })).toEqual([]);
  });
});
