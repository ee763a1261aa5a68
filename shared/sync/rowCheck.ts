import type { z } from 'zod';
import type { RemoteOp } from './merge';
import { isRowSchemaTable, ROW_SCHEMAS, TABLE_LABELS, type RowSchemaTable } from './rowSchemas';
import { snapshotRowSchema, type SnapshotRow } from './snapshotFile';

/**
 * Checks of rows from another PC against the row schemas (rowSchemas.ts), with the
 * problems said in Indonesian. An op's check depends on the op alone, so every PC decides
 * it the same way and the PCs stay identical (see docs/ARCHITECTURE.md).
 */

/** Reasons shown in the sync screen stay short. */
export const MAX_REASON_CHARS = 200;

/** What is wrong with an op's values, in Indonesian; null when they all pass. */
export function opProblem(op: Pick<RemoteOp, 'table' | 'changes'>): string | null {
  if (!isRowSchemaTable(op.table)) return `tabel '${op.table.slice(0, 40)}' tidak dikenal`;
  const shape: Record<string, z.ZodType> = ROW_SCHEMAS[op.table].shape;
  for (const [field, value] of Object.entries(op.changes)) {
    // A field this version does not know is kept as it came: a newer Meja TI may write it.
    if (!Object.hasOwn(shape, field)) continue;
    const schema = shape[field];
    if (!schema) continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) return issueText(parsed.error.issues[0], [field], { [field]: value });
  }
  return null;
}

/** The required fields a row lacks (a new row that came with only some of its fields). */
export function missingFields(table: RowSchemaTable, row: Record<string, unknown>): string[] {
  const shape: Record<string, z.ZodType> = ROW_SCHEMAS[table].shape;
  return Object.entries(shape)
    .filter(([field, schema]) => row[field] === undefined && !schema.safeParse(undefined).success)
    .map(([field]) => field);
}

/** What is wrong with a stored row, in Indonesian; null when it reads fine. */
export function rowProblem(table: RowSchemaTable, row: Record<string, unknown>): string | null {
  const missing = missingFields(table, row);
  if (missing.length) return missingText(missing);
  const parsed = ROW_SCHEMAS[table].safeParse(row);
  return parsed.success ? null : issueText(parsed.error.issues[0], [], row);
}

/**
 * A snapshot's row checked against snapshotRowSchema (its stamps, bookkeeping, JSON values
 * and field names): the row as parsed, or what is wrong with it in Indonesian.
 */
export function snapshotRowShape(
  row: unknown,
): { row: SnapshotRow; problem: null } | { row: null; problem: string } {
  const parsed = snapshotRowSchema.safeParse(row);
  return parsed.success
    ? { row: parsed.data, problem: null }
    : { row: null, problem: issueText(parsed.error.issues[0], [], row) };
}

export function missingText(fields: readonly string[]): string {
  const named = fields.slice(0, 3).map((f) => `'${f}'`);
  const more = fields.length > 3 ? ` dan ${fields.length - 3} lainnya` : '';
  return `kolom ${named.join(', ')}${more} tidak ada`;
}

/** "Baris permintaan 1a2b3c4d… dari komputer X ditolak: …", at most MAX_REASON_CHARS. */
export function rowReason(
  where: { table: string; key: string; device: string },
  verdict: string,
  problem: string,
): string {
  const label = isRowSchemaTable(where.table) ? TABLE_LABELS[where.table] : 'tabel lain';
  const text = `Baris ${label} ${short(where.key)} dari komputer ${short(where.device)} ${verdict}: ${problem}.`;
  return text.length <= MAX_REASON_CHARS ? text : `${text.slice(0, MAX_REASON_CHARS - 1)}…`;
}

/** A long id cut to its first 8 characters, as the sync screen shows PCs. */
function short(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** One zod issue in Indonesian; the validator's English never reaches the user. */
function issueText(
  issue: z.core.$ZodIssue | undefined,
  prefix: PropertyKey[],
  root: unknown,
): string {
  const full = [...prefix, ...(issue?.path ?? [])];
  const path = full
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[')
    .slice(0, 60);
  const field = `kolom '${path || 'baris'}'`;
  if (!issue) return `${field} tidak sah`;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `${field} melebihi ${thousands(Number(issue.maximum))} karakter`
        : issue.origin === 'array'
          ? `${field} melebihi ${thousands(Number(issue.maximum))} isian`
          : `${field} terlalu besar`;
    case 'too_small':
      return issue.origin === 'string' ? `${field} kosong` : `${field} terlalu kecil`;
    case 'invalid_type':
      return `${field} ${valueAt(root, full) === undefined ? 'tidak ada' : 'berisi jenis data yang salah'}`;
    case 'invalid_value':
      return `${field} berisi pilihan yang tidak dikenal`;
    case 'invalid_format':
      return `${field} tidak berformat benar`;
    default:
      return `${field} tidak sah`;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const step of path) {
    if (typeof value !== 'object' || value === null || typeof step === 'symbol') return undefined;
    value = Object.hasOwn(value, step)
      ? (value as Record<string | number, unknown>)[step]
      : undefined;
  }
  return value;
}
