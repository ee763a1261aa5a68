import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FolderPort } from '../folderPort';
import type { SyncDriver, SyncStatus } from './syncDriver';
import type { Workspace } from './workspace';

/**
 * What the screens need of the sync runtime. `folder` and `driver` are there while this PC
 * has joined a workspace, otherwise null (the PC works alone).
 */
export interface SyncHandle {
  folder: FolderPort | null;
  driver: SyncDriver | null;
  /** undefined while loading. */
  workspace: Workspace | null | undefined;
  /** Why sync could not start on this PC (shown after "Sinkronisasi gagal dimulai: "). */
  startError: string | null;
  /** Tries to start sync again after a start-up failure. */
  retryStart(): void;
}

export const SyncContext = createContext<SyncHandle>({
  folder: null,
  driver: null,
  workspace: null,
  startError: null,
  retryStart: () => {},
});

export function useSync(): SyncHandle {
  return useContext(SyncContext);
}

/** The shared folder of the joined workspace, or null when this PC works alone. */
export function useSyncFolder(): FolderPort | null {
  return useContext(SyncContext).folder;
}

const noDriver = {
  subscribe: () => () => {},
  status: () => null,
};

/** The driver's status, re-rendering on every change; null when this PC works alone. */
export function useSyncStatus(): SyncStatus | null {
  const { driver } = useContext(SyncContext);
  const source = driver ?? noDriver;
  return useSyncExternalStore(source.subscribe, source.status);
}
