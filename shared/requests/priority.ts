import { z } from 'zod';
import { LEVELS, type Level } from './schema';

/**
 * Priority from urgency × impact, in the manner of GLPI's matrix: a 4 × 4 table the office
 * can edit, rows urgensi, columns dampak, each cell the resulting priority.
 */
export type PriorityMatrix = Record<Level /* urgensi */, Record<Level /* dampak */, Level>>;

/** Rows and columns in the order of LEVELS: sangatTinggi, tinggi, sedang, rendah. */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  sangatTinggi: {
    sangatTinggi: 'sangatTinggi',
    tinggi: 'sangatTinggi',
    sedang: 'tinggi',
    rendah: 'tinggi',
  },
  tinggi: { sangatTinggi: 'sangatTinggi', tinggi: 'tinggi', sedang: 'tinggi', rendah: 'sedang' },
  sedang: { sangatTinggi: 'tinggi', tinggi: 'tinggi', sedang: 'sedang', rendah: 'rendah' },
  rendah: { sangatTinggi: 'tinggi', tinggi: 'sedang', sedang: 'rendah', rendah: 'rendah' },
};

/** Sort rank of a level, highest first: sangatTinggi 0 .. rendah 3. */
export const LEVEL_RANK: Record<Level, number> = {
  sangatTinggi: 0,
  tinggi: 1,
  sedang: 2,
  rendah: 3,
};

/** For Array.prototype.sort: the higher level first. */
export function compareLevels(a: Level, b: Level): number {
  return LEVEL_RANK[a] - LEVEL_RANK[b];
}

const MATRIX_MESSAGE = 'Pilih prioritas untuk setiap pasangan urgensi dan dampak.';
const cell = z.enum(LEVELS, { message: MATRIX_MESSAGE });
const row = z.object(
  { sangatTinggi: cell, tinggi: cell, sedang: cell, rendah: cell },
  { message: MATRIX_MESSAGE },
);

/** The matrix as the office edits it: every urgensi row, every dampak column, a level each. */
export const priorityMatrixSchema = z.object(
  { sangatTinggi: row, tinggi: row, sedang: row, rendah: row },
  { message: MATRIX_MESSAGE },
) satisfies z.ZodType<PriorityMatrix>;

/** The priority the matrix gives a request of this urgensi and dampak. */
export function priorityOf(matrix: PriorityMatrix, urgensi: Level, dampak: Level): Level {
  return matrix[urgensi][dampak];
}
