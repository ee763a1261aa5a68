import path from 'node:path';
import { z } from 'zod';
import { deviceIdPattern } from '../../../shared/sync/opFile';
import { readSmallJson } from './boundedRead';
import { ensureRoot, splitRelPath, type FolderContext } from './folderContext';
import { writeImmutable } from './immutableWrite';
import { isNotFound, type SyncDirent } from './syncFs';

/** What this PC recorded about a file it could not use. */
export const quarantineRecordSchema = z
  .object({
    file: z.string().min(1).max(1000),
    reason: z.string().min(1).max(2000),
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type QuarantineRecord = z.infer<typeof quarantineRecordSchema>;

export interface QuarantineEntry extends QuarantineRecord {
  /** The device that recorded it. */
  device: string;
  /** Where the record lies, relative to the root. */
  relPath: string;
}

const MAX_FLAT_NAME = 150;
const RECORD_NAME = /^\d{8}T\d{9}Z-[A-Za-z0-9._-]+\.json$/;

/**
 * Records that a file is unusable (unparsable, too large, from an unknown format) as
 * `quarantine/<this device>/<time>-<flattened name>.json`. The file itself stays where it
 * is: the folder belongs to every PC, this one only notes what it skipped and why.
 */
export async function quarantine(
  ctx: FolderContext,
  relPath: string,
  reason: string,
): Promise<QuarantineEntry> {
  splitRelPath(relPath);
  const at = ctx.now();
  const record: QuarantineRecord = { file: relPath, reason, at: at.toISOString() };
  const flat = relPath
    .replaceAll('/', '_')
    .replace(/\.json$/, '')
    .slice(0, MAX_FLAT_NAME);
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const recordPath = `quarantine/${ctx.device}/${stamp}-${flat}.json`;
  await writeImmutable(
    ctx,
    recordPath,
    new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`),
  );
  return { ...record, device: ctx.device, relPath: recordPath };
}

/** Every device's quarantine records, oldest first; malformed records are skipped. */
export async function listQuarantine(ctx: FolderContext): Promise<QuarantineEntry[]> {
  await ensureRoot(ctx);
  const found: QuarantineEntry[] = [];
  for (const deviceDir of await entries(path.join(ctx.root, 'quarantine'), ctx)) {
    if (!deviceDir.isDirectory() || !deviceIdPattern.test(deviceDir.name)) continue;
    for (const entry of await entries(path.join(ctx.root, 'quarantine', deviceDir.name), ctx)) {
      if (!entry.isFile() || !RECORD_NAME.test(entry.name)) continue;
      const relPath = `quarantine/${deviceDir.name}/${entry.name}`;
      const json = await readRecord(ctx, relPath);
      const parsed = quarantineRecordSchema.safeParse('value' in json ? json.value : undefined);
      if (parsed.success) found.push({ ...parsed.data, device: deviceDir.name, relPath });
    }
  }
  return found.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

async function readRecord(ctx: FolderContext, relPath: string) {
  try {
    return await readSmallJson(ctx.fs, ctx.abs(relPath));
  } catch (error) {
    if (isNotFound(error)) return { invalid: true } as const;
    throw error;
  }
}

async function entries(absDir: string, ctx: FolderContext): Promise<SyncDirent[]> {
  try {
    return await ctx.fs.readdir(absDir, { withFileTypes: true });
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
