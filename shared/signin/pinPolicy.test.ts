import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../encoding/base64';
import {
  hashPin,
  lockDurationMs,
  PIN_HASH_PARAMETERS,
  pinProblem,
  verifyPin,
  type DeriveKey,
} from './pinPolicy';

/** WebCrypto's PBKDF2, as the renderer will use it. */
const derive: DeriveKey = async (pin, salt, iterations, keyBytes) => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    keyBytes * 8,
  );
  return new Uint8Array(bits);
};

const SALT = new Uint8Array(16).map((_, i) => i * 7);

describe('pinProblem', () => {
  it.each([
    ['12345', 'PIN paling sedikit 6 angka.'],
    ['000000', 'PIN tidak boleh satu angka yang diulang.'],
    ['123456', 'PIN tidak boleh angka berurutan.'],
    ['987654', 'PIN tidak boleh angka berurutan.'],
    ['abc12', 'Kata sandi paling sedikit 8 karakter (atau PIN 6 angka).'],
    ['katasandi', 'Kata sandi harus memuat huruf dan angka.'],
  ])('refuses %s', (pin, message) => {
    expect(pinProblem(pin)).toBe(message);
  });

  it.each(['204816', '73519264', 'Mukomuko2026'])('accepts %s', (pin) => {
    expect(pinProblem(pin)).toBeNull();
  });
});

describe('hashPin and verifyPin', () => {
  it('stores the parameters and no PIN, and verifies only the same PIN', async () => {
    const stored = await hashPin(derive, '204816', SALT);
    expect(stored.iterations).toBe(PIN_HASH_PARAMETERS.iterations);
    expect(JSON.stringify(stored)).not.toContain('204816');
    expect(await verifyPin(derive, '204816', stored)).toBe(true);
    expect(await verifyPin(derive, '204817', stored)).toBe(false);
  });

  it('verifies with the iterations stored, so a later change of parameters keeps old PINs', async () => {
    const old = { ...(await hashPin(derive, '204816', SALT)) };
    const fewer = await derive('204816', SALT, 200_000, 32);
    const stored = { ...old, iterations: 200_000, hash: encodeBase64(fewer) };
    expect(await verifyPin(derive, '204816', stored)).toBe(true);
  });

  it('a damaged stored hash (from a bad row on the share) matches nothing', async () => {
    for (const stored of [null, {}, { algorithm: 'MD5', hash: 'x' }, 'abc']) {
      expect(await verifyPin(derive, '204816', stored)).toBe(false);
    }
    const good = await hashPin(derive, '204816', SALT);
    expect(await verifyPin(derive, '204816', { ...good, iterations: 1 })).toBe(false);
  });
});

describe('lockDurationMs', () => {
  it('locks at the fifth wrong PIN for a minute, doubling after, at most an hour', () => {
    expect([1, 2, 3, 4].map(lockDurationMs)).toEqual([0, 0, 0, 0]);
    expect(lockDurationMs(5)).toBe(60_000);
    expect(lockDurationMs(6)).toBe(120_000);
    expect(lockDurationMs(7)).toBe(240_000);
    expect(lockDurationMs(20)).toBe(3_600_000);
  });
});
