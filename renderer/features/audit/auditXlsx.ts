import type { DeviceTypeLabels } from '../../../shared/devices/deviceTypes';
import { formatTanggalJam } from '../../../shared/format/date';
import { TABLE_LABELS, isRowSchemaTable } from '../../../shared/sync/rowSchemas';
import type { AuditLogRow } from '../../db/rows';
import { loadExcelJs } from '../../kit/sheetFile';
import { changeSummary } from './auditFilter';
import { kindLabel } from './kindLabels';

export const AUDIT_SHEET = 'Jejak Audit';

export const AUDIT_HEADERS = ['Waktu', 'Oleh', 'PC', 'Jenis', 'Tabel', 'Data', 'Perubahan'];

export function tableLabel(table: string | undefined): string {
  if (!table) return '—';
  return isRowSchemaTable(table) ? TABLE_LABELS[table] : table;
}

/** The entries shown on the Audit screen as an .xlsx workbook, Indonesian headings. */
export async function auditWorkbook(
  rows: readonly AuditLogRow[],
  names: {
    person: (id: string | null) => string;
    pc: (id: string) => string;
    deviceTypes?: DeviceTypeLabels;
  },
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(AUDIT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AUDIT_HEADERS.map((header, i) => ({
    header,
    width: [20, 28, 18, 14, 20, 24, 80][i] ?? 20,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      formatTanggalJam(new Date(r.at)),
      names.person(r.actor),
      names.pc(r.device),
      kindLabel(r.kind),
      tableLabel(r.table),
      r.recordId ?? '',
      changeSummary(r, names.deviceTypes),
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
