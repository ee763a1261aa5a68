import path from 'node:path';
import { deviceIdPattern } from '../../../shared/sync/opFile';
import { isTransientLockError, type SyncFs } from './syncFs';
import { SyncFolderError } from './syncFolderError';

export interface SyncFolderDeps {
  /** The workspace folder on the share (a UNC path or a mapped drive). */
  root: string;
  /** This PC's device id; it names the folders this PC writes to. */
  device: string;
  fs: SyncFs;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Names temp files and spreads lock polling; Math.random when absent. */
  random?: () => number;
  /** Waits between tries when Windows reports a file busy; one try more than entries. */
  retryDelaysMs?: readonly number[];
  /** How often a waiting withLock looks again. */
  lockPollMs?: number;
}

/** The deps with their defaults filled in, shared by the helpers of the sync folder. */
export interface FolderContext extends Required<SyncFolderDeps> {
  /** The absolute path of a checked relative path. */
  abs(relPath: string): string;
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800];
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

export function createFolderContext(deps: SyncFolderDeps): FolderContext {
  if (!deviceIdPattern.test(deps.device)) {
    throw new RangeError(`Not a device id: ${deps.device}`);
  }
  return {
    ...deps,
    random: deps.random ?? Math.random,
    retryDelaysMs: deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    lockPollMs: deps.lockPollMs ?? 100,
    abs: (relPath) => path.join(deps.root, ...splitRelPath(relPath)),
  };
}

/**
 * The segments of a path relative to the workspace root, forward slashes only. Anything
 * that could leave the root or mean different things on Windows and Linux (`..`,
 * backslashes, drive letters, empty segments) is refused.
 */
export function splitRelPath(relPath: string): string[] {
  const segments = relPath.split('/');
  if (!segments.every((segment) => SEGMENT.test(segment) && segment !== '..')) {
    throw new SyncFolderError(
      'invalidPath',
      `Nama berkas tidak sah untuk folder bersama: ${relPath}`,
    );
  }
  return segments;
}

export function unreachableError(ctx: FolderContext, cause?: unknown): SyncFolderError {
  return new SyncFolderError(
    'unreachable',
    `Folder bersama ${ctx.root} tidak dapat dijangkau. Periksa jaringan dan pastikan folder bersama masih ada.`,
    { cause },
  );
}

/**
 * Fails unless the root is an existing folder. Every write checks this first, so a share
 * that is not mounted is never recreated as an empty local folder by a recursive mkdir.
 */
export async function ensureRoot(ctx: FolderContext): Promise<void> {
  try {
    const stats = await ctx.fs.stat(ctx.root);
    if (!stats.isDirectory()) throw unreachableError(ctx);
  } catch (error) {
    if (error instanceof SyncFolderError) throw error;
    throw unreachableError(ctx, error);
  }
}

/** Creates the folders above `relPath` inside the root, which must already exist. */
export async function ensureParents(ctx: FolderContext, relPath: string): Promise<void> {
  await ensureRoot(ctx);
  const segments = splitRelPath(relPath);
  if (segments.length < 2) return;
  await ctx.fs.mkdir(path.join(ctx.root, ...segments.slice(0, -1)), { recursive: true });
}

/**
 * Runs `attempt` again after each delay while it fails with EBUSY, EPERM or EACCES, the
 * errors an antivirus or the search indexer cause by holding a file for a moment.
 */
export async function retryWhileBusy<T>(ctx: FolderContext, attempt: () => Promise<T>): Promise<T> {
  for (const delay of ctx.retryDelaysMs) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransientLockError(error)) throw error;
    }
    await ctx.sleep(delay);
  }
  return attempt();
}

/** Removes a file, ignoring one already gone; never throws (leftovers are ignored by readers). */
export async function removeQuietly(ctx: FolderContext, absPath: string): Promise<void> {
  try {
    await retryWhileBusy(ctx, () => ctx.fs.unlink(absPath));
  } catch {
    // Gone already, or still held: a leftover temp file is ignored by every reader.
  }
}

/** A short random name part: 12 base-36 characters. */
export function randomToken(ctx: FolderContext): string {
  let token = '';
  while (token.length < 12) {
    token += Math.min(35, Math.floor(ctx.random() * 36)).toString(36);
  }
  return token;
}
