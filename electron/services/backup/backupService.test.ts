import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupService } from './backupService';

function setUp() {
  const base = mkdtempSync(path.join(tmpdir(), 'meja-backup-'));
  const folder = path.join(base, 'usb');
  const service = createBackupService({
    configFile: path.join(base, 'data', 'backup-folder.json'),
    chooseFolder: async () => folder,
    chooseFile: async () => path.join(folder, 'cadangan-meja-ti-2026-11-20-090000.mejati'),
  });
  return { base, folder, service };
}

const name = (day: number) => `cadangan-meja-ti-2026-11-${day}-090000.mejati`;

describe('backup service', () => {
  it('refuses to write before a folder is chosen', async () => {
    const { service } = setUp();
    await expect(service.write(name(20), new Uint8Array([1]))).rejects.toThrow(
      'Folder cadangan belum dipilih.',
    );
  });

  it('writes into the chosen folder, reads it back, lists and prunes only its own files', async () => {
    const { service, folder, base } = setUp();
    expect(await service.chooseFolder()).toBe(folder);
    for (const day of [18, 19, 20]) {
      const written = await service.write(name(day), new Uint8Array([day, 1, 2]));
      expect(written).toMatchObject({ path: path.join(folder, name(day)), bytes: 3 });
      expect(written.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    writeFileSync(path.join(folder, 'catatan.txt'), 'milik kantor');
    await expect(service.write('../keluar.mejati', new Uint8Array([1]))).rejects.toThrow(
      'Nama berkas cadangan tidak valid.',
    );
    expect(await service.prune(2)).toEqual([name(18)]);
    expect(readdirSync(folder).sort()).toEqual([name(19), name(20), 'catatan.txt']);
    expect((await service.list())?.map((f) => f.name)).toEqual([name(19), name(20)]);

    // The folder survives a restart of main.
    const again = createBackupService({
      configFile: path.join(base, 'data', 'backup-folder.json'),
      chooseFolder: async () => undefined,
      chooseFile: async () => undefined,
    });
    expect(await again.getFolder()).toBe(folder);
    expect((await service.openFile())?.bytes).toEqual(new Uint8Array([20, 1, 2]));
  });
});
