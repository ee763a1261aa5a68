import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  installerFileNameSchema,
  installerMismatch,
  MAX_INSTALLER_BYTES,
  MAX_MANIFEST_BYTES,
  UPDATE_FOLDER,
  UPDATE_MANIFEST_PATH,
} from '../../../shared/updates/updateManifest';

export interface UpdateServiceDeps {
  /** The connected workspace folder, or null when this PC works alone. */
  workspaceRoot: () => Promise<string | null>;
  /** The open dialog for the installer (.exe); undefined when canceled. */
  chooseInstaller: () => Promise<string | undefined>;
  /** A local folder the verified copy is run from (never the share itself). */
  tempDir: string;
  /** Opens the installer for the user (shell.openPath); returns '' or an error message. */
  openPath: (file: string) => Promise<string>;
}

export interface InstallerFacts {
  fileName: string;
  size: number;
  sha256: string;
}

/** SHA-256 of a file, streamed so a large installer is never held in memory. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const NO_WORKSPACE = 'Komputer ini belum terhubung ke folder bersama.';

export function createUpdateService(deps: UpdateServiceDeps) {
  async function folder(): Promise<string> {
    const root = await deps.workspaceRoot();
    if (!root) throw new Error(NO_WORKSPACE);
    return path.join(root, UPDATE_FOLDER);
  }

  return {
    /** Copies the chosen installer into `pembaruan/` and tells what was copied. */
    async shareInstaller(): Promise<
      { chosen: true; installer: InstallerFacts } | { chosen: false; reason?: string }
    > {
      const source = await deps.chooseInstaller();
      if (!source) return { chosen: false };
      const fileName = path.basename(source);
      if (!installerFileNameSchema.safeParse(fileName).success) {
        return { chosen: false, reason: 'Pilih berkas pemasang Meja TI (.exe).' };
      }
      const { size } = await stat(source);
      if (size <= 0 || size > MAX_INSTALLER_BYTES) {
        return { chosen: false, reason: 'Ukuran berkas pemasang tidak wajar.' };
      }
      const dir = await folder();
      await mkdir(dir, { recursive: true });
      const target = path.join(dir, fileName);
      const partial = `${target}.${randomUUID()}.tmp`;
      await copyFile(source, partial);
      await rename(partial, target);
      return { chosen: true, installer: { fileName, size, sha256: await sha256OfFile(target) } };
    },

    /** Writes the sealed manifest beside the installer, replacing an older one. */
    async writeManifest(bytes: Uint8Array): Promise<void> {
      const dir = await folder();
      await mkdir(dir, { recursive: true });
      const target = path.join(dir, path.basename(UPDATE_MANIFEST_PATH));
      const partial = `${target}.${randomUUID()}.tmp`;
      await writeFile(partial, bytes);
      await rename(partial, target);
    },

    /** The sealed manifest's bytes, read with a bound; absent when there is none. */
    async readManifest(): Promise<
      { found: true; bytes: Uint8Array } | { found: false; tooLarge?: boolean }
    > {
      const root = await deps.workspaceRoot();
      if (!root) return { found: false };
      let handle;
      try {
        handle = await open(path.join(root, UPDATE_MANIFEST_PATH), 'r');
      } catch {
        return { found: false };
      }
      try {
        const buffer = Buffer.alloc(MAX_MANIFEST_BYTES + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > MAX_MANIFEST_BYTES) return { found: false, tooLarge: true };
        return { found: true, bytes: new Uint8Array(buffer.subarray(0, bytesRead)) };
      } finally {
        await handle.close();
      }
    },

    /**
     * Checks the shared installer against the manifest, copies it to a local folder,
     * checks the copy again (the share could change in between) and opens it for the
     * user. Never run silently: Windows shows the installer and the user goes on.
     */
    async install(
      expected: InstallerFacts,
    ): Promise<{ opened: true } | { opened: false; reason: string }> {
      const fileName = installerFileNameSchema.parse(expected.fileName);
      const shared = path.join(await folder(), fileName);
      const copyDir = path.join(deps.tempDir, 'meja-ti-pembaruan');
      const copy = path.join(copyDir, fileName);
      try {
        await mkdir(copyDir, { recursive: true });
        await rm(copy, { force: true });
        await copyFile(shared, copy);
      } catch {
        return { opened: false, reason: 'Berkas pemasang tidak dapat dibaca dari folder bersama.' };
      }
      const facts = { size: (await stat(copy)).size, sha256: await sha256OfFile(copy) };
      const mismatch = installerMismatch(expected, facts);
      if (mismatch) {
        await rm(copy, { force: true });
        return { opened: false, reason: mismatch };
      }
      const failure = await deps.openPath(copy);
      return failure
        ? { opened: false, reason: `Pemasang tidak dapat dibuka: ${failure}` }
        : { opened: true };
    },
  };
}

export type UpdateService = ReturnType<typeof createUpdateService>;
