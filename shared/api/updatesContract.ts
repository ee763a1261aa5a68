import { z } from 'zod';
import {
  installerFileNameSchema,
  MAX_INSTALLER_BYTES,
  MAX_MANIFEST_BYTES,
  sha256HexSchema,
} from '../updates/updateManifest';

/**
 * Updates offered through the shared folder (issue #18 item 6). Main alone knows paths:
 * the installer is chosen in its dialog and copied to `<workspace>/pembaruan/`; the
 * manifest travels sealed (the renderer holds the workspace keys) as base64.
 */
const empty = z.object({}).strict();
const manifestBase64Schema = z
  .string()
  .min(1)
  .max(Math.ceil(MAX_MANIFEST_BYTES / 3) * 4, 'Keterangan pembaruan terlalu besar.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Isi berkas tidak valid.');
const installerSchema = z
  .object({
    fileName: installerFileNameSchema,
    size: z.number().int().positive().max(MAX_INSTALLER_BYTES),
    sha256: sha256HexSchema,
  })
  .strict();

export const updatesContract = {
  updatesShareInstaller: {
    channel: 'updates:share-installer',
    input: empty,
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), installer: installerSchema }),
      z.object({ chosen: z.literal(false), reason: z.string().optional() }),
    ]),
  },
  updatesWriteManifest: {
    channel: 'updates:write-manifest',
    input: z.object({ base64: manifestBase64Schema }).strict(),
    output: empty,
  },
  updatesReadManifest: {
    channel: 'updates:read-manifest',
    input: empty,
    output: z.discriminatedUnion('found', [
      z.object({ found: z.literal(true), base64: z.string() }),
      z.object({ found: z.literal(false), tooLarge: z.boolean().optional() }),
    ]),
  },
  updatesInstall: {
    channel: 'updates:install',
    input: installerSchema,
    output: z.discriminatedUnion('opened', [
      z.object({ opened: z.literal(true) }),
      z.object({ opened: z.literal(false), reason: z.string() }),
    ]),
  },
} as const;
