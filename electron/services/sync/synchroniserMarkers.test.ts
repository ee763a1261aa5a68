import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeSyncFs } from './syncFs';
import { createSyncFolder } from './syncFolder';

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

function open(root: string) {
  return createSyncFolder({
    root,
    device: 'pc-a-0000',
    fs: nodeSyncFs,
    now: () => new Date(),
    sleep: async () => undefined,
  });
}

describe('file synchroniser markers at the root of the shared folder', () => {
  it('names the synchronisers whose markers are there, and none on a plain share', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'meja-stfolder-'));
    roots.push(root);
    await writeFile(path.join(root, 'desktop.ini'), '');
    await mkdir(path.join(root, 'devices'));
    expect(await open(root).findSynchronisers()).toEqual({ reachable: true, synchronisers: [] });

    await mkdir(path.join(root, '.stfolder'));
    await writeFile(path.join(root, '.nextcloudsync.log'), '');
    expect(await open(root).findSynchronisers()).toEqual({
      reachable: true,
      synchronisers: ['Syncthing', 'Nextcloud'],
    });
  });

  it('says nothing about a share it cannot reach', async () => {
    const root = path.join(tmpdir(), 'meja-no-such-share', String(process.pid));
    expect(await open(root).findSynchronisers()).toEqual({ reachable: false });
  });
});
