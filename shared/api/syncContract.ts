import { z } from 'zod';
import { damagedOwnFileSchema } from '../sync/damagedFile';
import { deviceIdPattern } from '../sync/opFile';
import { SYNCHRONISER_NAMES } from '../sync/synchroniserMarkers';
import { workspaceMarkerSchema } from '../sync/workspaceMarker';

/**
 * The shared-folder part of the API (DESIGN.md §5). The renderer never names a place on
 * disk: main keeps the folder chosen in its dialog, and every path here is relative to it
 * and checked by main against the strict sync patterns. Bytes travel as base64.
 */

/** The largest file the renderer may read or write in one call (a snapshot of a big office). */
export const MAX_SYNC_FILE_BYTES = 256 * 1024 * 1024;

const relPathSchema = z.string().min(1).max(300);
const base64Schema = z
  .string()
  .max(Math.ceil(MAX_SYNC_FILE_BYTES / 3) * 4, 'Berkas sinkronisasi terlalu besar.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Isi berkas tidak valid.');
const tokenSchema = z.string().uuid();
const empty = z.object({}).strict();

const listingSchema = <T extends z.ZodType>(entry: T) =>
  z.discriminatedUnion('reachable', [
    z.object({ reachable: z.literal(true), files: z.array(entry) }),
    z.object({ reachable: z.literal(false), code: z.string().optional() }),
  ]);

export const syncContract = {
  syncGetFolder: {
    channel: 'sync:get-folder',
    input: empty,
    output: z.object({ root: z.string().nullable() }),
  },
  syncChooseFolder: {
    channel: 'sync:choose-folder',
    input: z.object({ device: z.string().regex(deviceIdPattern) }).strict(),
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), root: z.string() }),
      z.object({ chosen: z.literal(false) }),
    ]),
  },
  syncForgetFolder: { channel: 'sync:forget-folder', input: empty, output: empty },
  syncReadMarker: {
    channel: 'sync:read-marker',
    input: empty,
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('found'), value: z.json() }),
      z.object({ kind: z.literal('invalid') }),
      z.object({ kind: z.literal('absent') }),
      z.object({ kind: z.literal('unreachable') }),
    ]),
  },
  /** The file synchronisers (Syncthing…) whose marker is at the root of the shared folder. */
  syncFindSynchronisers: {
    channel: 'sync:find-synchronisers',
    input: empty,
    output: z.discriminatedUnion('reachable', [
      z.object({ reachable: z.literal(true), synchronisers: z.array(z.enum(SYNCHRONISER_NAMES)) }),
      z.object({ reachable: z.literal(false) }),
    ]),
  },
  syncCreateMarker: {
    channel: 'sync:create-marker',
    input: z.object({ marker: workspaceMarkerSchema }).strict(),
    output: empty,
  },
  syncListOps: {
    channel: 'sync:list-ops',
    input: empty,
    output: listingSchema(
      z.object({
        device: z.string(),
        seq: z.number().int(),
        relPath: z.string(),
        size: z.number().int(),
      }),
    ),
  },
  syncListSnapshots: {
    channel: 'sync:list-snapshots',
    input: empty,
    output: listingSchema(
      z.object({ relPath: z.string(), hlc: z.string(), size: z.number().int() }),
    ),
  },
  syncReadFile: {
    channel: 'sync:read-file',
    input: z
      .object({
        relPath: relPathSchema,
        maxBytes: z.number().int().positive().max(MAX_SYNC_FILE_BYTES),
      })
      .strict(),
    output: z.union([
      z.object({ base64: z.string() }).strict(),
      z.object({ tooLarge: z.literal(true) }).strict(),
    ]),
  },
  syncWriteFile: {
    channel: 'sync:write-file',
    input: z.object({ relPath: relPathSchema, base64: base64Schema }).strict(),
    output: empty,
  },
  /** This PC's own op file written again over a damaged one (moved aside, never deleted). */
  syncReplaceDamaged: {
    channel: 'sync:replace-damaged',
    input: z
      .object({ relPath: relPathSchema, base64: base64Schema, found: damagedOwnFileSchema })
      .strict(),
    output: empty,
  },
  syncQuarantine: {
    channel: 'sync:quarantine',
    input: z.object({ relPath: relPathSchema, reason: z.string().min(1).max(500) }).strict(),
    output: empty,
  },
  syncClaim: {
    channel: 'sync:claim',
    input: z.object({ relDir: relPathSchema }).strict(),
    output: z.object({ outcome: z.enum(['claimed', 'taken']) }),
  },
  syncLock: {
    channel: 'sync:lock',
    input: z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) }).strict(),
    output: z.object({ token: tokenSchema }),
  },
  syncUnlock: {
    channel: 'sync:unlock',
    input: z.object({ token: tokenSchema }).strict(),
    output: empty,
  },
  syncDeleteFile: {
    channel: 'sync:delete-file',
    input: z.object({ relPath: relPathSchema, token: tokenSchema }).strict(),
    output: empty,
  },
} as const;
