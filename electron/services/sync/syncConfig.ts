import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { deviceIdPattern } from '../../../shared/sync/opFile';
import { writeFileAtomic } from '../fs/atomicWrite';

const syncConfigSchema = z.object({
  root: z.string().min(1).max(1000),
  device: z.string().regex(deviceIdPattern),
});

/** The shared folder this PC syncs through, and the device id it writes under. */
export type SyncConfig = z.infer<typeof syncConfigSchema>;

/**
 * The chosen folder, kept in a small JSON file in userData (main's, not the renderer's:
 * the renderer never names a path on disk). A missing or damaged file reads as "no
 * folder chosen".
 */
export function createSyncConfigStore(file: string) {
  let value: SyncConfig | null | undefined;
  return {
    async read(): Promise<SyncConfig | null> {
      if (value !== undefined) return value;
      try {
        const parsed = syncConfigSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        value = parsed.success ? parsed.data : null;
      } catch {
        value = null;
      }
      return value;
    },
    async write(next: SyncConfig | null): Promise<void> {
      await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify(next)}\n`));
      value = next;
    },
  };
}
