import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as ExcelJsModule from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDeviceSheet, type SheetCell } from '../../shared/devices/deviceSheet';
import { DEVICE_WORKBOOK, writeDeviceWorkbookFile } from '../fixtures/deviceWorkbook';

type ExcelJs = typeof ExcelJsModule;

async function sheetRows(file: string): Promise<SheetCell[][]> {
  const mod: ExcelJs & { default?: ExcelJs } = await import('exceljs');
  const workbook = new (mod.default ?? mod).Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  const rows: SheetCell[][] = [];
  workbook.worksheets[0]?.eachRow((row, n) => {
    const cells: SheetCell[] = [];
    row.eachCell((cell, col) => {
      const v = cell.value;
      cells[col - 1] = typeof v === 'string' || typeof v === 'number' ? v : null;
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

describe('the device workbook of the import e2e test', () => {
  it('holds a title, then 5 good rows and the 2 bad rows it announces', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'meja-xlsx-')), 'perangkat.xlsx');
    await writeDeviceWorkbookFile(file);
    const parsed = parseDeviceSheet(await sheetRows(file), { currentYear: 2026, existing: [] });
    expect(parsed.headerError).toBeNull();
    expect(parsed.valid).toHaveLength(DEVICE_WORKBOOK.goodRows);
    expect(parsed.valid.map((v) => v.device.merek)).toEqual(DEVICE_WORKBOOK.goodMerek);
    expect(parsed.errors.map((e) => e.rowNumber)).toEqual(
      DEVICE_WORKBOOK.errors.map((e) => e.rowNumber),
    );
    DEVICE_WORKBOOK.errors.forEach((expected, i) => {
      expect(parsed.errors[i]?.messages[0]).toContain(expected.message);
    });
  });
});
