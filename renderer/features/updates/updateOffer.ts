import type { MejaApi } from '../../../shared/api/contract';
import { decodeBase64, encodeBase64 } from '../../../shared/encoding/base64';
import {
  UPDATE_MANIFEST_FORMAT,
  updateManifestSchema,
  type UpdateOffer,
} from '../../../shared/updates/updateManifest';
import { call } from '../../api/client';
import type { MejaDatabase } from '../../db/database';
import { readWorkspace } from '../../sync/runtime/workspace';
import { openUpdateManifest, sealUpdateManifest } from './updateManifestSeal';

/** What this PC sees in `pembaruan/`: nothing to do alone, or the offer checked. */
export type UpdateState = { kind: 'alone' } | UpdateOffer;

/** Reads the sealed manifest from the share and checks it against the running version. */
export async function readUpdateOffer(
  db: MejaDatabase,
  api: MejaApi,
  runningVersion: string,
): Promise<UpdateState> {
  const workspace = await readWorkspace(db);
  if (!workspace) return { kind: 'alone' };
  const read = await call(api, 'updatesReadManifest', {});
  if (!read.found) {
    return read.tooLarge
      ? { kind: 'refused', reason: 'Keterangan pembaruan terlalu besar; ditolak.' }
      : { kind: 'none' };
  }
  const bytes = decodeBase64(read.base64);
  if (!bytes) return { kind: 'refused', reason: 'Keterangan pembaruan rusak; ditolak.' };
  return openUpdateManifest(workspace.keys, bytes, runningVersion);
}

export interface ShareRequest {
  version: string;
  notes: string;
  createdAt: string;
  createdBy: string;
}

/**
 * "Bagikan pembaruan": main copies the chosen installer into the share, then the manifest
 * naming its size and hash is sealed with the workspace keys and written beside it.
 * Returns null when the dialog was canceled, a reason when it was refused.
 */
export async function shareUpdate(
  db: MejaDatabase,
  api: MejaApi,
  request: ShareRequest,
): Promise<{ shared: true } | { shared: false; reason?: string }> {
  const workspace = await readWorkspace(db);
  if (!workspace) {
    return { shared: false, reason: 'Komputer ini belum terhubung ke folder bersama.' };
  }
  const chosen = await call(api, 'updatesShareInstaller', {});
  if (!chosen.chosen) return { shared: false, reason: chosen.reason };
  const manifest = updateManifestSchema.parse({
    format: UPDATE_MANIFEST_FORMAT,
    ...request,
    ...chosen.installer,
  });
  const sealed = await sealUpdateManifest(workspace.keys, manifest);
  await call(api, 'updatesWriteManifest', { base64: encodeBase64(sealed) });
  return { shared: true };
}
