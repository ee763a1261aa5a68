import type { PersonFields, UnitFields } from '../../shared/office/person';
import type { SopDocument } from '../../shared/sop/schema';

/** A JSON value as rows and outbox entries hold them. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Every synced row carries per-field clock stamps (`_clock`), a tombstone flag (rows are
 * never removed, so a deletion can sync), and who changed it last and when.
 */
export interface SyncedRow {
  id: string;
  _clock: Record<string, string>;
  _deleted: boolean;
  _updatedBy: string | null;
  _updatedAt: string;
}

/** Office-wide settings, one row per topic ('office' is the court's identity). */
export type SettingsRow = SyncedRow & Record<string, unknown>;
export type PersonRow = SyncedRow & PersonFields;
export type UnitRow = SyncedRow & UnitFields;

/** An SOP the office owns: the current revision of a copy it made from the catalog. */
export type SopDocumentRow = SyncedRow & {
  document: SopDocument;
  revision: number;
  /** The catalog or office SOP it was copied from. */
  basedOnId: string | null;
};

/** One revision of an office SOP, kept forever so old records can point to it. */
export type SopRevisionRow = SyncedRow & {
  sopId: string;
  revision: number;
  /** ISO date the revision takes effect in the document (Tanggal Revisi). */
  tanggalRevisi: string;
  /** What changed, in the office's words. */
  perubahan: string;
  document: SopDocument;
};

export interface SyncedTables {
  settings: SettingsRow;
  people: PersonRow;
  units: UnitRow;
  sopDocuments: SopDocumentRow;
  sopRevisions: SopRevisionRow;
}
export type SyncedTableName = keyof SyncedTables;
export const SYNCED_TABLES: readonly SyncedTableName[] = [
  'settings',
  'people',
  'units',
  'sopDocuments',
  'sopRevisions',
];

/** The fields a caller may write: everything but the bookkeeping. */
export type FieldsOf<T extends SyncedTableName> = Omit<SyncedTables[T], keyof SyncedRow>;

/** One change, as the sync engine will ship it to the other PCs. */
export interface OutboxEntry {
  id: string;
  /** The stamp of this change; every changed field carries it. */
  hlc: string;
  device: string;
  table: SyncedTableName;
  key: string;
  changes: Record<string, unknown>;
  deleted: boolean;
  actor: string | null;
  at: string;
}

/** Device-local values that never sync: this PC's id, its clock, its current user. */
export interface LocalRow {
  key: string;
  value: unknown;
}
