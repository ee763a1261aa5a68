import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_EXPORT_FORMAT } from '../../../shared/export/dataExport';
import { writeFileAtomic } from '../fs/atomicWrite';
import { createJsonExportService } from './jsonExportService';

const text = JSON.stringify({ format: DATA_EXPORT_FORMAT, tabel: { pegawai: [] } });

describe('JSON data export service', () => {
  it('saves the export where the user chose', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'meja-json-'));
    const service = createJsonExportService({
      chooseSavePath: async (name) => path.join(dir, name),
      writeFile: writeFileAtomic,
    });
    const saved = await service.save(text, 'data-meja-ti.json');
    expect(saved).toBe(path.join(dir, 'data-meja-ti.json'));
    expect(readFileSync(saved ?? '', 'utf8')).toBe(text);
  });

  it('refuses anything that is not a Meja TI data export before asking where to save', async () => {
    const chooseSavePath = vi.fn();
    const service = createJsonExportService({ chooseSavePath, writeFile: vi.fn() });
    for (const bad of ['{', '{"format":"lain"}', '[]']) {
      await expect(service.save(bad, 'a.json')).rejects.toThrow(
        'Isi berkas bukan ekspor data Meja TI; tidak disimpan.',
      );
    }
    expect(chooseSavePath).not.toHaveBeenCalled();
  });
});
