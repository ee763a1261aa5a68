import { z } from 'zod';
import { decodeBase64, encodeBase64 } from '../encoding/base64';

/**
 * A staff member's PIN is stored only as a salted slow hash that syncs like any row, so the
 * same PIN works on every PC. PBKDF2-HMAC-SHA-256 with 600,000 iterations (OWASP's 2023
 * figure for this hash) and a 16-byte random salt, 32 bytes derived. The derivation itself is
 * injected (WebCrypto in the renderer), so this module stays pure.
 */
export const PIN_HASH_PARAMETERS = {
  algorithm: 'PBKDF2-SHA256',
  iterations: 600_000,
  saltBytes: 16,
  keyBytes: 32,
} as const;

export const pinHashSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().min(16).max(64),
  hash: z.string().min(40).max(100),
});
export type PinHash = z.infer<typeof pinHashSchema>;

/** PBKDF2-HMAC-SHA-256 of the PIN's UTF-8 bytes. */
export type DeriveKey = (
  pin: string,
  salt: Uint8Array,
  iterations: number,
  keyBytes: number,
) => Promise<Uint8Array>;

/**
 * Why a new PIN is refused, or null: six digits at least, or a password of eight characters
 * at least with a letter and a digit. All the same digit or a straight run (123456) is too easy
 * to guess at a colleague's desk.
 */
export function pinProblem(pin: string): string | null {
  if (/^\d+$/.test(pin)) {
    if (pin.length < 6) return 'PIN paling sedikit 6 angka.';
    if (/^(\d)\1+$/.test(pin)) return 'PIN tidak boleh satu angka yang diulang.';
    const digits = [...pin].map(Number);
    const steps = digits.slice(1).map((d, i) => d - (digits[i] ?? 0));
    if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) {
      return 'PIN tidak boleh angka berurutan.';
    }
    return null;
  }
  if (pin.length < 8) return 'Kata sandi paling sedikit 8 karakter (atau PIN 6 angka).';
  if (!/\p{L}/u.test(pin) || !/\d/.test(pin)) {
    return 'Kata sandi harus memuat huruf dan angka.';
  }
  if (pin.length > 128) return 'Kata sandi paling banyak 128 karakter.';
  return null;
}

export async function hashPin(derive: DeriveKey, pin: string, salt: Uint8Array): Promise<PinHash> {
  const { algorithm, iterations, keyBytes } = PIN_HASH_PARAMETERS;
  const key = await derive(pin, salt, iterations, keyBytes);
  return { algorithm, iterations, salt: encodeBase64(salt), hash: encodeBase64(key) };
}

/** Compares every byte whatever the first difference, so timing tells nothing. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Whether the PIN matches the stored hash; a damaged stored hash matches nothing. */
export async function verifyPin(derive: DeriveKey, pin: string, stored: unknown): Promise<boolean> {
  const parsed = pinHashSchema.safeParse(stored);
  if (!parsed.success) return false;
  const salt = decodeBase64(parsed.data.salt);
  const expected = decodeBase64(parsed.data.hash);
  if (!salt || !expected) return false;
  const key = await derive(pin, salt, parsed.data.iterations, expected.length);
  return sameBytes(key, expected);
}

/** Wrong PINs in a row that lock a user, and the lock after each further one. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/**
 * How long a user is locked after this many wrong PINs in a row: nothing for the first four,
 * one minute at the fifth, then doubling with each further wrong PIN, at most one hour.
 */
export function lockDurationMs(wrongInARow: number): number {
  if (wrongInARow < FREE_ATTEMPTS) return 0;
  return Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** (wrongInARow - FREE_ATTEMPTS));
}
