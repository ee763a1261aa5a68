import type { DeriveKey } from '../../shared/signin/pinPolicy';

/** PBKDF2-HMAC-SHA-256 through WebCrypto (the renderer's, or Node's in tests). */
export const webCryptoDerive: DeriveKey = async (pin, salt, iterations, keyBytes) => {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    material,
    keyBytes * 8,
  );
  return new Uint8Array(bits);
};

/** Fresh random bytes for salts and recovery codes. */
export function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
