import type { MejaApi } from '../shared/api/contract';

declare global {
  interface Window {
    /** The API the preload exposes (electron/preload.ts); see shared/api/contract.ts. */
    mejaTI: MejaApi;
  }
}

export {};
