import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from './bytes';
import { UnauthenticatedFileError, type UnauthenticatedReason } from './cryptoErrors';
import { ENVELOPE_OVERHEAD, openFile, sealFile } from './fileEnvelope';
import { ITERATION_LIMITS, type WorkspaceKeys, createWorkspaceSecrets } from './workspaceCrypto';

const PATH = 'devices/pc-ptip-01/ops/0000000042.json';
const FAST = { iterations: 1000, limits: { min: 1000, max: ITERATION_LIMITS.max } };
const PASSPHRASE = 'Pengadilan Negeri Sleman 2025!';

let keys: WorkspaceKeys;
let otherWorkspace: WorkspaceKeys;

beforeAll(async () => {
  keys = (await createWorkspaceSecrets(PASSPHRASE, FAST)).keys;
  // Same passphrase, another salt: another workspace.
  otherWorkspace = (await createWorkspaceSecrets(PASSPHRASE, FAST)).keys;
});

async function refusal(promise: Promise<unknown>): Promise<UnauthenticatedReason> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UnauthenticatedFileError)) {
    throw new Error(`Expected UnauthenticatedFileError, got ${String(error)}`);
  }
  return error.reason;
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return copy;
}

describe('sealFile and openFile', () => {
  it('round-trips, with the documented layout', async () => {
    const plaintext = utf8('{"format":"meja-ti/ops@1","ops":[]}');
    const sealed = await sealFile(keys, plaintext, PATH);
    expect(sealed).toHaveLength(plaintext.length + ENVELOPE_OVERHEAD);
    expect(new TextDecoder().decode(sealed.subarray(0, 4))).toBe('MTI1');
    expect(await openFile(keys, sealed, PATH)).toEqual(plaintext);
  });

  it('does not carry the plaintext in clear', async () => {
    const plaintext = utf8('nomor register W13-U1/123/2025 rahasia');
    const sealed = await sealFile(keys, plaintext, PATH);
    expect(new TextDecoder('latin1').decode(sealed)).not.toContain('rahasia');
  });

  it('round-trips an empty file', async () => {
    const sealed = await sealFile(keys, new Uint8Array(0), PATH);
    expect(sealed).toHaveLength(ENVELOPE_OVERHEAD);
    expect(await openFile(keys, sealed, PATH)).toEqual(new Uint8Array(0));
  });

  it('gives a different envelope each time (random IV)', async () => {
    const plaintext = utf8('sama');
    const a = await sealFile(keys, plaintext, PATH);
    const b = await sealFile(keys, plaintext, PATH);
    expect(a).not.toEqual(b);
    expect(a.subarray(4, 16)).not.toEqual(b.subarray(4, 16));
  });

  it.each([
    ['magic', 0, 'format'],
    ['IV', 4, 'hmac'],
    ['ciphertext', 16, 'hmac'],
    ['GCM tag', -33, 'hmac'],
    ['HMAC', -1, 'hmac'],
  ] as const)('refuses a flipped bit in the %s', async (_part, offset, reason) => {
    const sealed = await sealFile(keys, utf8('isi berkas'), PATH);
    const byte = offset < 0 ? sealed.length + offset : offset;
    expect(await refusal(openFile(keys, flipBit(sealed, byte * 8 + 3), PATH))).toBe(reason);
  });

  it('refuses any single flipped bit', async () => {
    const sealed = await sealFile(keys, utf8('disposisi ketua'), PATH);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: sealed.length * 8 - 1 }), async (bit) => {
        await expect(openFile(keys, flipBit(sealed, bit), PATH)).rejects.toThrow(
          UnauthenticatedFileError,
        );
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a file renamed to another device or number', async () => {
    const sealed = await sealFile(keys, utf8('isi'), PATH);
    for (const renamed of [
      'devices/pc-ptip-02/ops/0000000042.json',
      'devices/pc-ptip-01/ops/0000000043.json',
      '',
    ]) {
      expect(await refusal(openFile(keys, sealed, renamed))).toBe('hmac');
    }
  });

  it('refuses a truncated or padded envelope', async () => {
    const sealed = await sealFile(keys, utf8('isi yang cukup panjang'), PATH);
    expect(await refusal(openFile(keys, new Uint8Array(0), PATH))).toBe('format');
    expect(await refusal(openFile(keys, sealed.subarray(0, 4), PATH))).toBe('format');
    expect(await refusal(openFile(keys, sealed.subarray(0, ENVELOPE_OVERHEAD - 1), PATH))).toBe(
      'format',
    );
    expect(await refusal(openFile(keys, sealed.subarray(0, sealed.length - 1), PATH))).toBe('hmac');
    const padded = new Uint8Array([...sealed, 0]);
    expect(await refusal(openFile(keys, padded, PATH))).toBe('hmac');
  });

  it('refuses plain JSON that was never sealed', async () => {
    const plain = utf8(JSON.stringify({ format: 'meja-ti/ops@1', padding: 'x'.repeat(80) }));
    expect(await refusal(openFile(keys, plain, PATH))).toBe('format');
  });

  it('refuses a file from another workspace with the same passphrase', async () => {
    const sealed = await sealFile(otherWorkspace, utf8('isi'), PATH);
    expect(await refusal(openFile(keys, sealed, PATH))).toBe('hmac');
  });

  it('refuses, as decrypt, a file whose HMAC passes but whose cipher key differs', async () => {
    const sealed = await sealFile(keys, utf8('isi'), PATH);
    const mixed = { encryption: otherWorkspace.encryption, authentication: keys.authentication };
    expect(await refusal(openFile(mixed, sealed, PATH))).toBe('decrypt');
  });

  it('explains the refusal in Indonesian, naming the file', async () => {
    await expect(openFile(keys, new Uint8Array(3), PATH)).rejects.toThrow(
      `Berkas ${PATH} ditolak: bukan berkas terenkripsi Meja TI`,
    );
  });

  it('round-trips any bytes under any path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.string({ maxLength: 120 }),
        async (plaintext, aad) => {
          const sealed = await sealFile(keys, plaintext, aad);
          expect(await openFile(keys, sealed, aad)).toEqual(new Uint8Array(plaintext));
        },
      ),
      { numRuns: 30 },
    );
  });
});
