import { createContext, useContext } from 'react';
import type { FolderPort } from '../folderPort';

/**
 * What the screens need of the sync runtime. `folder` is the shared folder while this PC
 * has joined a workspace and unlocked it with the passphrase, otherwise null (the PC works
 * alone).
 */
export interface SyncHandle {
  folder: FolderPort | null;
}

export const SyncContext = createContext<SyncHandle>({ folder: null });

/** The shared folder of the joined workspace, or null when this PC works alone. */
export function useSyncFolder(): FolderPort | null {
  return useContext(SyncContext).folder;
}
