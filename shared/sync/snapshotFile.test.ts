import { describe, expect, it } from 'vitest';
import { encodeHlc } from './hlc';
import {
  coversAll,
  SNAPSHOT_PART_ROWS,
  snapshotHeadLineSchemaFor,
  snapshotHeadSchemaFor,
  snapshotPartSchemaFor,
  snapshotRowSchema,
} from './snapshotFile';

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

function head(overrides: Record<string, unknown> = {}) {
  return {
    format: 'meja-ti/snapshot@2',
    createdAt: '2026-01-06T00:00:01.000Z',
    createdBy: DEVICE,
    covers: { [DEVICE]: 3 },
    counts: { people: 1 },
    ...overrides,
  };
}

const headLine = snapshotHeadLineSchemaFor();
const part = snapshotPartSchemaFor(undefined, snapshotRowSchema);

describe('the snapshot schemas', () => {
  it('accept rows with their stamps and any JSON fields', () => {
    expect(snapshotRowSchema.parse(row())).toEqual(row());
    expect(part.parse({ table: 'people', rows: [row()] })).toEqual({
      table: 'people',
      rows: [row()],
    });
    expect(headLine.parse(head())).toEqual(head());
    expect(headLine.safeParse(head({ counts: {} })).success).toBe(true);
  });

  it('refuse another format, unknown keys, bad stamps, bad covers and unsafe field names', () => {
    const badHeads = [
      head({ format: 'meja-ti/snapshot@1' }),
      head({ extra: true }),
      head({ covers: { [DEVICE]: -1 } }),
      head({ covers: { 'Not A Device': 1 } }),
      head({ createdBy: '../x' }),
      head({ counts: { People: 1 } }),
      head({ counts: { people: -1 } }),
    ];
    for (const value of badHeads) expect(headLine.safeParse(value).success).toBe(false);
    const badRows = [
      row({ _clock: { nama: 'kemarin' } }),
      row({ _deleted: 'no' }),
      { ...row(), 'nama lengkap': 'x' },
    ];
    for (const value of badRows) expect(snapshotRowSchema.safeParse(value).success).toBe(false);
    const badParts = [
      { table: 'People', rows: [row()] },
      { table: 'people', rows: [] },
      { table: 'people', rows: Array.from({ length: SNAPSHOT_PART_ROWS + 1 }, () => row()) },
      { table: 'people', rows: [row()], extra: true },
    ];
    for (const value of badParts) expect(part.safeParse(value).success).toBe(false);
  });

  it('never give a row with a `__proto__` of its own', () => {
    const hostile: unknown = JSON.parse(`{"__proto__":1,${JSON.stringify(row()).slice(1)}`);
    const parsed = snapshotRowSchema.parse(hostile);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
  });

  it('narrow the tables when given', () => {
    const lines = snapshotHeadLineSchemaFor(['units']);
    expect(lines.safeParse(head()).success).toBe(false);
    expect(lines.safeParse(head({ counts: { units: 1 } })).success).toBe(true);
    const parts = snapshotPartSchemaFor(['units'], snapshotRowSchema);
    expect(parts.safeParse({ table: 'people', rows: [row()] }).success).toBe(false);
    expect(parts.safeParse({ table: 'units', rows: [row()] }).success).toBe(true);
  });

  it('take a legacy snapshot’s head with its rows as they came', () => {
    const legacy = snapshotHeadSchemaFor(['units']);
    const about = {
      format: 'meja-ti/snapshot@1',
      createdAt: '2026-01-06T00:00:01.000Z',
      createdBy: DEVICE,
      covers: { [DEVICE]: 3 },
    };
    expect(legacy.safeParse({ ...about, rows: { units: [{ id: 1 }] } }).success).toBe(true);
    expect(legacy.safeParse({ ...about, rows: { people: [] } }).success).toBe(false);
    expect(legacy.safeParse({ ...about, rows: {}, extra: 1 }).success).toBe(false);
  });
});

describe('coversAll', () => {
  it('holds when every device is covered at least as far', () => {
    expect(coversAll({ a: 3, b: 1 }, { a: 2 })).toBe(true);
    expect(coversAll({ a: 3 }, { a: 3, b: 1 })).toBe(false);
    expect(coversAll({}, {})).toBe(true);
  });
});
