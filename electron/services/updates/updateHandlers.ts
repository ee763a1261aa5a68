import { Buffer } from 'node:buffer';
import type { ApiHandlers } from '../../../shared/api/contract';
import type { UpdateService } from './updateService';

type UpdateMethod = Extract<keyof ApiHandlers, `updates${string}`>;

/** The update channels over the update service: bytes to and from base64. */
export function createUpdateHandlers(updates: UpdateService): Pick<ApiHandlers, UpdateMethod> {
  return {
    updatesShareInstaller: () => updates.shareInstaller(),
    updatesWriteManifest: async ({ base64 }) => {
      await updates.writeManifest(new Uint8Array(Buffer.from(base64, 'base64')));
      return {};
    },
    updatesReadManifest: async () => {
      const read = await updates.readManifest();
      return read.found
        ? { found: true, base64: Buffer.from(read.bytes).toString('base64') }
        : read;
    },
    updatesInstall: (installer) => updates.install(installer),
  };
}
