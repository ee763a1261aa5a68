import { describe, expect, it } from 'vitest';
import { cellValue, columnHeading, exportColumns, exportedRow, sheetName } from './dataExport';

describe('the data export', () => {
  it('heads columns in the fields’ own Indonesian words', () => {
    expect(columnHeading('diterimaPada')).toBe('Diterima pada');
    expect(columnHeading('unitId')).toBe('Unit (ID)');
    expect(columnHeading('dariPersonId')).toBe('Dari pegawai (ID)');
    expect(columnHeading('deviceIds')).toBe('Perangkat (ID)');
    expect(columnHeading('_updatedAt')).toBe('Terakhir diubah pada');
    expect(columnHeading('nip')).toBe('NIP');
    expect(columnHeading('kodeBmn')).toBe('Kode BMN');
  });

  it('names sheets after the tables, within Excel’s rules', () => {
    expect(sheetName('people')).toBe('Pegawai');
    expect(sheetName('requestSteps')).toBe('Langkah permintaan');
    expect(sheetName('uatRecords')).toBe('UAT');
  });

  it('writes values a spreadsheet can hold', () => {
    expect(cellValue(true)).toBe('Ya');
    expect(cellValue(['operator', 'kasubag'])).toBe('["operator","kasubag"]');
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue(Number.NaN)).toBeNull();
    const long = cellValue('x'.repeat(40_000));
    expect(typeof long === 'string' && long.length).toBeLessThanOrEqual(32_767);
    expect(long).toMatch(/terpotong; lihat ekspor JSON\)$/);
  });

  it('leaves the sync clock out and puts id first, bookkeeping last', () => {
    const rows = [
      { _clock: { nama: 'x' }, _deleted: false, id: 'p1', nama: 'Ani' },
      { id: 'p2', nip: '1', nama: 'Budi', _updatedAt: 't' },
    ];
    expect(exportColumns(rows)).toEqual(['id', 'nama', 'nip', '_deleted', '_updatedAt']);
    expect(exportedRow(rows[0] ?? {})).toEqual({ _deleted: false, id: 'p1', nama: 'Ani' });
  });
});
