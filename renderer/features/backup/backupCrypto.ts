import { decodeBase64, encodeBase64 } from '../../../shared/encoding/base64';
import {
  BACKUP_ITERATION_LIMITS,
  BackupFileError,
  DEFAULT_BACKUP_ITERATIONS,
  GCM_TAG_BYTES,
  IV_BYTES,
  KDF_NAME,
  SALT_BYTES,
  decodeBackupFile,
  encodeBackupFile,
  headerBytesOf,
  parseBackupPayload,
  type BackupHeader,
  type BackupManifest,
  type BackupPayload,
} from '../../../shared/backup/backupFormat';
import { gunzip, gzip } from '../../sync/gzip';

/**
 * The backup's key: PBKDF2-HMAC-SHA256 (passphrase in NFC, a random 16-byte salt) gives 64
 * bytes; the first 32 are the AES-GCM-256 key (imported non-extractable), the SHA-256 of
 * the other 32 is the header's verifier, so a wrong passphrase is told apart from a damaged
 * file. The schedule keeps the key (not the passphrase) in this PC's local table.
 */
export interface BackupKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
  verifier: string;
}

type Bytes = Uint8Array<ArrayBuffer>;

const subtle = () => globalThis.crypto.subtle;

async function sha256(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await subtle().digest('SHA-256', bytes));
}

export async function sha256Hex(bytes: Bytes): Promise<string> {
  return [...(await sha256(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function derive(
  passphrase: string,
  salt: Bytes,
  iterations: number,
): Promise<{ key: CryptoKey; verifier: Bytes }> {
  const password = new TextEncoder().encode(passphrase.normalize('NFC'));
  let bits: Bytes | undefined;
  try {
    const base = await subtle().importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
    bits = new Uint8Array(
      await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 512),
    );
    const key = await subtle().importKey(
      'raw',
      bits.slice(0, 32),
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    return { key, verifier: await sha256(bits.slice(32)) };
  } finally {
    password.fill(0);
    bits?.fill(0);
  }
}

/** A new key for backups from a passphrase (fresh salt). */
export async function createBackupKey(
  passphrase: string,
  iterations = DEFAULT_BACKUP_ITERATIONS,
): Promise<BackupKey> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const { key, verifier } = await derive(passphrase, salt, iterations);
  return { key, salt: encodeBase64(salt), iterations, verifier: encodeBase64(verifier) };
}

/** Seals the payload: its checksum into the manifest, gzip, AES-GCM with the header as aad. */
export async function sealBackup(
  payload: BackupPayload,
  manifest: Omit<BackupManifest, 'checksum' | 'payloadBytes'>,
  key: BackupKey,
): Promise<{ bytes: Uint8Array; manifest: BackupManifest }> {
  const plain = new TextEncoder().encode(JSON.stringify(payload));
  const full: BackupManifest = {
    ...manifest,
    checksum: { algorithm: 'SHA-256', payload: await sha256Hex(plain) },
    payloadBytes: plain.length,
  };
  const compressed = await gzip(plain);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: BackupHeader = {
    manifest: full,
    kdf: { name: KDF_NAME, iterations: key.iterations, salt: key.salt, verifier: key.verifier },
    cipher: { name: 'AES-GCM-256', iv: encodeBase64(iv) },
    compression: 'gzip',
    cipherBytes: compressed.length + GCM_TAG_BYTES,
  };
  const headerBytes = headerBytesOf(header);
  const ciphertext = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv, additionalData: headerBytes },
      key.key,
      compressed,
    ),
  );
  return { bytes: encodeBackupFile(headerBytes, ciphertext), manifest: full };
}

/** Only the manifest, before any passphrase: what the file says it holds (not yet proven). */
export function readBackupManifest(bytes: Uint8Array, knownSchema: number): BackupManifest {
  return decodeBackupFile(bytes, knownSchema).header.manifest;
}

/**
 * Opens a backup with its passphrase (or a kept key): every check passed or a
 * BackupFileError with the Indonesian reason.
 */
export async function openBackup(
  bytes: Uint8Array,
  secret: { passphrase: string } | { key: BackupKey },
  knownSchema: number,
): Promise<{ manifest: BackupManifest; payload: BackupPayload }> {
  const { header, headerBytes, ciphertext } = decodeBackupFile(bytes, knownSchema);
  const salt = decodeBase64(header.kdf.salt);
  const iv = decodeBase64(header.cipher.iv);
  if (!salt || !iv) throw new BackupFileError('rusak');
  let key: CryptoKey;
  if ('passphrase' in secret) {
    if (
      header.kdf.iterations < BACKUP_ITERATION_LIMITS.min ||
      header.kdf.iterations > BACKUP_ITERATION_LIMITS.max
    ) {
      throw new BackupFileError('rusak');
    }
    const derived = await derive(secret.passphrase, salt, header.kdf.iterations);
    if (encodeBase64(derived.verifier) !== header.kdf.verifier) {
      throw new BackupFileError('kataSandi');
    }
    key = derived.key;
  } else {
    if (secret.key.salt !== header.kdf.salt || secret.key.verifier !== header.kdf.verifier) {
      throw new BackupFileError('kataSandi');
    }
    key = secret.key.key;
  }
  let compressed: Bytes;
  try {
    compressed = new Uint8Array(
      await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: headerBytes }, key, ciphertext),
    );
  } catch {
    throw new BackupFileError('rusak', 'AES-GCM refused the ciphertext');
  }
  let plain: Bytes;
  try {
    plain = await gunzip(compressed);
  } catch {
    throw new BackupFileError('rusak', 'gzip');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new BackupFileError('rusak', 'utf-8');
  }
  const payload = parseBackupPayload(text, header.manifest, await sha256Hex(plain));
  return { manifest: header.manifest, payload };
}
