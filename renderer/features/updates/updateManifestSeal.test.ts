import { beforeAll, describe, expect, it } from 'vitest';
import {
  UPDATE_MANIFEST_FORMAT,
  type UpdateManifest,
} from '../../../shared/updates/updateManifest';
import { utf8 } from '../../sync/bytes';
import { sealFile } from '../../sync/fileEnvelope';
import {
  ITERATION_LIMITS,
  type WorkspaceKeys,
  createWorkspaceSecrets,
} from '../../sync/workspaceCrypto';
import { openUpdateManifest, sealUpdateManifest } from './updateManifestSeal';

const FAST = { iterations: 1000, limits: { min: 1000, max: ITERATION_LIMITS.max } };
const manifest: UpdateManifest = {
  format: UPDATE_MANIFEST_FORMAT,
  version: '2.0.0',
  notes: 'Versi baru.',
  fileName: 'Meja-TI-Setup-2.0.0.exe',
  size: 10,
  sha256: '0'.repeat(64),
  createdAt: '2026-12-05T03:00:00.000Z',
  createdBy: 'Admin',
};

let keys: WorkspaceKeys;
let stranger: WorkspaceKeys;
beforeAll(async () => {
  keys = (await createWorkspaceSecrets('Pengadilan Negeri Sleman 2025!', FAST)).keys;
  stranger = (await createWorkspaceSecrets('Pengadilan Negeri Sleman 2025!', FAST)).keys;
});

describe('the sealed update manifest', () => {
  it('round-trips and is offered to an older PC', async () => {
    const sealed = await sealUpdateManifest(keys, manifest);
    expect(await openUpdateManifest(keys, sealed, '1.0.0')).toEqual({ kind: 'offer', manifest });
    expect(await openUpdateManifest(keys, sealed, '2.0.0')).toEqual({ kind: 'none' });
  });

  it('refuses a manifest sealed with another workspace key (forged HMAC)', async () => {
    const forged = await sealUpdateManifest(stranger, manifest);
    const offer = await openUpdateManifest(keys, forged, '1.0.0');
    expect(offer).toEqual({ kind: 'refused', reason: expect.stringMatching(/kunci ruang kerja/) });
  });

  it('refuses a tampered byte, plain JSON and a sealed non-manifest', async () => {
    const sealed = await sealUpdateManifest(keys, manifest);
    sealed[20] = (sealed[20] ?? 0) ^ 1;
    expect((await openUpdateManifest(keys, sealed, '1.0.0')).kind).toBe('refused');
    const plain = utf8(JSON.stringify(manifest));
    expect((await openUpdateManifest(keys, plain, '1.0.0')).kind).toBe('refused');
    const wrong = await sealFile(keys, utf8('{"format":"x"}'), 'pembaruan/manifest.json');
    expect(await openUpdateManifest(keys, wrong, '1.0.0')).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/tidak valid/),
    });
  });

  it('refuses an oversized manifest unread', async () => {
    const offer = await openUpdateManifest(keys, new Uint8Array(70 * 1024), '1.0.0');
    expect(offer).toEqual({ kind: 'refused', reason: expect.stringMatching(/terlalu besar/) });
  });
});
