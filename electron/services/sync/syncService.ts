import { randomUUID } from 'node:crypto';
import {
  isAttachmentPath,
  parseClaimDir,
  parseSnapshotPath,
} from '../../../shared/sync/folderPaths';
import { deviceIdPattern, parseOpFilePath } from '../../../shared/sync/opFile';
import type { DamagedOwnFile } from '../../../shared/sync/damagedFile';
import type { WorkspaceMarker } from '../../../shared/sync/workspaceMarker';
import { createSyncConfigStore, type SyncConfig } from './syncConfig';
import { isSyncDataPath } from './snapshots';
import { createSyncFolder, type SyncFolder } from './syncFolder';
import { SyncFolderError } from './syncFolderError';
import type { SyncFs } from './syncFs';

export interface SyncServiceDeps {
  /** Where the chosen folder is remembered: a JSON file in userData. */
  configFile: string;
  /** The folder dialog; undefined when the user cancels. */
  chooseFolder(): Promise<string | undefined>;
  fs: SyncFs;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** How long a workspace lock is waited for, and after how long a held one is broken. */
  lockTimeoutMs?: number;
  lockStaleMs?: number;
}

/** A lock held on behalf of the renderer, released by token or after MAX_HOLD_MS. */
interface HeldLock {
  release(): void;
  done: Promise<void>;
  timer: ReturnType<typeof setTimeout>;
}

const MAX_HOLD_MS = 5 * 60_000;

/**
 * The shared folder as the renderer may use it (DESIGN.md §5). Main alone knows the
 * folder's path: it is chosen in a dialog and kept in userData, and every call names a
 * path relative to it that must match the strict patterns. This PC writes only its own
 * op files and snapshots, claims only register numbers, and deletes only sync files,
 * and only while it holds the workspace lock.
 */
export function createSyncService(deps: SyncServiceDeps) {
  const config = createSyncConfigStore(deps.configFile);
  const locks = new Map<string, HeldLock>();
  let cached: { key: string; folder: SyncFolder } | undefined;

  async function current(): Promise<{ config: SyncConfig; folder: SyncFolder }> {
    const value = await config.read();
    if (!value) {
      throw new SyncFolderError(
        'unreachable',
        'Folder bersama belum dipilih di Pengaturan Sinkronisasi.',
      );
    }
    const key = `${value.device}\n${value.root}`;
    if (cached?.key !== key) {
      cached = {
        key,
        folder: createSyncFolder({
          root: value.root,
          device: value.device,
          fs: deps.fs,
          now: deps.now,
          sleep: deps.sleep,
        }),
      };
    }
    return { config: value, folder: cached.folder };
  }

  function requireOwnFile(device: string, relPath: string): void {
    const op = parseOpFilePath(relPath);
    const snapshot = parseSnapshotPath(relPath);
    const owner = op?.device ?? snapshot?.device;
    if (owner !== device) {
      throw new SyncFolderError(
        'invalidPath',
        `PC ini hanya boleh menulis berkasnya sendiri di folder bersama: ${relPath}`,
      );
    }
  }

  function requireDataPath(relPath: string): void {
    if (!isSyncDataPath(relPath) && !isAttachmentPath(relPath)) {
      throw new SyncFolderError('invalidPath', `Bukan berkas sinkronisasi: ${relPath}`);
    }
  }

  return {
    async getFolder(): Promise<{ root: string | null }> {
      return { root: (await config.read())?.root ?? null };
    },

    /** Opens the folder dialog; the chosen folder must exist. */
    async chooseFolder(
      device: string,
    ): Promise<{ chosen: false } | { chosen: true; root: string }> {
      if (!deviceIdPattern.test(device))
        throw new SyncFolderError('invalidPath', 'Identitas PC tidak sah.');
      const root = await deps.chooseFolder();
      if (!root) return { chosen: false };
      try {
        if (!(await deps.fs.stat(root)).isDirectory()) throw new Error('not a folder');
      } catch (cause) {
        throw new SyncFolderError('unreachable', `Folder ${root} tidak dapat dibuka.`, { cause });
      }
      await config.write({ root, device });
      return { chosen: true, root };
    },

    async forgetFolder(): Promise<void> {
      await config.write(null);
      cached = undefined;
    },

    async readMarker() {
      return (await current()).folder.readMarker();
    },
    async findSynchronisers() {
      return (await current()).folder.findSynchronisers();
    },
    async createMarker(marker: WorkspaceMarker) {
      await (await current()).folder.createMarker(marker);
    },
    async listOpFiles() {
      return (await current()).folder.listOpFiles();
    },
    async listSnapshots() {
      return (await current()).folder.listSnapshots();
    },
    async readFile(relPath: string, maxBytes: number) {
      requireDataPath(relPath);
      return (await current()).folder.readOpFile(relPath, maxBytes);
    },
    async writeFile(relPath: string, bytes: Uint8Array) {
      const { config: value, folder } = await current();
      if (isAttachmentPath(relPath)) {
        await writeAttachment(folder, relPath, bytes);
        return;
      }
      requireOwnFile(value.device, relPath);
      await folder.writeImmutable(relPath, bytes);
    },
    /** Own op files only (replaceDamaged checks the device again). */
    async replaceDamaged(relPath: string, bytes: Uint8Array, found: DamagedOwnFile) {
      const { config: value, folder } = await current();
      if (parseOpFilePath(relPath)?.device !== value.device) {
        throw new SyncFolderError(
          'invalidPath',
          `PC ini hanya boleh menulis kembali berkas perubahannya sendiri: ${relPath}`,
        );
      }
      await folder.replaceDamaged(relPath, bytes, found);
    },
    async quarantine(relPath: string, reason: string) {
      requireDataPath(relPath);
      await (await current()).folder.quarantine(relPath, reason);
    },
    async claim(relDir: string) {
      if (!parseClaimDir(relDir)) {
        throw new SyncFolderError('invalidPath', `Bukan nama klaim nomor register: ${relDir}`);
      }
      return (await current()).folder.claim(relDir);
    },

    /** Takes the workspace lock for the renderer; it must unlock with the token. */
    async lock(name: string): Promise<string> {
      const { folder } = await current();
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let entered = () => {};
      const acquired = new Promise<void>((resolve) => (entered = resolve));
      const done = folder.withLock(
        name,
        deps.lockTimeoutMs ?? 30_000,
        deps.lockStaleMs ?? 2 * MAX_HOLD_MS,
        async () => {
          entered();
          await released;
        },
      );
      await Promise.race([acquired, done]);
      const token = randomUUID();
      // A renderer that crashed while holding the lock must not keep it forever.
      const timer = setTimeout(() => {
        release();
        locks.delete(token);
      }, MAX_HOLD_MS);
      locks.set(token, { release, done: done.catch(() => undefined), timer });
      return token;
    },
    async unlock(token: string): Promise<void> {
      const held = locks.get(token);
      if (!held) return;
      locks.delete(token);
      clearTimeout(held.timer);
      held.release();
      await held.done;
    },
    async deleteFile(relPath: string, token: string): Promise<void> {
      if (!locks.has(token)) {
        throw new SyncFolderError(
          'invalidPath',
          'Berkas hanya boleh dihapus selama kunci folder bersama dipegang.',
        );
      }
      await (await current()).folder.deleteFile(relPath);
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;

/**
 * An attachment is named by its content, so any PC may write it, and a copy already in the
 * folder (written by another PC, or by this one before a crash) is the same attachment.
 */
async function writeAttachment(folder: SyncFolder, relPath: string, bytes: Uint8Array) {
  try {
    await folder.writeImmutable(relPath, bytes);
  } catch (error) {
    if (error instanceof SyncFolderError && error.reason === 'exists') return;
    throw error;
  }
}
