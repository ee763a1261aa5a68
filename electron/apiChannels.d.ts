/**
 * Made at build time from shared/api/contract.ts (build/scripts/lib/electronBundles.mjs):
 * the global the API is exposed under and each contract method's IPC channel.
 */
declare module 'virtual:api-channels' {
  import type { ApiMethod } from '../shared/api/contract';

  export const API_GLOBAL: string;
  export const API_CHANNELS: Readonly<Record<ApiMethod, string>>;
}
