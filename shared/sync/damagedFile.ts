import { z } from 'zod';

/**
 * What a PC found at one of its own op file names when it judged the thing there damaged
 * (see renderer/sync/ownFiles.ts): main moves it aside only while it is still exactly that,
 * so a valid file written meanwhile is never replaced.
 */
export const damagedOwnFileSchema = z.discriminatedUnion('kind', [
  /** A folder (or anything else that is not a regular file) sits at the name. */
  z.object({ kind: z.literal('notAFile') }).strict(),
  /** A file whose bytes hash to this (SHA-256, lowercase hex) and failed authentication. */
  z.object({ kind: z.literal('file'), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  /** A file larger than any op file this app writes. */
  z.object({ kind: z.literal('larger'), than: z.number().int().nonnegative() }).strict(),
]);
export type DamagedOwnFile = z.infer<typeof damagedOwnFileSchema>;
