import type { Workbook } from 'exceljs';
import {
  DEVICE_SHEET_COLUMNS,
  deviceSheetRow,
  type SheetCell,
} from '../../../shared/devices/deviceSheet';
import { loadExcelJs, readFirstSheet } from '../../kit/sheetFile';
import { CONDITION_LABELS, CONDITIONS, type DeviceFields } from '../../../shared/devices/schema';
import {
  deviceTypeLabels,
  mergeDeviceTypes,
  type DeviceTypeInfo,
} from '../../../shared/devices/deviceTypes';

export const SHEET_NAME = 'Perangkat TI';
/** Rows below the data that still get the Jenis and Kondisi lists, for rows typed later. */
const VALIDATED_SPARE_ROWS = 500;

/** The device workbook's rows (its first worksheet), `rows[i]` being spreadsheet row i + 1. */
export function readDeviceWorkbook(data: ArrayBuffer): Promise<SheetCell[][]> {
  return readFirstSheet(data);
}

function listValidation(values: string[]) {
  return {
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Isian tidak dikenal',
    error: `Pilih salah satu: ${values.join(', ')}.`,
  };
}

function addDeviceSheet(
  workbook: Workbook,
  devices: readonly DeviceFields[],
  types: readonly DeviceTypeInfo[],
): void {
  const labels = deviceTypeLabels(types);
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = DEVICE_SHEET_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    // Codes stay text so leading zeros and dots survive typing in Excel.
    style: c.key === 'kodeBmn' || c.key === 'nup' ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  devices.forEach((device, i) => sheet.addRow(deviceSheetRow(device, i + 1, labels)));

  const jenisCol = DEVICE_SHEET_COLUMNS.findIndex((c) => c.key === 'jenis') + 1;
  const kondisiCol = DEVICE_SHEET_COLUMNS.findIndex((c) => c.key === 'kondisi') + 1;
  const jenis = listValidation(types.map((t) => t.label));
  const kondisi = listValidation(CONDITIONS.map((c) => CONDITION_LABELS[c]));
  const lastRow = devices.length + 1 + VALIDATED_SPARE_ROWS;
  for (let r = 2; r <= lastRow; r++) {
    sheet.getCell(r, jenisCol).dataValidation = jenis;
    sheet.getCell(r, kondisiCol).dataValidation = kondisi;
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: devices.length + 1, column: DEVICE_SHEET_COLUMNS.length },
  };
}

/**
 * The devices as an .xlsx (one sheet, 'Perangkat TI'); an empty list gives the template.
 * `types` are the office's device types (the built-ins alone when left out).
 */
export async function writeDeviceWorkbook(
  devices: readonly DeviceFields[],
  types: readonly DeviceTypeInfo[] = mergeDeviceTypes([]),
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Meja TI';
  addDeviceSheet(workbook, devices, types);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
