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
  const rows = await db.auditLog.where('[table+recordId]').equals([table, recordId]).toArray();
  rows.sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq);
  return rows.flatMap(linesOf);
}

/** Names of the PCs of the workspace by device id; this PC is "PC ini" until it has a name. */
export async function pcNames(db: MejaDatabase, ownDevice?: string): Promise<Map<string, string>> {
  const peers = await db.syncPeers.toArray();
  const names = new Map(peers.map((p) => [p.id, p.nama]));
  if (ownDevice && !names.has(ownDevice)) names.set(ownDevice, 'PC ini');
  return names;
}
