import { describe, expect, it } from 'vitest';
import { delegationProblems, type Delegation, type DelegationFields } from './delegation';

const people = [
  { id: 'budi', nama: 'Budi', aktif: true },
  { id: 'citra', nama: 'Citra', aktif: true },
  { id: 'dodi', nama: 'Dodi', aktif: false },
];

const input: DelegationFields = {
  jenis: 'Plh.',
  untukPersonId: 'budi',
  delegasiPersonId: 'citra',
  dari: '2026-11-23',
  sampai: '2026-11-25',
  nomorSurat: '12/KP/XI/2026',
  dicabut: false,
};

describe('delegation rules', () => {
  it('accepts a valid delegation', () => {
    expect(delegationProblems(input, people, [])).toEqual([]);
  });

  it('refuses dates out of order, the official as own delegate, inactive staff', () => {
    expect(delegationProblems({ ...input, sampai: '2026-11-22' }, people, [])).toEqual([
      'Tanggal sampai tidak boleh sebelum tanggal dari.',
    ]);
    expect(delegationProblems({ ...input, delegasiPersonId: 'budi' }, people, [])).toEqual([
      'Pegawai yang ditunjuk tidak boleh pejabat yang digantikan sendiri.',
    ]);
    expect(delegationProblems({ ...input, delegasiPersonId: 'dodi' }, people, [])).toEqual([
      'Pegawai yang ditunjuk harus pegawai aktif.',
    ]);
  });

  it('refuses an overlapping delegation for the same official, not a revoked one', () => {
    const other: Delegation = { ...input, id: 'd0', dari: '2026-11-25', sampai: '2026-11-30' };
    expect(delegationProblems(input, people, [other])).toHaveLength(1);
    expect(delegationProblems(input, people, [{ ...other, dicabut: true }])).toEqual([]);
    expect(delegationProblems(input, people, [{ ...other, dari: '2026-11-26' }])).toEqual([]);
  });
});
