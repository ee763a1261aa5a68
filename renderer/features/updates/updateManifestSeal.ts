import {
  MAX_MANIFEST_BYTES,
  offerFromManifest,
  UPDATE_MANIFEST_PATH,
  type UpdateManifest,
  type UpdateOffer,
} from '../../../shared/updates/updateManifest';
import { type Bytes, type CryptoDeps, utf8 } from '../../sync/bytes';
import { UnauthenticatedFileError } from '../../sync/cryptoErrors';
import { openFile, sealFile } from '../../sync/fileEnvelope';
import type { WorkspaceKeys } from '../../sync/workspaceCrypto';

/**
 * The manifest is sealed like an op file (AES-GCM + HMAC with the workspace keys, its path
 * as aad), so only a PC holding the workspace passphrase can offer an update: a file a
 * stranger drops into the share fails the HMAC and is refused.
 */
export function sealUpdateManifest(
  keys: WorkspaceKeys,
  manifest: UpdateManifest,
  deps: CryptoDeps = {},
): Promise<Bytes> {
  return sealFile(keys, utf8(JSON.stringify(manifest)), UPDATE_MANIFEST_PATH, deps);
}

/** Opens and checks the sealed manifest read from the share; never throws for bad input. */
export async function openUpdateManifest(
  keys: WorkspaceKeys,
  envelope: Uint8Array,
  runningVersion: string,
): Promise<UpdateOffer> {
  if (envelope.length > MAX_MANIFEST_BYTES) {
    return { kind: 'refused', reason: 'Keterangan pembaruan terlalu besar; ditolak.' };
  }
  let plaintext: Uint8Array;
  try {
    plaintext = await openFile(keys, envelope, UPDATE_MANIFEST_PATH);
  } catch (error) {
    if (error instanceof UnauthenticatedFileError) {
      return {
        kind: 'refused',
        reason: 'Keterangan pembaruan tidak dibuat dengan kunci ruang kerja ini; ditolak.',
      };
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    return { kind: 'refused', reason: 'Keterangan pembaruan rusak; ditolak.' };
  }
  return offerFromManifest(json, runningVersion);
}
