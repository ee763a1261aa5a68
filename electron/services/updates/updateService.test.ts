import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUpdateService, sha256OfFile } from './updateService';

function setup() {
  const base = mkdtempSync(path.join(tmpdir(), 'meja-updates-'));
  const root = path.join(base, 'bersama');
  const installer = path.join(base, 'Meja-TI-Setup-2.0.0.exe');
  writeFileSync(installer, 'MZ fake installer bytes');
  const opened: string[] = [];
  const service = createUpdateService({
    workspaceRoot: async () => root,
    chooseInstaller: async () => installer,
    tempDir: path.join(base, 'temp'),
    openPath: async (file) => {
      opened.push(file);
      return '';
    },
  });
  return { root, installer, opened, service };
}

describe('the update service', () => {
  it('shares an installer and opens a verified local copy of it', async () => {
    const { root, installer, opened, service } = setup();
    const shared = await service.shareInstaller();
    if (!shared.chosen) throw new Error('not shared');
    expect(shared.installer).toEqual({
      fileName: 'Meja-TI-Setup-2.0.0.exe',
      size: 23,
      sha256: await sha256OfFile(installer),
    });
    expect(readFileSync(path.join(root, 'pembaruan', 'Meja-TI-Setup-2.0.0.exe'), 'utf8')).toBe(
      'MZ fake installer bytes',
    );
    expect(await service.install(shared.installer)).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    expect(opened[0]).not.toContain(root);
    expect(readFileSync(opened[0] ?? '', 'utf8')).toBe('MZ fake installer bytes');
  });

  it('refuses an installer changed in the share after it was offered', async () => {
    const { root, opened, service } = setup();
    const shared = await service.shareInstaller();
    if (!shared.chosen) throw new Error('not shared');
    writeFileSync(
      path.join(root, 'pembaruan', 'Meja-TI-Setup-2.0.0.exe'),
      'MZ evil installer bytes',
    );
    const result = await service.install(shared.installer);
    expect(result).toEqual({ opened: false, reason: expect.stringMatching(/SHA-256/) });
    expect(opened).toEqual([]);
  });

  it('writes and reads back the manifest, and refuses an oversized one unread', async () => {
    const { root, service } = setup();
    expect(await service.readManifest()).toEqual({ found: false });
    await service.writeManifest(new Uint8Array([1, 2, 3]));
    expect(await service.readManifest()).toEqual({ found: true, bytes: new Uint8Array([1, 2, 3]) });
    writeFileSync(path.join(root, 'pembaruan', 'manifest.json'), Buffer.alloc(70 * 1024));
    expect(await service.readManifest()).toEqual({ found: false, tooLarge: true });
  });
});
