import type * as ExcelJsModule from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import {
  DEVICE_SHEET_COLUMNS,
  deviceSheetRow,
  type SheetCell,
} from '../../../shared/devices/deviceSheet';
import {
  CONDITION_LABELS,
  CONDITIONS,
  DEVICE_TYPE_LABELS,
  DEVICE_TYPES,
  type DeviceFields,
} from '../../../shared/devices/schema';

export const SHEET_NAME = 'Perangkat TI';
export const NOT_XLSX_MESSAGE = 'Berkas bukan lembar kerja .xlsx yang valid.';
/** Rows below the data that still get the Jenis and Kondisi lists, for rows typed later. */
const VALIDATED_SPARE_ROWS = 500;

type ExcelJs = typeof ExcelJsModule;

/**
 * exceljs is loaded only when a sheet is read or written, so it stays out of the main
 * bundle. Node's ESM loader hands the CommonJS module over as `default`; Vite's bundle may
 * give its members directly.
 */
async function loadExcelJs(): Promise<ExcelJs> {
  const mod: ExcelJs & { default?: ExcelJs } = await import('exceljs');
  return mod.default ?? mod;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** An exceljs cell value as a plain cell: rich text and links as text, formulas as results. */
export function plainCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  if (!isRecord(value)) return null;
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) ? String(run.text ?? '') : ''))
      .join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result);
  if ('hyperlink' in value) return plainCell(value.text);
  // Error values (#N/A, #REF!) and anything unknown read as empty.
  return null;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function notXlsx(cause?: unknown, hint = ''): Error {
  return new Error(hint ? `${NOT_XLSX_MESSAGE} ${hint}` : NOT_XLSX_MESSAGE, { cause });
}

/** The first worksheet's rows, `rows[i]` being spreadsheet row i + 1 (gaps as empty rows). */
export async function readDeviceWorkbook(data: ArrayBuffer): Promise<SheetCell[][]> {
  const head = new Uint8Array(data, 0, Math.min(4, data.byteLength));
  if (startsWith(head, OLE2_SIGNATURE)) {
    throw notXlsx(undefined, 'Berkas .xls lama: buka di Excel lalu simpan sebagai .xlsx.');
  }
  if (!startsWith(head, ZIP_SIGNATURE)) throw notXlsx();
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (cause) {
    throw notXlsx(cause);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw notXlsx();
  return sheetRows(sheet);
}

function sheetRows(sheet: Worksheet): SheetCell[][] {
  const rows: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
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

function addDeviceSheet(workbook: Workbook, devices: readonly DeviceFields[]): void {
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
  devices.forEach((device, i) => sheet.addRow(deviceSheetRow(device, i + 1)));

  const jenisCol = DEVICE_SHEET_COLUMNS.findIndex((c) => c.key === 'jenis') + 1;
  const kondisiCol = DEVICE_SHEET_COLUMNS.findIndex((c) => c.key === 'kondisi') + 1;
  const jenis = listValidation(DEVICE_TYPES.map((t) => DEVICE_TYPE_LABELS[t]));
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

/** The devices as an .xlsx (one sheet, 'Perangkat TI'); an empty list gives the template. */
export async function writeDeviceWorkbook(devices: readonly DeviceFields[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Meja TI';
  addDeviceSheet(workbook, devices);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
