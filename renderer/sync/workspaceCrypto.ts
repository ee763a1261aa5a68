import { z } from 'zod';
import { decodeBase64, encodeBase64 } from '../../shared/encoding/base64';
import { type Bytes, type CryptoDeps, resolveCrypto, utf8 } from './bytes';
import { WeakPassphraseError, WorkspaceMarkerError, WrongPassphraseError } from './cryptoErrors';

/**
 * The office passphrase and the keys it unlocks (issue #5).
 *
 * Derivation: PBKDF2-HMAC-SHA256 (passphrase in NFC, the workspace's 16-byte random salt,
 * `iterations`) gives a 32-byte master secret. HKDF-SHA256 (empty salt) expands it into
 * two independent non-extractable keys, one per `info` label: AES-GCM-256 for file content
 * and HMAC-SHA256 for authenticating whole files. The master bytes are wiped once imported.
 *
 * The marker stores only the KDF settings, the salt and a verifier (the HMAC of a fixed
 * label), so a wrong passphrase is refused before any file is read. The verifier lets an
 * attacker with the folder test guesses offline, which is what the iteration count slows.
 */

export const KDF_NAME = 'PBKDF2-SHA256';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
/** The iterations a marker may ask for: below is too weak, above would hang the app. */
export const ITERATION_LIMITS: IterationLimits = { min: 100_000, max: 5_000_000 };
export const MIN_PASSPHRASE_LENGTH = 10;

const SALT_BYTES = 16;
const VERIFIER_BYTES = 32;
const VERIFIER_LABEL = 'meja-ti/workspace-verifier@1';
const ENCRYPTION_INFO = 'meja-ti/file-encryption@1';
const AUTHENTICATION_INFO = 'meja-ti/file-authentication@1';

export interface IterationLimits {
  min: number;
  max: number;
}

/** The key part of the workspace marker file; safe to store in the shared folder. */
export interface WorkspaceKeyMarker {
  kdf: typeof KDF_NAME;
  iterations: number;
  /** base64 of 16 random bytes, new for every workspace. */
  salt: string;
  /** base64 of HMAC-SHA256(authentication key, VERIFIER_LABEL). */
  verifier: string;
}

/** The unlocked keys; both non-extractable, they live only in memory. */
export interface WorkspaceKeys {
  /** AES-GCM-256: encrypts file content. */
  readonly encryption: CryptoKey;
  /** HMAC-SHA256: authenticates whole files and checks the passphrase against the marker. */
  readonly authentication: CryptoKey;
}

export interface CreateWorkspaceOptions extends CryptoDeps {
  iterations?: number;
  limits?: IterationLimits;
}

export interface UnlockWorkspaceOptions {
  subtle?: SubtleCrypto;
  limits?: IterationLimits;
}

/** The Indonesian reason a passphrase is too weak for a new workspace, or null. */
export function passphraseProblem(passphrase: string): string | null {
  const trimmed = passphrase.normalize('NFC').trim();
  if ([...trimmed].length < MIN_PASSPHRASE_LENGTH) {
    return `Kata sandi kantor minimal ${MIN_PASSPHRASE_LENGTH} karakter, tanpa menghitung spasi di awal dan akhir.`;
  }
  if (/^[\p{Nd}\s]+$/u.test(trimmed)) {
    return 'Kata sandi kantor tidak boleh hanya berisi angka. Tambahkan huruf atau tanda baca.';
  }
  return null;
}

/** Makes the keys and the marker of a new workspace. */
export async function createWorkspaceSecrets(
  passphrase: string,
  options: CreateWorkspaceOptions = {},
): Promise<{ marker: WorkspaceKeyMarker; keys: WorkspaceKeys }> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new WeakPassphraseError(problem);
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const limits = options.limits ?? ITERATION_LIMITS;
  if (!Number.isInteger(iterations) || iterations < limits.min || iterations > limits.max) {
    throw new RangeError(`PBKDF2 iterations must be ${limits.min}..${limits.max}: ${iterations}`);
  }
  const { subtle, random } = resolveCrypto(options);
  const salt = random(SALT_BYTES);
  const keys = await deriveKeys(subtle, passphrase, salt, iterations);
  const verifier = await subtle.sign('HMAC', keys.authentication, utf8(VERIFIER_LABEL));
  const marker: WorkspaceKeyMarker = {
    kdf: KDF_NAME,
    iterations,
    salt: encodeBase64(salt),
    verifier: encodeBase64(new Uint8Array(verifier)),
  };
  return { marker, keys };
}

/**
 * Unlocks a workspace from the marker as read from the shared folder (unchecked JSON).
 * Throws WorkspaceMarkerError for a malformed marker, WrongPassphraseError for a wrong
 * passphrase.
 */
export async function unlockWorkspace(
  passphrase: string,
  marker: unknown,
  options: UnlockWorkspaceOptions = {},
): Promise<WorkspaceKeys> {
  const parsed = parseWorkspaceKeyMarker(marker, options.limits);
  if (passphrase.length === 0) throw new WrongPassphraseError();
  const { subtle } = resolveCrypto(options);
  const keys = await deriveKeys(subtle, passphrase, parsed.salt, parsed.iterations);
  // subtle.verify compares in constant time.
  const matches = await subtle.verify(
    'HMAC',
    keys.authentication,
    parsed.verifier,
    utf8(VERIFIER_LABEL),
  );
  if (!matches) throw new WrongPassphraseError();
  return keys;
}

function base64OfLength(length: number) {
  return z
    .string()
    .max(200)
    .refine((text) => decodeBase64(text)?.length === length, {
      message: `Expected canonical base64 of ${length} bytes.`,
    });
}

function markerSchema(limits: IterationLimits): z.ZodType<WorkspaceKeyMarker> {
  return z
    .object({
      kdf: z.literal(KDF_NAME),
      iterations: z.number().int().min(limits.min).max(limits.max),
      salt: base64OfLength(SALT_BYTES),
      verifier: base64OfLength(VERIFIER_BYTES),
    })
    .strict();
}

/** Checks a marker read from disk, and decodes its salt and verifier. */
export function parseWorkspaceKeyMarker(
  raw: unknown,
  limits: IterationLimits = ITERATION_LIMITS,
): { iterations: number; salt: Bytes; verifier: Bytes } {
  const result = markerSchema(limits).safeParse(raw);
  if (!result.success) throw new WorkspaceMarkerError(z.prettifyError(result.error));
  const salt = decodeBase64(result.data.salt);
  const verifier = decodeBase64(result.data.verifier);
  if (!salt || !verifier) throw new WorkspaceMarkerError('Salt or verifier is not base64.');
  return { iterations: result.data.iterations, salt, verifier };
}

async function deriveKeys(
  subtle: SubtleCrypto,
  passphrase: string,
  salt: Bytes,
  iterations: number,
): Promise<WorkspaceKeys> {
  // NFC, so the same passphrase typed through another input method gives the same bytes.
  const password = utf8(passphrase.normalize('NFC'));
  let master: Bytes | undefined;
  try {
    const passwordKey = await subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
    master = new Uint8Array(
      await subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
        passwordKey,
        256,
      ),
    );
    const masterKey = await subtle.importKey('raw', master, 'HKDF', false, ['deriveKey']);
    const expand = (info: string): HkdfParams => ({
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: utf8(info),
    });
    const [encryption, authentication] = await Promise.all([
      subtle.deriveKey(
        expand(ENCRYPTION_INFO),
        masterKey,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      ),
      subtle.deriveKey(
        expand(AUTHENTICATION_INFO),
        masterKey,
        { name: 'HMAC', hash: 'SHA-256', length: 256 },
        false,
        ['sign', 'verify'],
      ),
    ]);
    return { encryption, authentication };
  } finally {
    password.fill(0);
    master?.fill(0);
  }
}
