import type { DeviceTypeLabels } from '../../../shared/devices/deviceTypes';
import type { AuditLogRow } from '../../db/rows';
import { fieldLabel, fieldValueText, valueText } from './fieldLabels';

/** What the Audit screen filters by; empty text means "all". */
export interface AuditFilter {
  actor: string;
  table: string;
  record: string;
  /** 'YYYY-MM-DD', inclusive, in the PC's own day. */
  from: string;
  to: string;
  device: string;
  kind: string;
}

export const NO_FILTER: AuditFilter = {
  actor: '',
  table: '',
  record: '',
  from: '',
  to: '',
  device: '',
  kind: '',
};

function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The entries the filter lets through, newest first. */
export function filterAudit(rows: readonly AuditLogRow[], f: AuditFilter): AuditLogRow[] {
  const record = f.record.trim().toLowerCase();
  return rows
    .filter(
      (r) =>
        (!f.actor || r.actor === f.actor) &&
        (!f.table || r.table === f.table) &&
        (!f.device || r.device === f.device) &&
        (!f.kind || r.kind === f.kind) &&
        (!record || (r.recordId ?? '').toLowerCase().includes(record)) &&
        (!f.from || localDay(r.at) >= f.from) &&
        (!f.to || localDay(r.at) <= f.to),
    )
    .sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq);
}

/** An entry's changes in one line: "Kondisi: Baik → Rusak ringan; Catatan: — → Layar retak". */
export function changeSummary(row: AuditLogRow, deviceTypes?: DeviceTypeLabels): string {
  const fields = row.detail?.fields;
  if (fields && typeof fields === 'object') {
    return Object.entries(fields as Record<string, { sebelum?: unknown; sesudah?: unknown }>)
      .map(
        ([field, c]) =>
          `${fieldLabel(row.table, field)}: ${fieldValueText(row.table, field, c.sebelum, deviceTypes)} → ${fieldValueText(row.table, field, c.sesudah, deviceTypes)}`,
      )
      .join('; ');
  }
  const rest = { ...(row.detail ?? {}) };
  return Object.keys(rest).length ? valueText(rest) : '';
}
