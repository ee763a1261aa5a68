import { describe, expect, it } from 'vitest';
import { paMukomukoAs32, paTernateAs28Website, paTernateAs29 } from '../../../sop/catalog';
import type { Procedure, SopDocument } from '../../../sop/schema';
import { totalLines, waktuDiperlukan } from '../../../sop/totalText';

function procedureOf(doc: SopDocument, key: string): Procedure {
  const p = doc.procedures.find((x) => x.key === key);
  if (!p) throw new Error(`no procedure ${key}`);
  return p;
}

describe('waktuDiperlukan', () => {
  it('gives minutes with their working-day breakdown', () => {
    expect(waktuDiperlukan(procedureOf(paMukomukoAs32, 'B'))).toBe(
      '585 menit (1 hari 2 jam 15 menit)',
    );
    expect(waktuDiperlukan(procedureOf(paMukomukoAs32, 'C'))).toBe(
      '1.350 menit (3 hari); langkah tanpa waktu tidak dihitung',
    );
  });

  it('gives a range as its two bounds', () => {
    expect(waktuDiperlukan(procedureOf(paTernateAs28Website, 'F'))).toBe('2.160–3.450 menit');
  });

  it('gives the last day of a "Hari ke" procedure', () => {
    expect(waktuDiperlukan(procedureOf(paTernateAs29, 'B'))).toBe('Hari ke-5');
    expect(waktuDiperlukan(procedureOf(paTernateAs29, 'C'))).toMatch(
      /^Hari ke-\d+; \d+ langkah rutin setiap bulan tidak dihitung$/,
    );
  });
});

describe('totalLines', () => {
  it('shows the printed total and where it is miscounted', () => {
    const lines = totalLines(procedureOf(paMukomukoAs32, 'B'));
    expect(lines[0]).toEqual({
      lead: 'Waktu yang diperlukan:',
      text: '585 menit (1 hari 2 jam 15 menit)',
    });
    expect(lines[1]).toEqual({
      lead: 'Tertulis di dokumen:',
      text: '585 menit/ 1 hari 2 jam 25 menit',
    });
    expect(lines[2]?.italics).toBe(true);
    expect(lines[2]?.text).toContain('585 menit = 1 hari 2 jam 15 menit');
  });

  it('prints only the computed total when the document printed none', () => {
    expect(totalLines(procedureOf(paTernateAs29, 'A'))).toHaveLength(1);
  });
});
