import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../ipc/dispatch';
import { attachmentPath, snapshotPath } from '../../../shared/sync/folderPaths';
import { opFilePath } from '../../../shared/sync/opFile';
import { createApiHandlers } from '../apiHandlers';
import { nodeSyncFs } from './syncFs';
import { createSyncService } from './syncService';
import { createSystemLock } from '../system/systemLock';

const PC_A = 'aaaa-1111';
const PC_B = 'bbbb-2222';
const HLC_A = `001763796600000-0000-${PC_A}`;
const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function setup() {
  const base = await mkdtemp(path.join(tmpdir(), 'meja-sync-service-'));
  roots.push(base);
  const shared = path.join(base, 'shared');
  await mkdir(shared);
  let answer: string | undefined = shared;
  const service = (dataDir: string) =>
    createSyncService({
      configFile: path.join(base, `${dataDir}.json`),
      chooseFolder: async () => answer,
      fs: nodeSyncFs,
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      lockTimeoutMs: 300,
    });
  const unused = async () => {
    throw new Error('not called');
  };
  /** The service behind the dispatcher, as the renderer reaches it. */
  const dispatchFor = (sync: ReturnType<typeof service>) =>
    createDispatch(
      createApiHandlers({
        appInfo: () => ({ name: '', version: '', dataPath: '', platform: '', packaged: false }),
        pdf: { render: unused, save: unused, print: unused },
        spreadsheet: { save: unused },
        jsonExport: { save: unused },
        backup: {
          getFolder: unused,
          chooseFolder: unused,
          write: unused,
          list: unused,
          prune: unused,
          openFile: unused,
        },
        sync,
        rendererLog: { record: () => false },
        systemLock: createSystemLock(),
        problemReport: unused,
        updates: {
          shareInstaller: unused,
          writeManifest: unused,
          readManifest: unused,
          install: unused,
        },
      }),
      { logError: () => undefined },
    );
  return {
    base,
    shared,
    service,
    dispatchFor,
    setAnswer: (next: string | undefined) => (answer = next),
  };
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('the sync service (main side of the shared folder)', () => {
  it('remembers the chosen folder in its config file, and forgets it on request', async () => {
    const { base, shared, service, setAnswer } = await setup();
    const first = service('pc-a');
    expect(await first.getFolder()).toEqual({ root: null });
    setAnswer(undefined);
    expect(await first.chooseFolder(PC_A)).toEqual({ chosen: false });
    setAnswer(shared);
    expect(await first.chooseFolder(PC_A)).toEqual({ chosen: true, root: shared });
    // A restart reads it back from the file.
    expect(await service('pc-a').getFolder()).toEqual({ root: shared });
    expect(JSON.parse(await readFile(path.join(base, 'pc-a.json'), 'utf8'))).toEqual({
      root: shared,
      device: PC_A,
    });
    await first.forgetFolder();
    expect(await service('pc-a').getFolder()).toEqual({ root: null });
  });

  it('refuses a folder that does not exist, and calls before a folder is chosen', async () => {
    const { base, service, setAnswer, dispatchFor } = await setup();
    const sync = service('pc-a');
    expect(await dispatchFor(sync)('sync:list-ops', {})).toMatchObject({
      ok: false,
      error: { code: 'syncUnreachable', message: expect.stringContaining('belum dipilih') },
    });
    setAnswer(path.join(base, 'missing'));
    await expect(sync.chooseFolder(PC_A)).rejects.toMatchObject({ reason: 'unreachable' });
    expect(await sync.getFolder()).toEqual({ root: null });
  });

  it('lets a PC write only its own op files and snapshots, over the dispatcher', async () => {
    const { shared, service, dispatchFor } = await setup();
    const sync = service('pc-a');
    await sync.chooseFolder(PC_A);
    const dispatch = dispatchFor(sync);
    const own = opFilePath(PC_A, 1);
    expect(await dispatch('sync:write-file', { relPath: own, base64: b64('x') })).toEqual({
      ok: true,
      value: {},
    });
    expect(await readFile(path.join(shared, own), 'utf8')).toBe('x');
    for (const relPath of [
      opFilePath(PC_B, 1),
      snapshotPath(HLC_A.replace(PC_A, PC_B)),
      'meja-ti-workspace.json',
      '../outside.json',
      'devices/aaaa-1111/ops/../../x.json',
    ]) {
      expect(await dispatch('sync:write-file', { relPath, base64: b64('y') })).toMatchObject({
        ok: false,
        error: { code: 'invalidInput' },
      });
    }
    expect(await dispatch('sync:write-file', { relPath: own, base64: b64('z') })).toMatchObject({
      ok: false,
      error: { code: 'syncExists' },
    });
    expect(await dispatch('sync:read-file', { relPath: own, maxBytes: 10 })).toEqual({
      ok: true,
      value: { base64: b64('x') },
    });
    expect(await dispatch('sync:read-file', { relPath: own, maxBytes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
  });

  it('lets every PC write an attachment once, keeps the first copy, and reads it back', async () => {
    const { shared, service, dispatchFor } = await setup();
    const a = service('pc-a');
    const b = service('pc-b');
    await a.chooseFolder(PC_A);
    await b.chooseFolder(PC_B);
    const relPath = attachmentPath('ab'.repeat(32));
    expect(await dispatchFor(a)('sync:write-file', { relPath, base64: b64('sealed-a') })).toEqual({
      ok: true,
      value: {},
    });
    // The same content from another PC: the copy there already is it.
    expect(await dispatchFor(b)('sync:write-file', { relPath, base64: b64('sealed-b') })).toEqual({
      ok: true,
      value: {},
    });
    expect(await readFile(path.join(shared, relPath), 'utf8')).toBe('sealed-a');
    expect(await dispatchFor(b)('sync:read-file', { relPath, maxBytes: 100 })).toEqual({
      ok: true,
      value: { base64: b64('sealed-a') },
    });
    for (const bad of ['lampiran/../x.bin', 'lampiran/AB.bin', `lampiran/${'a'.repeat(64)}.json`]) {
      expect(
        await dispatchFor(a)('sync:write-file', { relPath: bad, base64: b64('y') }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalidInput' },
      });
    }
  });

  it('claims register numbers once across PCs, and only register-number names', async () => {
    const { service } = await setup();
    const a = service('pc-a');
    const b = service('pc-b');
    await a.chooseFolder(PC_A);
    await b.chooseFolder(PC_B);
    expect(await a.claim('claims/2026/42')).toBe('claimed');
    expect(await b.claim('claims/2026/42')).toBe('taken');
    await expect(a.claim('claims/2026/042')).rejects.toMatchObject({ reason: 'invalidPath' });
    await expect(a.claim('locks/snapshot')).rejects.toMatchObject({ reason: 'invalidPath' });
  });

  it('holds the workspace lock by token: one PC at a time, deletes only while held', async () => {
    const { shared, service } = await setup();
    const a = service('pc-a');
    const b = service('pc-b');
    await a.chooseFolder(PC_A);
    await b.chooseFolder(PC_B);
    const own = opFilePath(PC_B, 1);
    await b.writeFile(own, new TextEncoder().encode('b'));
    await expect(a.deleteFile(own, crypto.randomUUID())).rejects.toMatchObject({
      reason: 'invalidPath',
    });

    const token = await a.lock('snapshot');
    await expect(b.lock('snapshot')).rejects.toMatchObject({ reason: 'lockTimeout' });
    await expect(a.deleteFile('meja-ti-workspace.json', token)).rejects.toMatchObject({
      reason: 'invalidPath',
    });
    await a.deleteFile(own, token);
    await a.deleteFile(own, token); // already gone: fine
    await a.unlock(token);
    expect(await readdir(path.join(shared, 'devices', PC_B, 'ops'))).toEqual([]);
    await expect(a.deleteFile(own, token)).rejects.toMatchObject({ reason: 'invalidPath' });

    const next = await b.lock('snapshot');
    await b.unlock(next);
    expect(await readdir(path.join(shared, 'locks'))).toEqual([]);
  });

  it('writes the workspace marker once and reads it back', async () => {
    const { shared, service } = await setup();
    const a = service('pc-a');
    await a.chooseFolder(PC_A);
    expect(await a.readMarker()).toEqual({ kind: 'absent' });
    const marker = {
      format: 'meja-ti/workspace@1' as const,
      workspaceId: 'abcdef12-3456',
      createdAt: '2026-11-22T02:00:00.000Z',
      office: 'PN Sleman',
      key: { kdf: 'PBKDF2-SHA256', iterations: 600000, salt: 's', verifier: 'v' },
    };
    await a.createMarker(marker);
    expect(await a.readMarker()).toEqual({ kind: 'found', value: marker });
    await expect(a.createMarker(marker)).rejects.toMatchObject({ reason: 'exists' });
    await writeFile(path.join(shared, 'meja-ti-workspace.json'), '{not json');
    expect(await a.readMarker()).toEqual({ kind: 'invalid' });
  });
});
