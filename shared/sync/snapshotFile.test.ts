import { describe, expect, it } from 'vitest';
import { encodeHlc } from './hlc';
import { coversAll, snapshotFileSchema, snapshotFileSchemaFor } from './snapshotFile';

const DEVICE = '3f2c9a10-5b7e-4d21-8f00-9c1a2b3c4d5e';
const STAMP = encodeHlc({ millis: Date.UTC(2026, 0, 6), counter: 0, device: DEVICE });

function row(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    nama: 'Ani',
    roles: ['operator'],
    _clock: { nama: STAMP, roles: STAMP },
    _deleted: false,
    _updatedBy: 'staff-1',
    _updatedAt: '2026-01-06T00:00:00.000Z',
    ...overrides,
  };
}

function snapshot(overrides: Record<string, unknown> = {}) {
  return {
    format: 'meja-ti/snapshot@1',
    createdAt: '2026-01-06T00:00:01.000Z',
    createdBy: DEVICE,
    covers: { [DEVICE]: 3 },
    rows: { people: [row()] },
    ...overrides,
  };
}

describe('the snapshot schema', () => {
  it('accepts rows with their stamps and any JSON fields', () => {
    expect(snapshotFileSchema.parse(snapshot())).toEqual(snapshot());
    expect(snapshotFileSchema.safeParse(snapshot({ rows: {} })).success).toBe(true);
  });

  it('refuses another format, unknown keys, bad stamps, bad covers and unsafe field names', () => {
    const bad = [
      snapshot({ format: 'meja-ti/snapshot@2' }),
      snapshot({ extra: true }),
      snapshot({ covers: { [DEVICE]: -1 } }),
      snapshot({ covers: { 'Not A Device': 1 } }),
      snapshot({ createdBy: '../x' }),
      snapshot({ rows: { people: [row({ _clock: { nama: 'kemarin' } })] } }),
      snapshot({ rows: { people: [row({ _deleted: 'no' })] } }),
      snapshot({ rows: { people: [{ ...row(), 'nama lengkap': 'x' }] } }),
      snapshot({ rows: { People: [row()] } }),
    ];
    for (const value of bad) expect(snapshotFileSchema.safeParse(value).success).toBe(false);
  });

  it('never gives a row with a `__proto__` of its own', () => {
    const hostile: unknown = JSON.parse(`{"__proto__":1,${JSON.stringify(row()).slice(1)}`);
    const parsed = snapshotFileSchema.parse(snapshot({ rows: { people: [hostile] } }));
    const [first] = parsed.rows.people ?? [];
    expect(first && Object.hasOwn(first, '__proto__')).toBe(false);
  });

  it('narrows the tables when given', () => {
    const schema = snapshotFileSchemaFor(['units']);
    expect(schema.safeParse(snapshot()).success).toBe(false);
    expect(schema.safeParse(snapshot({ rows: { units: [row()] } })).success).toBe(true);
  });
});

describe('coversAll', () => {
  it('holds when every device is covered at least as far', () => {
    expect(coversAll({ a: 3, b: 1 }, { a: 2 })).toBe(true);
    expect(coversAll({ a: 3 }, { a: 3, b: 1 })).toBe(false);
    expect(coversAll({}, {})).toBe(true);
  });
});
