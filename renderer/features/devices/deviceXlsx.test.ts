import { describe, expect, it } from 'vitest';
import { parseDeviceSheet } from '../../../shared/devices/deviceSheet';
import type { DeviceFields } from '../../../shared/devices/schema';
import { plainCell } from '../../kit/sheetFile';
import { readDeviceWorkbook, SHEET_NAME, writeDeviceWorkbook } from './deviceXlsx';
import type * as ExcelJsModule from 'exceljs';

type ExcelJs = typeof ExcelJsModule;
async function excelJs(): Promise<ExcelJs> {
  const mod: ExcelJs & { default?: ExcelJs } = await import('exceljs');
  return mod.default ?? mod;
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

const base: DeviceFields = {
  jenis: 'pc',
  merek: 'HP',
  model: 'ProDesk 400 G7',
  nomorSeri: 'SGH1234ABC',
  kodeBmn: '3.10.02.01.003',
  nup: '012',
  ruangan: 'Ruang Kepaniteraan',
  pengguna: 'Siti Aminah',
  tahunPerolehan: 2021,
  kondisi: 'baik',
  alamatIp: '192.168.1.21',
  catatan: 'Baris "pertama", dengan koma',
  aktif: true,
};
const devices: DeviceFields[] = [
  base,
  {
    ...base,
    jenis: 'accessPoint',
    merek: 'Ubiquiti',
    model: '',
    nomorSeri: '',
    kodeBmn: '',
    nup: '',
    pengguna: '',
    tahunPerolehan: null,
    kondisi: 'rusakBerat',
    alamatIp: '',
    catatan: '',
  },
  { ...base, jenis: 'ups', merek: 'APC', nomorSeri: 'X1', nup: '13', kondisi: 'rusakRingan' },
];

describe('device workbook', () => {
  it('reads back what it writes as the same devices', async () => {
    const bytes = await writeDeviceWorkbook(devices);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const rows = await readDeviceWorkbook(arrayBuffer(bytes));
    const parsed = parseDeviceSheet(rows, { currentYear: 2026, existing: [] });
    expect(parsed.headerError).toBeNull();
    expect(parsed.errors).toEqual([]);
    expect(parsed.valid).toEqual(devices.map((device, i) => ({ rowNumber: i + 2, device })));
  });

  it('writes one styled sheet with a frozen header, lists and a filter', async () => {
    const ExcelJS = await excelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBuffer(await writeDeviceWorkbook(devices)));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([SHEET_NAME]);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('No');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('M1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(13).width).toBeGreaterThan(20);
    expect(sheet.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"PC,Laptop,Printer,Scanner,Server,Switch,Router,Access Point,UPS,CCTV,Lainnya"'],
    });
    expect(sheet.getCell('K100').dataValidation).toMatchObject({
      formulae: ['"Baik,Rusak Ringan,Rusak Berat"'],
    });
    expect(sheet.getCell('G2').value).toBe('012');
  });

  it('gives the template (header only) for no devices', async () => {
    const rows = await readDeviceWorkbook(arrayBuffer(await writeDeviceWorkbook([])));
    expect(rows).toHaveLength(1);
    expect(parseDeviceSheet(rows, { currentYear: 2026, existing: [] })).toEqual({
      valid: [],
      errors: [],
      headerError: null,
      unknownTypes: [],
    });
  });

  it('reads formulas as their results, rich text and links as text, errors as empty', async () => {
    const ExcelJS = await excelJs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow([
      { richText: [{ text: 'Je', font: { bold: true } }, { text: 'nis' }] },
      'Merek',
      'Ruangan',
      'Kondisi',
      'Tahun',
      'Catatan',
      'Kode BMN',
    ]);
    sheet.addRow([
      'Printer',
      { richText: [{ text: 'Ep' }, { text: 'son', font: { italic: true } }] },
      { text: 'Ruang PTSP', hyperlink: 'https://example.test/ptsp' },
      { formula: 'IF(1>0,"Baik","Rusak Berat")', result: 'Baik' },
      { formula: '2000+19', result: 2019 },
      { error: '#N/A' },
      { sharedFormula: 'E2', result: '3.10.02.03.003' },
    ]);
    const rows = await readDeviceWorkbook(
      arrayBuffer(new Uint8Array(await workbook.xlsx.writeBuffer())),
    );
    expect(rows[1]).toEqual([
      'Printer',
      'Epson',
      'Ruang PTSP',
      'Baik',
      2019,
      null,
      '3.10.02.03.003',
    ]);
    const parsed = parseDeviceSheet(rows, { currentYear: 2026, existing: [] });
    expect(parsed.errors).toEqual([]);
    expect(parsed.valid[0]?.device).toMatchObject({
      jenis: 'printer',
      merek: 'Epson',
      ruangan: 'Ruang PTSP',
      kondisi: 'baik',
      tahunPerolehan: 2019,
      catatan: '',
    });
  });

  it('converts each kind of cell value', () => {
    const date = new Date(Date.UTC(2020, 0, 2));
    expect(plainCell(undefined)).toBeNull();
    expect(plainCell(date)).toBe(date);
    expect(plainCell(new Date(Number.NaN))).toBeNull();
    expect(plainCell(Number.NaN)).toBeNull();
    expect(plainCell({ formula: 'A1', result: { error: '#REF!' } })).toBeNull();
    expect(plainCell({ formula: 'TODAY()', result: date })).toBe(date);
    expect(plainCell({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe(
      'ab',
    );
  });

  it.each([
    ['a renamed text file', new TextEncoder().encode('No;Jenis;Merek\n1;PC;HP\n')],
    ['an empty file', new Uint8Array()],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])],
  ])('refuses %s', async (_, bytes) => {
    await expect(readDeviceWorkbook(arrayBuffer(bytes))).rejects.toThrow(
      /^Berkas bukan lembar kerja \.xlsx yang valid\.$/,
    );
  });

  it('refuses an old .xls with a hint', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readDeviceWorkbook(arrayBuffer(xls))).rejects.toThrow(
      'Berkas bukan lembar kerja .xlsx yang valid. Berkas .xls lama: buka di Excel lalu simpan sebagai .xlsx.',
    );
  });
});
