import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { opFilePath, opFileSchema } from '../../../shared/sync/opFile';
import {
  createFaultyFs,
  fsError,
  type FaultInjector,
} from '../../../test/doubles/electron/faultyFs';
import { nodeSyncFs } from './syncFs';
import { createSyncFolder, type SyncFolderDeps } from './syncFolder';

const PC_A = 'aaaa-1111';
const PC_B = 'bbbb-2222';
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function tempRoot(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'meja-sync-'));
  roots.push(root);
  return root;
}

/** A sync folder on the real disk; `sleeps` records the waits asked for. */
function open(root: string, overrides: Partial<SyncFolderDeps> = {}) {
  const sleeps: number[] = [];
  const folder = createSyncFolder({
    root,
    device: PC_A,
    fs: nodeSyncFs,
    now: () => new Date(),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { folder, sleeps };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The lock's owner file, waiting for the holder to have written it (a busy machine is slow). */
async function ownerFileOnceWritten(root: string): Promise<string> {
  for (let waited = 0; ; waited += 20) {
    try {
      return await readFile(path.join(root, 'locks/sync/owner.json'), 'utf8');
    } catch (error) {
      if (waited > 5000) throw error;
      await realSleep(20);
    }
  }
}

function faulty(inject: FaultInjector) {
  return createFaultyFs(nodeSyncFs, inject);
}

function validOpFile(seq: number): string {
  return JSON.stringify({
    format: 'meja-ti/ops@1',
    device: PC_A,
    seq,
    createdAt: '2026-11-22T07:30:00.000Z',
    ops: [],
  });
}

describe('writeImmutable', () => {
  it('writes through a temp file and refuses to replace the result', async () => {
    const root = await tempRoot();
    const { folder } = open(root);
    const relPath = opFilePath(PC_A, 1);
    await folder.writeImmutable(relPath, bytes('pertama'));
    await expect(folder.writeImmutable(relPath, bytes('kedua'))).rejects.toMatchObject({
      reason: 'exists',
      message: expect.stringContaining('tidak boleh ditimpa'),
    });
    expect(await readFile(path.join(root, relPath), 'utf8')).toBe('pertama');
    expect(await readdir(path.join(root, 'devices', PC_A, 'ops'))).toEqual(['0000000001.json']);
  });

  it('leaves a crash between write and rename harmless', async () => {
    const root = await tempRoot();
    const relPath = opFilePath(PC_A, 1);
    const fs = faulty((call) => {
      if (call === 'rename') fs.crash();
    });
    await expect(open(root, { fs }).folder.writeImmutable(relPath, bytes('x'))).rejects.toThrow();
    const left = await readdir(path.join(root, 'devices', PC_A, 'ops'));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^0000000001\.json\.[0-9a-z]{12}\.tmp$/);

    const { folder } = open(root);
    expect(await folder.listOpFiles()).toEqual({ reachable: true, files: [] });
    await folder.writeImmutable(relPath, bytes(validOpFile(1)));
    const listing = await folder.listOpFiles();
    expect(listing.reachable && listing.files.map((file) => file.relPath)).toEqual([relPath]);
    // The retry that succeeded removed the leftover of the attempt that died.
    expect(await readdir(path.join(root, 'devices', PC_A, 'ops'))).toEqual(['0000000001.json']);
  });

  it('retries a rename the antivirus holds, then succeeds', async () => {
    const root = await tempRoot();
    const fs = faulty((call, file, count) => {
      if (call === 'rename' && count <= 2) throw fsError('EBUSY', file);
      if (call === 'open' && count === 1) throw fsError('EACCES', file);
    });
    const { folder, sleeps } = open(root, { fs });
    await folder.writeImmutable('snapshots/a.json', bytes('{}'));
    expect(sleeps).toEqual([50, 50, 100]);
    expect(await readdir(path.join(root, 'snapshots'))).toEqual(['a.json']);
  });

  it('gives up on a file that stays locked, in Indonesian, leaving no temp file', async () => {
    const root = await tempRoot();
    const fs = faulty((call, file) => {
      if (call === 'rename') throw fsError('EPERM', file);
    });
    const { folder, sleeps } = open(root, { fs });
    await expect(folder.writeImmutable(opFilePath(PC_A, 1), bytes('x'))).rejects.toMatchObject({
      name: 'SyncFolderError',
      code: 'syncBusy',
      reason: 'busy',
      message: expect.stringContaining('sedang dipakai program lain'),
    });
    expect(sleeps).toEqual([50, 100, 200, 400, 800]);
    expect(await readdir(path.join(root, 'devices', PC_A, 'ops'))).toEqual([]);
  });

  it('never recreates a missing root, nor accepts a path leaving it', async () => {
    const root = path.join(await tempRoot(), 'share-not-mounted');
    const { folder } = open(root);
    await expect(folder.writeImmutable('devices/x/a.json', bytes('x'))).rejects.toMatchObject({
      reason: 'unreachable',
    });
    await expect(stat(root)).rejects.toMatchObject({ code: 'ENOENT' });
    for (const bad of ['../a.json', 'a\\b.json', '/a.json', 'a//b.json', 'C:/a.json']) {
      await expect(
        open(await tempRoot()).folder.writeImmutable(bad, bytes('x')),
      ).rejects.toMatchObject({ reason: 'invalidPath' });
    }
  });
});

describe('listOpFiles', () => {
  it('tells an unreachable share from an empty one', async () => {
    const root = await tempRoot();
    expect(await open(path.join(root, 'gone')).folder.listOpFiles()).toEqual({
      reachable: false,
      code: 'ENOENT',
    });
    expect(await open(root).folder.listOpFiles()).toEqual({ reachable: true, files: [] });
    const fs = faulty((call, dir) => {
      if (call === 'readdir' && dir.endsWith('ops')) throw fsError('EIO', dir);
    });
    await mkdir(path.join(root, 'devices', PC_A, 'ops'), { recursive: true });
    expect(await open(root, { fs }).folder.listOpFiles()).toEqual({
      reachable: false,
      code: 'EIO',
    });
  });

  it('lists only strictly named op files, ordered, with their sizes', async () => {
    const root = await tempRoot();
    const { folder } = open(root);
    await folder.writeImmutable(opFilePath(PC_B, 1), bytes('b1'));
    await folder.writeImmutable(opFilePath(PC_A, 2), bytes('a2..'));
    await folder.writeImmutable(opFilePath(PC_A, 1), bytes('a1.'));
    const opsA = path.join(root, 'devices', PC_A, 'ops');
    await writeFile(path.join(root, 'desktop.ini'), '[.ShellClassInfo]');
    await writeFile(path.join(root, 'devices', 'desktop.ini'), '');
    await writeFile(path.join(opsA, 'desktop.ini'), '');
    await writeFile(path.join(opsA, 'Thumbs.db'), '');
    await writeFile(path.join(opsA, '0000000001.json.tmp'), '');
    await writeFile(path.join(opsA, '0000000003.JSON'), '');
    await writeFile(path.join(opsA, '~$0000000004.json'), '');
    await writeFile(path.join(opsA, '0000000000.json'), '');
    await mkdir(path.join(opsA, '0000000005.json'));
    await mkdir(path.join(root, 'devices', 'Bad Name', 'ops'), { recursive: true });
    await writeFile(path.join(root, 'devices', 'Bad Name', 'ops', '0000000001.json'), '');
    await mkdir(path.join(root, 'devices', PC_B, 'other'));
    await writeFile(path.join(root, 'devices', PC_B, 'other', '0000000009.json'), '');
    await mkdir(path.join(root, 'devices', 'cccc-3333'));

    expect(await folder.listOpFiles()).toEqual({
      reachable: true,
      files: [
        { device: PC_A, seq: 1, relPath: opFilePath(PC_A, 1), size: 3 },
        { device: PC_A, seq: 2, relPath: opFilePath(PC_A, 2), size: 4 },
        { device: PC_B, seq: 1, relPath: opFilePath(PC_B, 1), size: 2 },
      ],
    });
  });
});

describe('readOpFile', () => {
  it('reads a file, and answers tooLarge without reading past the limit', async () => {
    const root = await tempRoot();
    const relPath = opFilePath(PC_A, 1);
    await open(root).folder.writeImmutable(relPath, bytes(validOpFile(1)));
    const read = await open(root).folder.readOpFile(relPath, 1000);
    expect(read instanceof Uint8Array && opFileSchema.parse(JSON.parse(text(read)))).toMatchObject({
      seq: 1,
    });

    const reads: string[] = [];
    const fs = faulty((call, file) => {
      if (call === 'read' || call === 'readFile') reads.push(file);
    });
    expect(await open(root, { fs }).folder.readOpFile(relPath, 10)).toEqual({ tooLarge: true });
    expect(reads).toEqual([]);
    expect(await open(root).folder.readOpFile(relPath, validOpFile(1).length)).toBeInstanceOf(
      Uint8Array,
    );
  });

  it('waits out an antivirus holding a file it reads, then reads it', async () => {
    const root = await tempRoot();
    const relPath = opFilePath(PC_A, 1);
    await open(root).folder.writeImmutable(relPath, bytes(validOpFile(1)));
    const fs = faulty((call, file, count) => {
      if (call === 'open' && count <= 2) throw fsError('EBUSY', file);
    });
    const { folder, sleeps } = open(root, { fs });
    const read = await folder.readOpFile(relPath, 1000);
    expect(read instanceof Uint8Array && text(read)).toBe(validOpFile(1));
    expect(sleeps).toEqual([50, 100]);
  });

  it('returns the short bytes of a file truncated by another writer', async () => {
    const root = await tempRoot();
    const relPath = opFilePath(PC_A, 1);
    await open(root).folder.writeImmutable(relPath, bytes(validOpFile(1)));
    const fs = faulty(async (call) => {
      if (call === 'read') await truncate(path.join(root, relPath), 12);
    });
    const read = await open(root, { fs }).folder.readOpFile(relPath, 1000);
    expect(read).toBeInstanceOf(Uint8Array);
    const short = read as Uint8Array;
    expect(text(short)).toBe(validOpFile(1).slice(0, 12));
    expect(() => opFileSchema.parse(JSON.parse(text(short)))).toThrow();
  });

  it('refuses names that are not op files, and reports a missing one', async () => {
    const { folder } = open(await tempRoot());
    await expect(folder.readOpFile('desktop.ini', 100)).rejects.toMatchObject({
      reason: 'invalidPath',
    });
    await expect(folder.readOpFile(opFilePath(PC_A, 7), 100)).rejects.toMatchObject({
      reason: 'notFound',
    });
  });
});

describe('quarantine', () => {
  it('records a bad file under this device and keeps the file itself', async () => {
    const root = await tempRoot();
    const at = new Date('2026-11-22T07:30:00.123Z');
    const { folder } = open(root, { now: () => at });
    const bad = opFilePath(PC_B, 3);
    await folder.writeImmutable(bad, bytes('{"rusak'));
    const entry = await folder.quarantine(bad, 'JSON tidak lengkap');
    expect(entry).toEqual({
      file: bad,
      reason: 'JSON tidak lengkap',
      at: at.toISOString(),
      device: PC_A,
      relPath: `quarantine/${PC_A}/20261122T073000123Z-devices_${PC_B}_ops_0000000003.json`,
    });
    expect(await readFile(path.join(root, bad), 'utf8')).toBe('{"rusak');

    const later = new Date('2026-11-22T08:00:00.000Z');
    await open(root, { device: PC_B, now: () => later }).folder.quarantine(bad, 'lagi');
    await writeFile(path.join(root, 'quarantine', PC_A, 'Thumbs.db'), '');
    await writeFile(path.join(root, 'quarantine', PC_A, '20261122T073000999Z-x.json'), '{');
    const listed = await folder.listQuarantine();
    expect(listed.map((item) => [item.device, item.reason])).toEqual([
      [PC_A, 'JSON tidak lengkap'],
      [PC_B, 'lagi'],
    ]);
  });
});

describe('claim', () => {
  it('claims a register number once', async () => {
    const { folder } = open(await tempRoot());
    expect(await folder.claim('claims/2026/0042')).toBe('claimed');
    expect(await folder.claim('claims/2026/0042')).toBe('taken');
    expect(await folder.claim('claims/2026/0043')).toBe('claimed');
  });

  it('lets exactly one of several PCs claiming at once win', async () => {
    const root = await tempRoot();
    const outcomes = await Promise.all(
      [PC_A, PC_B, 'cccc-3333', 'dddd-4444'].map((device) =>
        open(root, { device }).folder.claim('claims/2026/0001'),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'taken')).toHaveLength(3);
  });

  it('throws other errors instead of reading them as taken', async () => {
    const root = await tempRoot();
    await expect(open(path.join(root, 'gone')).folder.claim('claims/2026/1')).rejects.toMatchObject(
      { reason: 'unreachable' },
    );
    await writeFile(path.join(root, 'claims'), 'a file where a folder belongs');
    await expect(open(root).folder.claim('claims/2026/1')).rejects.toThrow();
  });
});

describe('withLock', () => {
  const live = (root: string, device: string) =>
    open(root, { device, sleep: realSleep, lockPollMs: 5 }).folder;

  it('lets one caller in at a time and releases the lock', async () => {
    const root = await tempRoot();
    let inside = 0;
    let most = 0;
    const order: string[] = [];
    const work = (device: string) =>
      live(root, device).withLock('sync', 5000, 60_000, async () => {
        inside++;
        most = Math.max(most, inside);
        order.push(device);
        await realSleep(30);
        inside--;
        return device;
      });
    expect((await Promise.all([work(PC_A), work(PC_B), work(PC_A)])).sort()).toEqual([
      PC_A,
      PC_A,
      PC_B,
    ]);
    expect(most).toBe(1);
    expect(order).toHaveLength(3);
    expect(await readdir(path.join(root, 'locks'))).toEqual([]);
  });

  it('times out while another PC holds it, and releases after a failure', async () => {
    const root = await tempRoot();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = live(root, PC_A).withLock('sync', 1000, 60_000, () => held);
    const owner = JSON.parse(await ownerFileOnceWritten(root));
    expect(owner).toMatchObject({ device: PC_A });
    await expect(
      live(root, PC_B).withLock('sync', 50, 60_000, async () => 1),
    ).rejects.toMatchObject({ reason: 'lockTimeout' });
    release();
    await holder;

    const failure = new Error('gagal di tengah');
    await expect(
      live(root, PC_B).withLock('sync', 1000, 60_000, () => Promise.reject(failure)),
    ).rejects.toBe(failure);
    expect(await live(root, PC_A).withLock('sync', 0, 60_000, async () => 'bebas')).toBe('bebas');
  });

  it('breaks a lock left by a PC that died', async () => {
    const root = await tempRoot();
    const lockDir = path.join(root, 'locks', 'sync');
    await mkdir(lockDir, { recursive: true });
    const old = new Date(Date.now() - 10 * 60_000);
    await writeFile(
      path.join(lockDir, 'owner.json'),
      JSON.stringify({ device: PC_B, at: old.toISOString(), token: 'x' }),
    );
    expect(await live(root, PC_A).withLock('sync', 100, 60_000, async () => 'ok')).toBe('ok');

    // Died between mkdir and writing owner.json: the folder's age decides.
    await mkdir(lockDir);
    await utimes(lockDir, old, old);
    expect(await live(root, PC_A).withLock('sync', 100, 60_000, async () => 'ok')).toBe('ok');
    expect(await readdir(path.join(root, 'locks'))).toEqual([]);
  });

  it('does not break a fresh lock of a PC that is still writing its owner file', async () => {
    const root = await tempRoot();
    await mkdir(path.join(root, 'locks', 'sync'), { recursive: true });
    await expect(
      live(root, PC_A).withLock('sync', 30, 60_000, async () => 1),
    ).rejects.toMatchObject({ reason: 'lockTimeout' });
  });
});

describe('workspace marker', () => {
  it('creates the marker once and reads it back', async () => {
    const root = await tempRoot();
    const { folder } = open(root);
    expect(await folder.readMarker()).toEqual({ kind: 'absent' });
    await folder.createMarker({ format: 'meja-ti/workspace@1', name: 'PA Contoh' });
    expect(await folder.readMarker()).toEqual({
      kind: 'found',
      value: { format: 'meja-ti/workspace@1', name: 'PA Contoh' },
    });
    await expect(folder.createMarker({ other: true })).rejects.toMatchObject({
      reason: 'exists',
      message: 'Folder ini sudah berisi ruang kerja Meja TI.',
    });
  });

  it('tells an unreachable share and a damaged marker apart from an absent one', async () => {
    const root = await tempRoot();
    expect(await open(path.join(root, 'gone')).folder.readMarker()).toEqual({
      kind: 'unreachable',
    });
    await writeFile(path.join(root, 'meja-ti-workspace.json'), '{"format":');
    expect(await open(root).folder.readMarker()).toEqual({ kind: 'invalid' });
  });
});
