import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api/result';
import {
  BACKUP_FILE_PATTERN,
  MAX_BACKUP_BYTES,
  backupsToPrune,
} from '../../../shared/backup/backupFormat';
import { writeFileAtomic } from '../fs/atomicWrite';

export interface BackupServiceDeps {
  /** Where main keeps the chosen folder (userData/backup-folder.json). */
  configFile: string;
  /** The folder dialog; undefined when canceled. */
  chooseFolder(): Promise<string | undefined>;
  /** The open dialog for a backup to restore; undefined when canceled. */
  chooseFile(): Promise<string | undefined>;
}

export interface BackupService {
  getFolder(): Promise<string | null>;
  chooseFolder(): Promise<string | undefined>;
  write(
    fileName: string,
    bytes: Uint8Array,
  ): Promise<{ path: string; bytes: number; sha256: string }>;
  list(): Promise<{ name: string; bytes: number }[] | null>;
  prune(keep: number): Promise<string[]>;
  openFile(): Promise<{ name: string; bytes: Uint8Array } | undefined>;
}

const configSchema = z.object({ root: z.string().min(1).max(1000) });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function createBackupService(deps: BackupServiceDeps): BackupService {
  let root: string | null | undefined;
  const readRoot = async (): Promise<string | null> => {
    if (root !== undefined) return root;
    try {
      const parsed = configSchema.safeParse(JSON.parse(await readFile(deps.configFile, 'utf8')));
      root = parsed.success ? parsed.data.root : null;
    } catch {
      root = null;
    }
    return root;
  };
  const requireRoot = async (): Promise<string> => {
    const folder = await readRoot();
    if (!folder) throw new AppError('invalidInput', 'Folder cadangan belum dipilih.');
    return folder;
  };
  const ours = async (folder: string) => {
    const names = (await readdir(folder)).filter((n) => BACKUP_FILE_PATTERN.test(n));
    return Promise.all(
      names
        .sort()
        .map(async (name) => ({ name, bytes: (await stat(path.join(folder, name))).size })),
    );
  };

  return {
    getFolder: readRoot,
    async chooseFolder() {
      const chosen = await deps.chooseFolder();
      if (!chosen) return undefined;
      await mkdir(path.dirname(deps.configFile), { recursive: true });
      await writeFileAtomic(
        deps.configFile,
        new TextEncoder().encode(`${JSON.stringify({ root: chosen })}\n`),
      );
      root = chosen;
      return chosen;
    },
    async write(fileName, bytes) {
      if (!BACKUP_FILE_PATTERN.test(fileName)) {
        throw new AppError('invalidInput', 'Nama berkas cadangan tidak valid.');
      }
      const folder = await requireRoot();
      const target = path.join(folder, fileName);
      const expected = sha256(bytes);
      try {
        await mkdir(folder, { recursive: true });
        await writeFileAtomic(target, bytes);
      } catch (cause) {
        throw new AppError(
          'io',
          `Cadangan tidak dapat ditulis ke ${folder}. Pastikan folder atau flashdisk terpasang dan dapat ditulisi.`,
          { cause },
        );
      }
      // Read back what the disk holds: a flaky USB drive or a full share shows here.
      let written: Uint8Array;
      try {
        written = await readFile(target);
      } catch (cause) {
        throw new AppError('io', `Cadangan di ${target} tidak dapat dibaca ulang.`, { cause });
      }
      if (written.length !== bytes.length || sha256(written) !== expected) {
        await rm(target, { force: true });
        throw new AppError(
          'io',
          `Cadangan di ${target} berbeda setelah dibaca ulang; berkas dihapus. Coba folder atau media lain.`,
        );
      }
      return { path: target, bytes: written.length, sha256: expected };
    },
    async list() {
      const folder = await readRoot();
      if (!folder) return [];
      try {
        return await ours(folder);
      } catch {
        return null;
      }
    },
    async prune(keep) {
      const folder = await requireRoot();
      const names = (await ours(folder)).map((f) => f.name);
      const removed = backupsToPrune(names, keep);
      for (const name of removed) await rm(path.join(folder, name), { force: true });
      return removed;
    },
    async openFile() {
      const file = await deps.chooseFile();
      if (!file) return undefined;
      let size: number;
      try {
        size = (await stat(file)).size;
      } catch (cause) {
        throw new AppError('io', `Berkas ${file} tidak dapat dibaca.`, { cause });
      }
      if (size > MAX_BACKUP_BYTES) {
        throw new AppError('invalidInput', 'Berkas cadangan terlalu besar (paling besar 256 MB).');
      }
      return { name: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
    },
  };
}
