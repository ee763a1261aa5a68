import { z } from 'zod';

/** The format tag of the workspace marker file at the root of the shared folder. */
export const WORKSPACE_MARKER_FORMAT = 'meja-ti/workspace@1';

/**
 * The marker file: which workspace this folder is, and what a PC needs to check the office
 * passphrase (a salt and a verifier, never the passphrase). Main checks the shape before
 * writing; the renderer checks the key part again before deriving keys.
 */
export const workspaceMarkerSchema = z
  .object({
    format: z.literal(WORKSPACE_MARKER_FORMAT),
    workspaceId: z.string().regex(/^[a-z0-9-]{8,64}$/),
    createdAt: z.iso.datetime({ offset: true }),
    /** The office the workspace was made for, as shown to a PC that joins. */
    office: z.string().max(200),
    key: z
      .object({
        kdf: z.string().max(40),
        iterations: z.number().int().positive(),
        salt: z.string().max(200),
        verifier: z.string().max(200),
      })
      .strict(),
  })
  .strict();

export type WorkspaceMarker = z.infer<typeof workspaceMarkerSchema>;
