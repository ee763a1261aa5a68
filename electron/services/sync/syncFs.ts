import * as fsPromises from 'node:fs/promises';

/** The part of an open file the sync folder uses. */
export interface SyncFileHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>;
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesRead: number }>;
  stat(): Promise<{ size: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface SyncDirent {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface SyncStats {
  size: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * The subset of `node:fs/promises` the sync folder needs, passed in so tests and
 * simulations can inject the faults a Windows share produces (EBUSY from antivirus,
 * a share that vanishes, a process that dies between write and rename).
 */
export interface SyncFs {
  /** 'wx' creates a new file and fails with EEXIST; 'r' opens for reading. */
  open(path: string, flags: 'r' | 'wx'): Promise<SyncFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  readdir(path: string, options: { withFileTypes: true }): Promise<SyncDirent[]>;
  stat(path: string): Promise<SyncStats>;
  readFile(path: string): Promise<Uint8Array>;
  mkdir(path: string, options: { recursive: boolean }): Promise<unknown>;
  rm(path: string, options: { recursive: boolean; force: boolean }): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The real file system. */
export const nodeSyncFs: SyncFs = fsPromises;

/** The `code` of a Node file-system error ('ENOENT', 'EBUSY', ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Errors Windows gives while an antivirus or the indexer holds a file for a moment. */
export function isTransientLockError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
}

export function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}
