import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../shared/encoding/base64';
import { utf8 } from './bytes';
import {
  BAD_MARKER_MESSAGE,
  WRONG_PASSPHRASE_MESSAGE,
  WeakPassphraseError,
  WorkspaceMarkerError,
  WrongPassphraseError,
} from './cryptoErrors';
import { openFile, sealFile } from './fileEnvelope';
import {
  DEFAULT_ITERATIONS,
  ITERATION_LIMITS,
  createWorkspaceSecrets,
  parseWorkspaceKeyMarker,
  passphraseProblem,
  unlockWorkspace,
} from './workspaceCrypto';

const PASSPHRASE = 'Pengadilan Negeri Sleman 2025!';
// Real workspaces use 600k iterations; tests lower the floor to stay fast.
const TEST_LIMITS = { min: 1000, max: ITERATION_LIMITS.max };
const FAST = { iterations: 1000, limits: TEST_LIMITS };
const subtle = globalThis.crypto.subtle;

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The derivation as documented in workspaceCrypto.ts, redone with extractable bits. */
async function rawKeyBytes(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const password = await subtle.importKey('raw', utf8(passphrase), 'PBKDF2', false, ['deriveBits']);
  const master = new Uint8Array(
    await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, password, 256),
  );
  const hkdf = await subtle.importKey('raw', master, 'HKDF', false, ['deriveBits']);
  const expand = async (info: string) =>
    new Uint8Array(
      await subtle.deriveBits(
        { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(info) },
        hkdf,
        256,
      ),
    );
  return [
    master,
    await expand('meja-ti/file-encryption@1'),
    await expand('meja-ti/file-authentication@1'),
  ];
}

describe('createWorkspaceSecrets and unlockWorkspace', () => {
  it('defaults to at least 600k PBKDF2 iterations, and such a marker unlocks', async () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { marker, keys } = await createWorkspaceSecrets(PASSPHRASE);
    expect(marker.iterations).toBe(DEFAULT_ITERATIONS);
    const unlocked = await unlockWorkspace(PASSPHRASE, marker);
    const sealed = await sealFile(keys, utf8('halo'), 'devices/pc-01/ops/0000000001.json');
    const opened = await openFile(unlocked, sealed, 'devices/pc-01/ops/0000000001.json');
    expect(new TextDecoder().decode(opened)).toBe('halo');
  });

  it('unlocks with the same passphrase, even in another Unicode normal form', async () => {
    const passphrase = 'Ruang sidang utama é';
    const { marker, keys } = await createWorkspaceSecrets(passphrase, FAST);
    const roundTripped: unknown = JSON.parse(JSON.stringify(marker));
    const unlocked = await unlockWorkspace(passphrase.normalize('NFD'), roundTripped, {
      limits: TEST_LIMITS,
    });
    const sealed = await sealFile(keys, utf8('isi'), 'a.json');
    expect(await openFile(unlocked, sealed, 'a.json')).toEqual(utf8('isi'));
  });

  it('stores neither the passphrase nor any key bytes in the marker', async () => {
    const { marker, keys } = await createWorkspaceSecrets(PASSPHRASE, FAST);
    expect(Object.keys(marker).sort()).toEqual(['iterations', 'kdf', 'salt', 'verifier']);
    expect(marker.kdf).toBe('PBKDF2-SHA256');
    expect(decodeBase64(marker.salt)).toHaveLength(16);
    expect(decodeBase64(marker.verifier)).toHaveLength(32);

    const json = JSON.stringify(marker);
    expect(json).not.toContain(PASSPHRASE);
    expect(json).not.toContain(encodeBase64(utf8(PASSPHRASE)));
    const salt = decodeBase64(marker.salt);
    if (!salt) throw new Error('salt is not base64');
    for (const secret of await rawKeyBytes(PASSPHRASE, salt, marker.iterations)) {
      expect(json).not.toContain(encodeBase64(secret));
      expect(json.toLowerCase()).not.toContain(hex(secret));
    }

    for (const key of [keys.encryption, keys.authentication]) {
      expect(key.extractable).toBe(false);
      await expect(subtle.exportKey('raw', key)).rejects.toThrow();
    }
    expect(keys.encryption.algorithm.name).toBe('AES-GCM');
    expect(keys.authentication.algorithm.name).toBe('HMAC');
  });

  it('derives the documented keys: a file sealed with them opens with the workspace keys', async () => {
    const { marker, keys } = await createWorkspaceSecrets(PASSPHRASE, FAST);
    const salt = decodeBase64(marker.salt);
    if (!salt) throw new Error('salt is not base64');
    const [, encryption, authentication] = await rawKeyBytes(PASSPHRASE, salt, marker.iterations);
    if (!encryption || !authentication) throw new Error('missing key bytes');
    const documented = {
      encryption: await subtle.importKey('raw', encryption, 'AES-GCM', false, ['encrypt']),
      authentication: await subtle.importKey(
        'raw',
        authentication,
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      ),
    };
    const sealed = await sealFile(documented, utf8('sama'), 'x.json');
    expect(await openFile(keys, sealed, 'x.json')).toEqual(utf8('sama'));
  });

  it('uses a new random salt for every workspace', async () => {
    const a = await createWorkspaceSecrets(PASSPHRASE, FAST);
    const b = await createWorkspaceSecrets(PASSPHRASE, FAST);
    expect(a.marker.salt).not.toBe(b.marker.salt);
    expect(a.marker.verifier).not.toBe(b.marker.verifier);
  });

  it('takes its random bytes from the injected source', async () => {
    const random = (n: number) => new Uint8Array(n).fill(7);
    const a = await createWorkspaceSecrets(PASSPHRASE, { ...FAST, random });
    const b = await createWorkspaceSecrets(PASSPHRASE, { ...FAST, random });
    expect(a.marker).toEqual(b.marker);
    expect(a.marker.salt).toBe(encodeBase64(new Uint8Array(16).fill(7)));
    await expect(
      createWorkspaceSecrets(PASSPHRASE, { ...FAST, random: () => new Uint8Array(3) }),
    ).rejects.toThrow(RangeError);
  });

  it('refuses a wrong passphrase with a clear message', async () => {
    const { marker } = await createWorkspaceSecrets(PASSPHRASE, FAST);
    for (const wrong of ['pengadilan negeri sleman 2025!', PASSPHRASE + ' ', '']) {
      const attempt = unlockWorkspace(wrong, marker, { limits: TEST_LIMITS });
      await expect(attempt).rejects.toThrow(WrongPassphraseError);
      await expect(attempt).rejects.toThrow(WRONG_PASSPHRASE_MESSAGE);
    }
  });

  it('refuses a weak passphrase or out-of-range iterations for a new workspace', async () => {
    await expect(createWorkspaceSecrets('1234567890', FAST)).rejects.toThrow(WeakPassphraseError);
    await expect(createWorkspaceSecrets('pendek', FAST)).rejects.toThrow(WeakPassphraseError);
    await expect(createWorkspaceSecrets(PASSPHRASE, { iterations: 10 })).rejects.toThrow(
      RangeError,
    );
    await expect(createWorkspaceSecrets(PASSPHRASE, { iterations: 1e9 })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('parseWorkspaceKeyMarker', () => {
  const good = {
    kdf: 'PBKDF2-SHA256',
    iterations: 600_000,
    salt: encodeBase64(new Uint8Array(16).fill(1)),
    verifier: encodeBase64(new Uint8Array(32).fill(2)),
  };

  it('accepts a well-formed marker', () => {
    expect(parseWorkspaceKeyMarker(good).iterations).toBe(600_000);
  });

  it.each([
    ['null', null],
    ['a string', 'PBKDF2'],
    ['an empty object', {}],
    ['a missing verifier', { ...good, verifier: undefined }],
    ['another KDF', { ...good, kdf: 'scrypt' }],
    ['10 iterations', { ...good, iterations: 10 }],
    ['1e9 iterations', { ...good, iterations: 1e9 }],
    ['fractional iterations', { ...good, iterations: 600_000.5 }],
    ['iterations as text', { ...good, iterations: '600000' }],
    ['a short salt', { ...good, salt: encodeBase64(new Uint8Array(8)) }],
    ['a salt that is not base64', { ...good, salt: 'not base64 at all!!!!!==' }],
    ['a long verifier', { ...good, verifier: encodeBase64(new Uint8Array(33)) }],
    ['an extra field', { ...good, passphrase: 'x' }],
  ])('refuses %s with a clear message', (_label, raw) => {
    expect(() => parseWorkspaceKeyMarker(raw)).toThrow(WorkspaceMarkerError);
    expect(() => parseWorkspaceKeyMarker(raw)).toThrow(BAD_MARKER_MESSAGE);
  });

  it('refuses a hostile marker in unlockWorkspace before deriving anything', async () => {
    for (const iterations of [10, 1e9]) {
      await expect(unlockWorkspace(PASSPHRASE, { ...good, iterations })).rejects.toThrow(
        BAD_MARKER_MESSAGE,
      );
    }
  });
});

describe('passphraseProblem', () => {
  it.each([
    ['Pengadilan Negeri 2025', null],
    ['kopi-pagi-hari', null],
    ['pendek', 'minimal 10 karakter'],
    ['   abc    ', 'minimal 10 karakter'],
    ['', 'minimal 10 karakter'],
    ['1234567890', 'hanya berisi angka'],
    ['1234 5678 90', 'hanya berisi angka'],
    ['١٢٣٤٥٦٧٨٩٠', 'hanya berisi angka'],
  ])('%j → %s', (passphrase, expected) => {
    const problem = passphraseProblem(passphrase);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});
