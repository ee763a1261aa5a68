import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DATA_EXPORT_FORMAT } from '../../../shared/export/dataExport';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { createRow, deleteRow } from '../../db/repository';
import { dataJson, dataWorkbook, readAllTables } from './exportAllData';

const META = { dibuatPada: '2026-12-04T03:00:00.000Z', perangkat: 'pc-a', dibuatOleh: null };

async function office() {
  const db = testDatabase(`export-${Math.random()}`);
  const ctx = testWriteContext(db);
  await createRow(ctx, 'people', {
    nama: 'Siti Aminah, S.H.',
    nip: '198801012010122001',
    jabatan: 'Panitera Muda',
    unitId: null,
    roles: ['operator'],
    aktif: true,
  });
  const gone = await createRow(ctx, 'units', { nama: 'Unit Lama', aktif: true });
  await deleteRow(ctx, 'units', gone);
  return db;
}

describe('exporting all data', () => {
  it('writes one sheet per table with Indonesian headings, tombstones marked, no clock stamps', async () => {
    const db = await office();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await dataWorkbook(await readAllTables(db), META)).buffer as ArrayBuffer,
    );
    expect(workbook.worksheets.map((w) => w.name)).toContain('Pegawai');
    const people = workbook.getWorksheet('Pegawai');
    const headings = (people?.getRow(1).values as unknown[]).filter(Boolean);
    expect(headings).toEqual(
      expect.arrayContaining(['ID', 'Nama', 'NIP', 'Jabatan', 'Unit (ID)', 'Peran', 'Aktif']),
    );
    expect(headings.join(' ')).not.toMatch(/clock/i);
    expect(people?.getRow(2).values).toEqual(expect.arrayContaining(['Siti Aminah, S.H.', 'Ya']));
    const units = workbook.getWorksheet('Unit kerja');
    const deletedColumn = (units?.getRow(1).values as unknown[]).indexOf('Dihapus');
    expect(units?.getRow(2).getCell(deletedColumn).value).toBe('Ya');
    const about = workbook.getWorksheet('Keterangan');
    expect(about?.getRow(1).values).toEqual(expect.arrayContaining([DATA_EXPORT_FORMAT]));
  });

  it('writes JSON with the format tag and every table', async () => {
    const db = await office();
    const parsed = JSON.parse(dataJson(await readAllTables(db), META)) as {
      format: string;
      tabel: Record<string, Record<string, unknown>[]>;
    };
    expect(parsed.format).toBe(DATA_EXPORT_FORMAT);
    expect(parsed.tabel.people?.[0]).toMatchObject({ nama: 'Siti Aminah, S.H.', aktif: true });
    expect(parsed.tabel.people?.[0]).not.toHaveProperty('_clock');
    expect(parsed.tabel.units?.[0]).toMatchObject({ nama: 'Unit Lama', _deleted: true });
    expect(Object.keys(parsed.tabel)).toContain('requests');
  });
});
