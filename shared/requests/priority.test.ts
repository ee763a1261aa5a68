import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIORITY_MATRIX,
  LEVEL_RANK,
  compareLevels,
  priorityMatrixSchema,
  priorityOf,
  type PriorityMatrix,
} from './priority';
import { LEVELS, type Level } from './schema';

describe('DEFAULT_PRIORITY_MATRIX', () => {
  // Rows urgensi, columns dampak, both sangatTinggi, tinggi, sedang, rendah.
  const expected: [Level, Level[]][] = [
    ['sangatTinggi', ['sangatTinggi', 'sangatTinggi', 'tinggi', 'tinggi']],
    ['tinggi', ['sangatTinggi', 'tinggi', 'tinggi', 'sedang']],
    ['sedang', ['tinggi', 'tinggi', 'sedang', 'rendah']],
    ['rendah', ['tinggi', 'sedang', 'rendah', 'rendah']],
  ];
  const cells = expected.flatMap(([urgensi, row]) =>
    row.map((priority, i) => [urgensi, LEVELS[i], priority] as const),
  );

  it('has 16 cells', () => {
    expect(cells).toHaveLength(16);
  });

  it.each(cells)('urgensi %s × dampak %s → %s', (urgensi, dampak, priority) => {
    expect(dampak).toBeDefined();
    if (dampak === undefined) return;
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, urgensi, dampak)).toBe(priority);
  });

  it('is a valid matrix', () => {
    expect(priorityMatrixSchema.parse(DEFAULT_PRIORITY_MATRIX)).toEqual(DEFAULT_PRIORITY_MATRIX);
  });
});

describe('priorityOf', () => {
  it('uses an edited matrix', () => {
    const edited: PriorityMatrix = {
      ...DEFAULT_PRIORITY_MATRIX,
      rendah: { ...DEFAULT_PRIORITY_MATRIX.rendah, sangatTinggi: 'sangatTinggi' },
    };
    expect(priorityOf(edited, 'rendah', 'sangatTinggi')).toBe('sangatTinggi');
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, 'rendah', 'sangatTinggi')).toBe('tinggi');
    expect(priorityOf(edited, 'rendah', 'tinggi')).toBe('sedang');
  });
});

describe('priorityMatrixSchema', () => {
  const message = 'Pilih prioritas untuk setiap pasangan urgensi dan dampak.';

  it('refuses an unknown level with a path to the cell', () => {
    const bad = {
      ...DEFAULT_PRIORITY_MATRIX,
      sedang: { ...DEFAULT_PRIORITY_MATRIX.sedang, rendah: 'kritis' },
    };
    const result = priorityMatrixSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['sedang', 'rendah'], message],
    ]);
  });

  it('refuses a missing row or cell', () => {
    const { tinggi: _row, ...withoutRow } = DEFAULT_PRIORITY_MATRIX;
    expect(priorityMatrixSchema.safeParse(withoutRow).error?.issues[0]?.message).toBe(message);
    const { sedang: _cell, ...rowWithoutCell } = DEFAULT_PRIORITY_MATRIX.rendah;
    const withoutCell = { ...DEFAULT_PRIORITY_MATRIX, rendah: rowWithoutCell };
    expect(priorityMatrixSchema.safeParse(withoutCell).error?.issues[0]?.path).toEqual([
      'rendah',
      'sedang',
    ]);
  });
});

describe('LEVEL_RANK', () => {
  it('ranks sangatTinggi first and rendah last', () => {
    expect(LEVELS.map((l) => LEVEL_RANK[l])).toEqual([0, 1, 2, 3]);
    const levels: Level[] = ['rendah', 'sangatTinggi', 'sedang', 'tinggi'];
    expect(levels.sort(compareLevels)).toEqual(['sangatTinggi', 'tinggi', 'sedang', 'rendah']);
  });
});
