import type { StatTable } from '../../../shared/statistics/tables';
import { loadExcelJs } from '../../kit/sheetFile';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28);
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base} ${i}`;
  used.add(name);
  return name;
}

/** One sheet per table, its title on top and the header row bold. */
export async function writeStatisticsWorkbook(
  title: string,
  tables: readonly StatTable[],
): Promise<Uint8Array> {
  const ExcelJs = await loadExcelJs();
  const workbook = new ExcelJs.Workbook();
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.judul, used));
    sheet.addRow([`${table.judul} — ${title}`]).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow(table.kolom).font = { bold: true };
    for (const row of table.baris) sheet.addRow(row.map((c) => c ?? '-'));
    sheet.columns.forEach((col, i) => {
      col.width = i === 0 || table.kolom[i] === 'Kegiatan' ? 36 : 16;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
