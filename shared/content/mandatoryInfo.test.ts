import { describe, expect, it } from 'vitest';
import { defaultMandatoryInfo } from './defaultMandatoryInfo';
import { isStale, mandatoryInfoSchema, staleFrom, staleItems } from './mandatoryInfo';

describe('mandatoryInfo', () => {
  it('has valid default items, each naming its source', () => {
    const items = defaultMandatoryInfo();
    expect(items.length).toBeGreaterThan(15);
    for (const item of items) {
      expect(mandatoryInfoSchema.parse(item)).toEqual(item);
      expect(item.sumber.length).toBeGreaterThan(5);
    }
    expect(items.map((i) => i.judul)).toContain('Jadwal sidang');
  });

  it('finds the stale items, never-updated and most overdue first', () => {
    const base = { masaBerlakuHari: 30, alamat: '', keterangan: '', sumber: 'x', judul: 'x' };
    const fresh = { ...base, urut: 0, terakhirDiperbarui: '2026-11-20' };
    const old = { ...base, urut: 1, terakhirDiperbarui: '2026-10-01' };
    const older = { ...base, urut: 2, terakhirDiperbarui: '2026-09-01' };
    const never = { ...base, urut: 3, terakhirDiperbarui: null };
    expect(staleItems([fresh, old, older, never], '2026-12-05')).toEqual([never, older, old]);
    expect(isStale({ masaBerlakuHari: 30, terakhirDiperbarui: '2026-11-05' }, '2026-12-05')).toBe(
      false,
    );
    expect(isStale({ masaBerlakuHari: 30, terakhirDiperbarui: '2026-11-04' }, '2026-12-05')).toBe(
      true,
    );
    expect(staleFrom(fresh)).toBe('2026-12-20');
    expect(staleFrom(never)).toBeNull();
  });

  it('rejects an item without a name or with a bad term', () => {
    const r = mandatoryInfoSchema.safeParse({
      judul: '',
      sumber: 'x',
      masaBerlakuHari: 0,
      alamat: '',
      terakhirDiperbarui: null,
      keterangan: '',
      urut: 0,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'Nama informasi wajib diisi.',
      'Masa berlaku paling sedikit 1 hari.',
    ]);
  });
});
