import type * as ExcelJsModule from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { SheetCell } from '../../shared/devices/deviceSheet';

export const NOT_XLSX_MESSAGE = 'Berkas bukan lembar kerja .xlsx yang valid.';

type ExcelJs = typeof ExcelJsModule;

/*
 * Reading .xlsx files the user picks (devices, holidays): exceljs loaded on first use, the
 * file's first bytes checked before it is parsed, cell values made plain.
 */

/**
 * exceljs is loaded only when a sheet is read or written, so it stays out of the main
 * bundle. Node's ESM loader hands the CommonJS module over as `default`; Vite's bundle may
 * give its members directly.
 */
export async function loadExcelJs(): Promise<ExcelJs> {
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
export async function readFirstSheet(data: ArrayBuffer): Promise<SheetCell[][]> {
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
