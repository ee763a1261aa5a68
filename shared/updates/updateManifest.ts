import { z } from 'zod';

/**
 * An update offered through the shared folder (issue #18 item 6). An administrator's PC
 * copies a newer installer into `pembaruan/` and writes this manifest beside it, sealed
 * with the workspace keys; every other PC reads it as untrusted input.
 */
export const UPDATE_MANIFEST_FORMAT = 'meja-ti/update@1';
/** The folder of the workspace that holds the installer and its manifest. */
export const UPDATE_FOLDER = 'pembaruan';
/** The sealed manifest's path relative to the workspace root; also its envelope's aad. */
export const UPDATE_MANIFEST_PATH = `${UPDATE_FOLDER}/manifest.json`;
/** Meja TI never writes a manifest this big; anything larger is refused unread. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
/** The largest installer offered (the slimmed installer is far below this). */
export const MAX_INSTALLER_BYTES = 1024 * 1024 * 1024;

const VERSION = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;
export const updateVersionSchema = z.string().regex(VERSION, 'Versi harus berbentuk 1.2.3.');
/** An installer's plain file name: no folder part, ends in .exe. */
export const installerFileNameSchema = z
  .string()
  .min(5)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._()-]*\.exe$/i, 'Nama berkas pemasang tidak valid.');
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const updateManifestSchema = z
  .object({
    format: z.literal(UPDATE_MANIFEST_FORMAT),
    version: updateVersionSchema,
    notes: z.string().max(4000),
    fileName: installerFileNameSchema,
    size: z.number().int().positive().max(MAX_INSTALLER_BYTES),
    sha256: sha256HexSchema,
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string().min(1).max(200),
  })
  .strict();
export type UpdateManifest = z.infer<typeof updateManifestSchema>;

/** Compares two `major.minor.patch` versions: negative, zero or positive like a sort. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => {
    const match = VERSION.exec(v);
    if (!match) throw new RangeError(`Not a version: ${v}`);
    return [Number(match[1]), Number(match[2]), Number(match[3])];
  };
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** What a PC makes of the manifest it read. */
export type UpdateOffer =
  | { kind: 'none' }
  | { kind: 'offer'; manifest: UpdateManifest }
  | { kind: 'refused'; reason: string };

/**
 * Checks an opened manifest's JSON against the schema and the running version: only a
 * newer version is offered; an older or equal one is no offer at all.
 */
export function offerFromManifest(json: unknown, runningVersion: string): UpdateOffer {
  const parsed = updateManifestSchema.safeParse(json);
  if (!parsed.success) {
    return { kind: 'refused', reason: 'Keterangan pembaruan di folder bersama tidak valid.' };
  }
  if (!VERSION.test(runningVersion)) return { kind: 'none' };
  return compareVersions(parsed.data.version, runningVersion) > 0
    ? { kind: 'offer', manifest: parsed.data }
    : { kind: 'none' };
}

/** Why an installer file does not match its manifest, or null when it does. */
export function installerMismatch(
  manifest: Pick<UpdateManifest, 'size' | 'sha256'>,
  file: { size: number; sha256: string },
): string | null {
  if (file.size !== manifest.size) {
    return 'Ukuran berkas pemasang tidak sama dengan keterangannya; pembaruan ditolak.';
  }
  if (file.sha256 !== manifest.sha256) {
    return 'Sidik berkas pemasang (SHA-256) tidak cocok; berkas mungkin diubah. Pembaruan ditolak.';
  }
  return null;
}
