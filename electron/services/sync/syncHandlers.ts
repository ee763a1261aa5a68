import { Buffer } from 'node:buffer';
import type { ApiHandlers } from '../../../shared/api/contract';
import type { SyncService } from './syncService';

type SyncMethod = Extract<keyof ApiHandlers, `sync${string}`>;
export type SyncHandlers = Pick<ApiHandlers, SyncMethod>;

/** The sync channels over the sync service: bytes to and from base64, nothing more. */
export function createSyncHandlers(sync: SyncService): SyncHandlers {
  return {
    syncGetFolder: () => sync.getFolder(),
    syncChooseFolder: ({ device }) => sync.chooseFolder(device),
    syncForgetFolder: async () => {
      await sync.forgetFolder();
      return {};
    },
    syncReadMarker: async () => {
      const reading = await sync.readMarker();
      // The marker is parsed JSON already; the contract's output schema checks it again.
      return reading.kind === 'found'
        ? { kind: 'found', value: reading.value as never }
        : { kind: reading.kind };
    },
    syncFindSynchronisers: () => sync.findSynchronisers(),
    syncCreateMarker: async ({ marker }) => {
      await sync.createMarker(marker);
      return {};
    },
    syncListOps: () => sync.listOpFiles(),
    syncListSnapshots: () => sync.listSnapshots(),
    syncReadFile: async ({ relPath, maxBytes }) => {
      const read = await sync.readFile(relPath, maxBytes);
      return 'tooLarge' in read
        ? { tooLarge: true }
        : { base64: Buffer.from(read).toString('base64') };
    },
    syncWriteFile: async ({ relPath, base64 }) => {
      await sync.writeFile(relPath, new Uint8Array(Buffer.from(base64, 'base64')));
      return {};
    },
    syncReplaceDamaged: async ({ relPath, base64, found }) => {
      await sync.replaceDamaged(relPath, new Uint8Array(Buffer.from(base64, 'base64')), found);
      return {};
    },
    syncQuarantine: async ({ relPath, reason }) => {
      await sync.quarantine(relPath, reason);
      return {};
    },
    syncClaim: async ({ relDir }) => ({ outcome: await sync.claim(relDir) }),
    syncLock: async ({ name }) => ({ token: await sync.lock(name) }),
    syncUnlock: async ({ token }) => {
      await sync.unlock(token);
      return {};
    },
    syncDeleteFile: async ({ relPath, token }) => {
      await sync.deleteFile(relPath, token);
      return {};
    },
  };
}
