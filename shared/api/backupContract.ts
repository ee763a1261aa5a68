import { z } from 'zod';
import { BACKUP_FILE_PATTERN, MAX_BACKUP_BYTES } from '../backup/backupNames';

/**
 * Cadangan Meja TI (docs/BACKUP.md): main keeps the backup folder the office chose in its
 * dialog and writes, lists and prunes only files named by BACKUP_FILE_PATTERN there; the
 * renderer seals the bytes. A backup to restore is read through main's open dialog.
 */

const empty = z.object({}).strict();
const base64Schema = z
  .string()
  .min(4)
  .max(Math.ceil(MAX_BACKUP_BYTES / 3) * 4, 'Berkas cadangan terlalu besar.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Isi berkas cadangan tidak valid.');
const backupNameSchema = z.string().max(120).regex(BACKUP_FILE_PATTERN, 'Nama berkas tidak valid.');

export const backupContract = {
  backupGetFolder: {
    channel: 'backup:get-folder',
    input: empty,
    output: z.object({ root: z.string().nullable() }),
  },
  backupChooseFolder: {
    channel: 'backup:choose-folder',
    input: empty,
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), root: z.string() }),
      z.object({ chosen: z.literal(false) }),
    ]),
  },
  /** Writes a backup into the folder, reads it back and compares (SHA-256) before answering. */
  backupWrite: {
    channel: 'backup:write',
    input: z.object({ fileName: backupNameSchema, base64: base64Schema }).strict(),
    output: z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string() }),
  },
  backupList: {
    channel: 'backup:list',
    input: empty,
    output: z.discriminatedUnion('reachable', [
      z.object({
        reachable: z.literal(true),
        files: z.array(z.object({ name: z.string(), bytes: z.number().int() })),
      }),
      z.object({ reachable: z.literal(false) }),
    ]),
  },
  /** Deletes the backups beyond the newest `keep` in the folder; returns their names. */
  backupPrune: {
    channel: 'backup:prune',
    input: z.object({ keep: z.number().int().min(1).max(1000) }).strict(),
    output: z.object({ removed: z.array(z.string()) }),
  },
  /** Asks the user for a backup file to restore and returns its bytes. */
  backupOpenFile: {
    channel: 'backup:open-file',
    input: empty,
    output: z.discriminatedUnion('chosen', [
      z.object({ chosen: z.literal(true), name: z.string(), base64: z.string() }),
      z.object({ chosen: z.literal(false) }),
    ]),
  },
} as const;
