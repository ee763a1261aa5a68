import type { ApiError } from '../../../shared/api/result';
import type { MejaApi } from '../../../shared/api/contract';
import { ApiCallError, call } from '../../api/client';
import { decodeBase64, encodeBase64 } from '../../../shared/encoding/base64';
import type { FolderErrorReason, FolderPort } from '../folderPort';

/** The folder reason each API error code stands for (see SyncFolderError in main). */
const REASON_OF_CODE: Partial<Record<ApiError['code'], FolderErrorReason>> = {
  syncUnreachable: 'unreachable',
  syncExists: 'exists',
  syncBusy: 'busy',
  syncNotFound: 'notFound',
  syncLockTimeout: 'lockTimeout',
  invalidInput: 'invalidPath',
  io: 'io',
};

/** A folder failure rebuilt on this side of IPC, with the `reason` the engine reads. */
export class IpcFolderError extends Error {
  readonly reason: FolderErrorReason;
  constructor(reason: FolderErrorReason, message: string) {
    super(message);
    this.name = 'IpcFolderError';
    this.reason = reason;
  }
}

function rethrow(error: unknown): never {
  if (error instanceof ApiCallError) {
    throw new IpcFolderError(REASON_OF_CODE[error.code] ?? 'io', error.message);
  }
  throw error;
}

/** The shared folder through main (the `sync:*` channels), as the engine's FolderPort. */
export function createIpcFolder(api: MejaApi): FolderPort {
  /** The lock token while `withLock` runs; deletes are allowed only with it. */
  let token: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  return {
    listOpFiles: () => call(api, 'syncListOps', {}).catch(rethrow),
    listSnapshots: () => call(api, 'syncListSnapshots', {}).catch(rethrow),
    async readOpFile(relPath, maxBytes) {
      const read = await call(api, 'syncReadFile', { relPath, maxBytes }).catch(rethrow);
      if ('tooLarge' in read) return { tooLarge: true };
      const bytes = decodeBase64(read.base64);
      if (!bytes) throw new IpcFolderError('io', `Isi berkas ${relPath} tidak terbaca.`);
      return bytes;
    },
    async writeImmutable(relPath, bytes) {
      await call(api, 'syncWriteFile', { relPath, base64: encodeBase64(bytes) }).catch(rethrow);
    },
    async replaceDamaged(relPath, bytes, found) {
      await call(api, 'syncReplaceDamaged', { relPath, base64: encodeBase64(bytes), found }).catch(
        rethrow,
      );
    },
    async quarantine(relPath, reason) {
      await call(api, 'syncQuarantine', { relPath, reason: reason.slice(0, 500) }).catch(rethrow);
    },
    async claim(relDir) {
      return (await call(api, 'syncClaim', { relDir }).catch(rethrow)).outcome;
    },
    withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
      // One holding at a time from this PC; main enforces it across PCs.
      const run = queue.then(async () => {
        const held = await call(api, 'syncLock', { name }).catch(rethrow);
        token = held.token;
        try {
          return await fn();
        } finally {
          token = null;
          await call(api, 'syncUnlock', { token: held.token }).catch(() => undefined);
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async deleteFile(relPath) {
      if (!token) throw new IpcFolderError('io', 'Berkas hanya dihapus selama kunci dipegang.');
      await call(api, 'syncDeleteFile', { relPath, token }).catch(rethrow);
    },
  };
}
