import { z } from 'zod';
import { readSmallJson } from './boundedRead';
import { ensureParents, randomToken, retryWhileBusy, type FolderContext } from './folderContext';
import { writeImmutable } from './immutableWrite';
import { errorCode, isNotFound } from './syncFs';
import { SyncFolderError } from './syncFolderError';

const LOCK_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

const ownerSchema = z.object({
  device: z.string(),
  at: z.iso.datetime({ offset: true }),
  token: z.string().optional(),
});

/** Who holds a lock, as far as the folder tells: the owner file, or the folder's age. */
interface LockState {
  /** When the lock was taken: the owner's `at`, or the folder's mtime without one. */
  since: number;
  /** Tells this holding apart from a later one of the same lock. */
  identity: string;
}

/**
 * Runs `fn` while holding `locks/<name>`, a folder created by an exclusive mkdir with an
 * `owner.json` inside ({ device, at, token }). Waits up to `timeoutMs` for another holder;
 * a lock older than `staleMs` is taken to belong to a PC that died and is broken.
 * `staleMs` must therefore exceed the longest `fn`. The lock is released in every case.
 */
export async function withLock<T>(
  ctx: FolderContext,
  name: string,
  timeoutMs: number,
  staleMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  if (!LOCK_NAME.test(name)) throw new RangeError(`Not a lock name: ${name}`);
  const relDir = `locks/${name}`;
  const token = await acquire(ctx, relDir, timeoutMs, staleMs);
  try {
    return await fn();
  } finally {
    await release(ctx, relDir, token);
  }
}

async function acquire(
  ctx: FolderContext,
  relDir: string,
  timeoutMs: number,
  staleMs: number,
): Promise<string> {
  await ensureParents(ctx, relDir);
  const started = ctx.now().getTime();
  for (;;) {
    const token = randomToken(ctx);
    if (await tryCreate(ctx, relDir, token)) return token;
    const state = await readState(ctx, relDir);
    if (state && ctx.now().getTime() - state.since > staleMs) {
      await breakStale(ctx, relDir, state);
      continue;
    }
    if (ctx.now().getTime() - started >= timeoutMs) {
      throw new SyncFolderError(
        'lockTimeout',
        'Folder bersama sedang dipakai PC lain. Tunggu sebentar, lalu coba lagi.',
      );
    }
    await ctx.sleep(ctx.lockPollMs * (0.5 + ctx.random()));
  }
}

async function tryCreate(ctx: FolderContext, relDir: string, token: string): Promise<boolean> {
  try {
    await ctx.fs.mkdir(ctx.abs(relDir), { recursive: false });
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw lockError(error);
  }
  const owner = { device: ctx.device, at: ctx.now().toISOString(), token };
  try {
    await writeImmutable(
      ctx,
      `${relDir}/owner.json`,
      new TextEncoder().encode(`${JSON.stringify(owner)}\n`),
    );
  } catch (error) {
    await ctx.fs.rm(ctx.abs(relDir), { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  return true;
}

/** The current holding, or undefined when the lock vanished meanwhile. */
async function readState(ctx: FolderContext, relDir: string): Promise<LockState | undefined> {
  let mtimeMs: number;
  try {
    mtimeMs = (await ctx.fs.stat(ctx.abs(relDir))).mtimeMs;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw lockError(error);
  }
  let owner: z.infer<typeof ownerSchema> | undefined;
  try {
    const json = await readSmallJson(ctx.fs, ctx.abs(`${relDir}/owner.json`));
    owner = 'value' in json ? ownerSchema.safeParse(json.value).data : undefined;
  } catch {
    // Not written yet, or its writer died first: the folder's age decides.
  }
  if (owner) return { since: Date.parse(owner.at), identity: `owner:${owner.token ?? owner.at}` };
  return { since: mtimeMs, identity: `mtime:${mtimeMs}` };
}

/**
 * Moves a stale lock aside, then deletes it. A rename moves one folder only once, so of
 * several PCs breaking the same lock one succeeds. Should the folder moved aside turn out
 * to be a fresh holding taken in the meantime, it is put back.
 */
async function breakStale(ctx: FolderContext, relDir: string, stale: LockState): Promise<void> {
  const aside = `${relDir}.stale-${randomToken(ctx)}`;
  try {
    await ctx.fs.rename(ctx.abs(relDir), ctx.abs(aside));
  } catch (error) {
    if (isNotFound(error)) return;
    throw lockError(error);
  }
  const moved = await readState(ctx, aside);
  if (moved && moved.identity !== stale.identity) {
    const putBack = await ctx.fs.rename(ctx.abs(aside), ctx.abs(relDir)).then(
      () => true,
      () => false,
    );
    if (putBack) return;
  }
  await ctx.fs.rm(ctx.abs(aside), { recursive: true, force: true }).catch(() => undefined);
}

/** Removes the lock, unless it was broken and now belongs to someone else. */
async function release(ctx: FolderContext, relDir: string, token: string): Promise<void> {
  const state = await readState(ctx, relDir).catch(() => undefined);
  if (!state || state.identity !== `owner:${token}`) return;
  await retryWhileBusy(ctx, () =>
    ctx.fs.rm(ctx.abs(relDir), { recursive: true, force: true }),
  ).catch(() => undefined);
}

function lockError(cause: unknown): SyncFolderError {
  return new SyncFolderError('io', 'Kunci di folder bersama tidak dapat dipasang atau dibuka.', {
    cause,
  });
}
