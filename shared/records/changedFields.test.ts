import { describe, expect, it } from 'vitest';
import { changedFields } from './changedFields';

describe('changedFields', () => {
  it('keeps only the fields that differ from the base, nested values compared whole', () => {
    type Row = { nama: string; telepon: string; logo: { w: number }; faks?: string };
    const base: Row = { nama: 'PA Mukomuko', telepon: '1', logo: { w: 1 } };
    const values: Row = { nama: 'PA Mukomuko', telepon: '2', logo: { w: 1 }, faks: '' };
    expect(changedFields(base, values)).toEqual({ telepon: '2', faks: '' });
  });

  it('treats a missing and an empty-null field alike', () => {
    expect(changedFields<{ a?: string | null }>({}, { a: null })).toEqual({});
  });

  it('returns nothing for a form left as it was opened', () => {
    const base = { a: 1, b: [1, 2] };
    expect(changedFields(base, structuredClone(base))).toEqual({});
  });
});
