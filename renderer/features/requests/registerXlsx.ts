import {
  REGISTER_SHEET_COLUMNS,
  registerSheetRow,
  stepColumns,
  type RegisterSheetCell,
  type SheetEntry,
} from '../../../shared/requests/registerSheet';
import { readStepRecords } from '../../../shared/requests/stepConflicts';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { Step } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import type { RequestStepRow } from '../../db/rows';
import { loadExcelJs } from '../../kit/sheetFile';
import type { RegisterItem } from './registerFilter';

export const REGISTER_SHEET_NAME = 'Permintaan Layanan TI';

/**
 * exceljs writes a Date as the UTC instant; the sheet should read the office's wall-clock
 * time, as the screen and the Daftar show it.
 */
function wallClock(cell: RegisterSheetCell): RegisterSheetCell {
  return cell instanceof Date ? new Date(cell.getTime() - cell.getTimezoneOffset() * 60_000) : cell;
}

/** When each shown request's steps were finished, read in one pass over their step rows. */
export async function stepTimesOf(
  db: MejaDatabase,
  items: readonly RegisterItem[],
): Promise<Map<string, Map<number, string>>> {
  const byRequest = new Map<string, RequestStepRow[]>();
  const ids = items.map((i) => i.row.id);
  const rows = await db.requestSteps.where('requestId').anyOf(ids).toArray();
  for (const row of rows) {
    if (row._deleted) continue;
    const list = byRequest.get(row.requestId);
    if (list) list.push(row);
    else byRequest.set(row.requestId, [row]);
  }
  const times = new Map<string, Map<number, string>>();
  for (const [id, records] of byRequest) {
    // A step recorded twice counts once: the record kept (stepConflicts.ts).
    times.set(
      id,
      new Map(readStepRecords(records).effective.map((s) => [s.stepNo, s.selesaiPada])),
    );
  }
  return times;
}

/** The requests shown, in the order shown, as an .xlsx: the Daftar's columns and step times. */
export async function writeRegisterWorkbook(
  items: readonly RegisterItem[],
  stepTimes: ReadonlyMap<string, ReadonlyMap<number, string>>,
  steps: readonly Step[],
  hours: OfficeHours,
  now: Date,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Meja TI';
  const sheet = workbook.addWorksheet(REGISTER_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  const columns = [...REGISTER_SHEET_COLUMNS, ...stepColumns(steps)];
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.date ? { numFmt: 'dd/mm/yyyy hh:mm' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  const stepNos = steps.map((s) => s.no);
  const empty = new Map<number, string>();
  items.forEach((item, i) => {
    const entry: SheetEntry = {
      row: item.row,
      late: item.late,
      stepsFinished: stepTimes.get(item.row.id) ?? empty,
    };
    sheet.addRow(registerSheetRow(entry, i, stepNos, hours, now).map(wallClock));
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: items.length + 1, column: columns.length },
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
