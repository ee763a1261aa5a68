import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../fs/atomicWrite';
import { createSpreadsheetService } from './spreadsheetService';

const xlsxBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

describe('spreadsheet service', () => {
  it('saves the bytes where the user chose', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'meja-xlsx-'));
    const chooseSavePath = vi.fn(async (name: string) => path.join(dir, name));
    const service = createSpreadsheetService({ chooseSavePath, writeFile: writeFileAtomic });
    const saved = await service.save(xlsxBytes, 'perangkat-ti-2026-11-22.xlsx');
    expect(saved).toBe(path.join(dir, 'perangkat-ti-2026-11-22.xlsx'));
    expect(chooseSavePath).toHaveBeenCalledWith('perangkat-ti-2026-11-22.xlsx');
    expect(new Uint8Array(readFileSync(saved ?? ''))).toEqual(xlsxBytes);
  });

  it('writes nothing when the dialog is canceled', async () => {
    const writeFile = vi.fn();
    const service = createSpreadsheetService({ chooseSavePath: async () => undefined, writeFile });
    expect(await service.save(xlsxBytes, 'a.xlsx')).toBeUndefined();
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('refuses bytes that are not a ZIP archive before asking where to save', async () => {
    const chooseSavePath = vi.fn();
    const service = createSpreadsheetService({ chooseSavePath, writeFile: vi.fn() });
    for (const bytes of [new TextEncoder().encode('<html>'), new Uint8Array([0x50, 0x4b])]) {
      await expect(service.save(bytes, 'a.xlsx')).rejects.toMatchObject({
        name: 'AppError',
        code: 'invalidInput',
        message: 'Isi berkas bukan lembar kerja .xlsx; tidak disimpan.',
      });
    }
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('reports a failed write with the path', async () => {
    const service = createSpreadsheetService({
      chooseSavePath: async () => '/arsip/perangkat.xlsx',
      writeFile: async () => {
        throw new Error('EBUSY');
      },
    });
    await expect(service.save(xlsxBytes, 'perangkat.xlsx')).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('/arsip/perangkat.xlsx'),
    });
  });
});
