import {
  DATA_EXPORT_FORMAT,
  cellValue,
  columnHeading,
  exportColumns,
  exportedRow,
  sheetName,
} from '../../../shared/export/dataExport';
import { isRowSchemaTable } from '../../../shared/sync/rowSchemas';
import type { MejaDatabase } from '../../db/database';
import { SYNCED_TABLES } from '../../db/rows';
import { loadExcelJs } from '../../kit/sheetFile';

/** Who made an export, where and when; printed on both files. */
export interface ExportMeta {
  dibuatPada: string;
  perangkat: string;
  dibuatOleh: string | null;
}

export type ExportTables = { table: string; rows: Record<string, unknown>[] }[];

/** Every synced table as exported: tombstones kept (marked Dihapus), clock stamps left out. */
export async function readAllTables(db: MejaDatabase): Promise<ExportTables> {
  const tables: ExportTables = [];
  for (const table of SYNCED_TABLES) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
    tables.push({ table, rows: rows.map(exportedRow) });
  }
  return tables;
}

/** The JSON file: the format tag, who made it, and each table's rows. */
export function dataJson(tables: ExportTables, meta: ExportMeta): string {
  return JSON.stringify({
    format: DATA_EXPORT_FORMAT,
    ...meta,
    tabel: Object.fromEntries(tables.map((t) => [t.table, t.rows])),
  });
}

/** The workbook: a first sheet saying what it is, then one sheet per table. */
export async function dataWorkbook(tables: ExportTables, meta: ExportMeta): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const about = workbook.addWorksheet('Keterangan');
  about.addRows([
    ['Ekspor data Meja TI', DATA_EXPORT_FORMAT],
    ['Dibuat pada', meta.dibuatPada],
    ['Kode perangkat', meta.perangkat],
    ['Dibuat oleh (ID pegawai)', meta.dibuatOleh ?? '-'],
    [],
    ['Lembar', 'Tabel', 'Jumlah baris'],
    ...tables.map((t) => [
      isRowSchemaTable(t.table) ? sheetName(t.table) : t.table,
      t.table,
      t.rows.length,
    ]),
  ]);
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 28;
  for (const { table, rows } of tables) {
    const sheet = workbook.addWorksheet(isRowSchemaTable(table) ? sheetName(table) : table);
    const columns = exportColumns(rows);
    sheet.addRow(columns.map(columnHeading)).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of rows) sheet.addRow(columns.map((c) => cellValue(row[c])));
    columns.forEach((_, i) => (sheet.getColumn(i + 1).width = 20));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
