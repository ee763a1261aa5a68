import type { MejaDatabase } from '../../db/database';
import type { AuditLogRow } from '../../db/rows';

/** One field's change as the history lists it. */
export interface HistoryLine {
  key: string;
  at: string;
  actor: string | null;
  device: string;
  kind: string;
  field: string | null;
  sebelum: unknown;
  sesudah: unknown;
}

/** An entry's changed fields as lines (one line without a field when it recorded none). */
export function linesOf(row: AuditLogRow): HistoryLine[] {
  const base = { at: row.at, actor: row.actor, device: row.device, kind: row.kind };
  const fields = row.detail?.fields;
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  // A new row's empty fields say nothing; they are left out.
  const changes = (
    fields && typeof fields === 'object' ? Object.entries(fields as Record<string, unknown>) : []
  ).filter(([, c]) => {
    const change = (c ?? {}) as { sebelum?: unknown; sesudah?: unknown };
    return !(empty(change.sebelum) && empty(change.sesudah));
  });
  if (!changes.length) {
    return [{ ...base, key: row.id, field: null, sebelum: null, sesudah: null }];
  }
  return changes.map(([field, change]) => {
    const c = (change ?? {}) as { sebelum?: unknown; sesudah?: unknown };
    return { ...base, key: `${row.id}:${field}`, field, sebelum: c.sebelum, sesudah: c.sesudah };
  });
}

/** A record's history, newest first. */
export async function recordHistory(
  db: MejaDatabase,
  table: string,
  recordId: string,
): Promise<HistoryLine[]> {
  return (await recordsHistory(db, [{ table, recordId }])).map((l) => l.line);
}

/** A record shown in another's history, e.g. a request's step records, with its label. */
export interface HistoryRecord {
  table: string;
  recordId: string;
  /** "Langkah 3": put before the field's name; absent for the record itself. */
  label?: string;
}

/** The histories of several records in one list, newest first, each line with its record. */
export async function recordsHistory(
  db: MejaDatabase,
  records: readonly HistoryRecord[],
): Promise<{ record: HistoryRecord; line: HistoryLine }[]> {
  const read = await Promise.all(
    records.map(async (record) => ({
      record,
      rows: await db.auditLog
        .where('[table+recordId]')
        .equals([record.table, record.recordId])
        .toArray(),
    })),
  );
  const all = read.flatMap(({ record, rows }) => rows.map((row) => ({ record, row })));
  all.sort((a, b) => b.row.at.localeCompare(a.row.at) || b.row.seq - a.row.seq);
  return all.flatMap(({ record, row }) => linesOf(row).map((line) => ({ record, line })));
}

/** Names of the PCs of the workspace by device id; this PC is "PC ini" until it has a name. */
export async function pcNames(db: MejaDatabase, ownDevice?: string): Promise<Map<string, string>> {
  const peers = await db.syncPeers.toArray();
  const names = new Map(peers.map((p) => [p.id, p.nama]));
  if (ownDevice && !names.has(ownDevice)) names.set(ownDevice, 'PC ini');
  return names;
}
