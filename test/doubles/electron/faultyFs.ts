import type { SyncFileHandle, SyncFs } from '../../../electron/services/sync/syncFs';

/** The calls a fault can be injected into: those of SyncFs and of its file handles. */
export type FsCall =
  | 'open'
  | 'rename'
  | 'readdir'
  | 'stat'
  | 'readFile'
  | 'mkdir'
  | 'rm'
  | 'unlink'
  | 'write'
  | 'read'
  | 'sync';

/**
 * Decides about one call before it reaches the real file system: return to let it
 * through, throw to fail it. `count` is 1 for the first call of that kind, and so on.
 */
export type FaultInjector = (call: FsCall, path: string, count: number) => void | Promise<void>;

export interface FaultyFs extends SyncFs {
  /** Fails this call and every later one, as if the process had died (closing still works). */
  crash(): never;
}

/** An error as Node's file system gives it: `code` set, e.g. 'EBUSY'. */
export function fsError(code: string, path = ''): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated fault, ${path}`), { code });
}

/**
 * Wraps a SyncFs so tests and simulations can make the calls fail the way a Windows
 * share does. Used by tests only.
 */
export function createFaultyFs(base: SyncFs, inject: FaultInjector): FaultyFs {
  const counts = new Map<FsCall, number>();
  let dead = false;

  async function gate(call: FsCall, path: string): Promise<void> {
    if (dead) throw new Error('simulated crash: the process is gone');
    const count = (counts.get(call) ?? 0) + 1;
    counts.set(call, count);
    await inject(call, path, count);
  }

  function wrapHandle(handle: SyncFileHandle, path: string): SyncFileHandle {
    return {
      write: async (...args) => (await gate('write', path), handle.write(...args)),
      read: async (...args) => (await gate('read', path), handle.read(...args)),
      stat: () => handle.stat(),
      sync: async () => (await gate('sync', path), handle.sync()),
      close: () => handle.close(),
    };
  }

  return {
    crash() {
      dead = true;
      throw new Error('simulated crash');
    },
    open: async (path, flags) => {
      await gate('open', path);
      return wrapHandle(await base.open(path, flags), path);
    },
    rename: async (from, to) => (await gate('rename', from), base.rename(from, to)),
    readdir: async (path, options) => (await gate('readdir', path), base.readdir(path, options)),
    stat: async (path) => (await gate('stat', path), base.stat(path)),
    readFile: async (path) => (await gate('readFile', path), base.readFile(path)),
    mkdir: async (path, options) => (await gate('mkdir', path), base.mkdir(path, options)),
    rm: async (path, options) => (await gate('rm', path), base.rm(path, options)),
    unlink: async (path) => (await gate('unlink', path), base.unlink(path)),
  };
}
