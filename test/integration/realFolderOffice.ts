import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { afterEach, beforeAll, expect } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDispatch } from '../../electron/ipc/dispatch';
import { createApiHandlers } from '../../electron/services/apiHandlers';
import { createFaultyFs, fsError, type FsCall } from '../doubles/electron/faultyFs';
import { nodeSyncFs, type SyncFs } from '../../electron/services/sync/syncFs';
import { createSyncService } from '../../electron/services/sync/syncService';
import {
  API_METHODS,
  apiContract,
  type ApiHandlers,
  type MejaApi,
} from '../../shared/api/contract';
import { WORKSPACE_MARKER_FORMAT } from '../../shared/sync/workspaceMarker';
import { call } from '../../renderer/api/client';
import { createRow } from '../../renderer/db/repository';
import { testDatabase, testWriteContext } from '../doubles/renderer/testDatabase';
import { createSyncEngine, type SyncEngine } from '../../renderer/sync/engine';
import type { FolderPort } from '../../renderer/sync/folderPort';
import { createIpcFolder } from '../../renderer/sync/runtime/ipcFolder';
import { fastKeys, START } from '../doubles/renderer/syncOffices';
import type { WorkspaceKeys } from '../../renderer/sync/workspaceCrypto';
import { createSystemLock } from '../../electron/services/system/systemLock';

/**
 * Several simulated PCs on ONE real folder on disk, each reaching it the way the app does:
 * engine → createIpcFolder → the preload-shaped API → the dispatcher (zod on every payload
 * and result) → the API handlers → the real sync service → node:fs. Only the OS folder
 * dialog is replaced (it answers with the temp folder), and each PC's file system can be
 * told to fail the way a Windows share does.
 */

/** Decides about one fs call of a PC before it runs: throw to fail it. */
export type FsHook = (call: FsCall, path: string) => void | Promise<void>;

export interface FsControl {
  /** Runs before each call; null lets everything through. */
  before: FsHook | null;
  /** Runs after a rename that succeeded (a reply lost after the work was done). */
  afterRename: ((from: string, to: string) => void) | null;
  /** Every call made, in order, with the path it named. */
  calls: { call: FsCall; path: string }[];
  /** The waits the service asked for between retries. */
  sleeps: number[];
}

export interface RealPc {
  device: string;
  db: ReturnType<typeof testDatabase>;
  ctx: ReturnType<typeof testWriteContext>;
  engine: SyncEngine;
  api: MejaApi;
  folder: FolderPort;
  fs: FsControl;
  /**
   * The app started again after its process died: a new service and engine (fresh fs, no
   * held state), on the same database and config file.
   */
  restart(): void;
}

/** Fails the first `times` calls that match, then lets them through. */
export function failTimes(
  times: number,
  match: (call: FsCall, path: string) => boolean,
  code: string,
): FsHook {
  let left = times;
  return (call, file) => {
    if (left > 0 && match(call, file)) {
      left -= 1;
      throw fsError(code, file);
    }
  };
}

const notUsed = async (): Promise<never> => {
  throw new Error('not used by the sync tests');
};

/** The preload's API, built from the contract as electron/preload.ts builds it, over a dispatcher. */
export function apiOverHandlers(
  handlers: ApiHandlers,
  logError: (error: unknown, channel: string) => void,
): MejaApi {
  const dispatch = createDispatch(handlers, { logError });
  return Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      // Arguments and results cross the IPC boundary as structured clones.
      async (input: unknown) =>
        structuredClone(await dispatch(apiContract[method].channel, structuredClone(input))),
    ]),
  ) as MejaApi;
}

export interface RealFolderOffice {
  /** The shared folder every PC chose. */
  shared: string;
  /** Where each PC's userData lies (its config file). */
  base: string;
  keys: WorkspaceKeys;
  /** Errors that reached the dispatcher as unexpected ('internal'): none should. */
  internalErrors: { channel: string; error: unknown }[];
  pc(device: string): Promise<RealPc>;
  /** Writes the workspace marker, as the PC that creates the workspace does. */
  createMarker(pc: RealPc): Promise<void>;
  close(): Promise<void>;
}

export async function openRealFolderOffice(keys: WorkspaceKeys): Promise<RealFolderOffice> {
  const base = await mkdtemp(path.join(tmpdir(), 'meja-sync-real-'));
  const shared = path.join(base, 'shared');
  await mkdir(shared);
  const pcs: RealPc[] = [];
  const internalErrors: { channel: string; error: unknown }[] = [];

  async function pc(device: string): Promise<RealPc> {
    const db = testDatabase(`meja-ti-real-${device}`);
    const ctx = testWriteContext(db, { device, start: START, actor: `${device}-op` });
    const control: FsControl = { before: null, afterRename: null, calls: [], sleeps: [] };

    function wire() {
      const base_: SyncFs = {
        ...nodeSyncFs,
        rename: async (from, to) => {
          await nodeSyncFs.rename(from, to);
          control.afterRename?.(from, to);
        },
      };
      const fs = createFaultyFs(base_, async (which, file) => {
        control.calls.push({ call: which, path: file });
        await control.before?.(which, file);
      });
      const service = createSyncService({
        configFile: path.join(base, `${device}-sync-folder.json`),
        chooseFolder: async () => shared,
        fs,
        now: () => new Date(),
        sleep: async (ms) => {
          control.sleeps.push(ms);
        },
        lockTimeoutMs: 500,
      });
      const handlers = createApiHandlers({
        appInfo: () => ({ name: '', version: '', dataPath: '', platform: '', packaged: false }),
        pdf: { render: notUsed, save: notUsed, print: notUsed },
        spreadsheet: { save: notUsed },
        jsonExport: { save: notUsed },
        backup: {
          getFolder: notUsed,
          chooseFolder: notUsed,
          write: notUsed,
          list: notUsed,
          prune: notUsed,
          openFile: notUsed,
        },
        sync: service,
        rendererLog: { record: () => false },
        systemLock: createSystemLock(),
        problemReport: notUsed,
        updates: {
          shareInstaller: notUsed,
          writeManifest: notUsed,
          readManifest: notUsed,
          install: notUsed,
        },
      });
      const api = apiOverHandlers(handlers, (error, channel) =>
        internalErrors.push({ channel, error }),
      );
      const folder = createIpcFolder(api);
      const engine = createSyncEngine({
        db,
        device,
        clock: ctx.clock,
        keys,
        folder,
        now: ctx.now,
      });
      return { api, folder, engine };
    }

    const made: RealPc = {
      device,
      db,
      ctx,
      fs: control,
      ...wire(),
      restart() {
        control.before = null;
        control.afterRename = null;
        Object.assign(made, wire());
      },
    };
    const chosen = await call(made.api, 'syncChooseFolder', { device });
    if (!chosen.chosen) throw new Error('the folder dialog was canceled');
    pcs.push(made);
    return made;
  }

  return {
    shared,
    base,
    keys,
    internalErrors,
    pc,
    async createMarker(creator) {
      await call(creator.api, 'syncCreateMarker', {
        marker: {
          format: WORKSPACE_MARKER_FORMAT,
          workspaceId: 'ruang-kerja-uji-0001',
          createdAt: new Date(START).toISOString(),
          office: 'PN Sleman',
          key: { kdf: 'PBKDF2-SHA256', iterations: 1000, salt: 'garam', verifier: 'penguji' },
        },
      });
    },
    async close() {
      for (const made of pcs) made.db.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** Creates a unit on a PC, advancing its clock a little first so stamps differ. */
export async function addUnit(pc: RealPc, nama: string): Promise<string> {
  pc.ctx.advance(1_000);
  return createRow(pc.ctx, 'units', { nama, aktif: true });
}

/** The names in a folder under the shared root, sorted; [] when it does not exist. */
export async function namesIn(shared: string, relDir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(shared, ...relDir.split('/')))).sort();
  } catch {
    return [];
  }
}

export { fsError };

/** A process that has died: every fs call from now on fails. */
export const deadProcess: FsHook = () => {
  throw new Error('simulated crash: the process is gone');
};

/** Whether a path is a temp file the writer made (`<name>.<random>.tmp`). */
export const isTemp = (file: string): boolean => /\.json\.[a-z0-9]{12}\.tmp$/.test(file);

/**
 * Registers what every real-folder test file needs (workspace keys once, each test's office
 * closed after it, with no unexpected error reached the dispatcher) and returns `open`, which
 * makes the test's office.
 */
export function realFolderOffices(): () => Promise<RealFolderOffice> {
  let keys: WorkspaceKeys | undefined;
  let office: RealFolderOffice | undefined;
  beforeAll(async () => {
    keys = await fastKeys();
  });
  afterEach(async () => {
    const done = office;
    office = undefined;
    if (!done) return;
    expect(done.internalErrors).toEqual([]);
    await done.close();
  });
  return async () => {
    if (!keys) throw new Error('keys are made in beforeAll');
    office = await openRealFolderOffice(keys);
    return office;
  };
}
