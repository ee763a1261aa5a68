import { type Bytes, type CryptoDeps, concatBytes, resolveCrypto, utf8 } from './bytes';
import { UnauthenticatedFileError } from './cryptoErrors';
import type { WorkspaceKeys } from './workspaceCrypto';

/**
 * The envelope every sync file is written in:
 *
 *   'MTI1' (4) | IV (12, random) | AES-GCM ciphertext with its 16-byte tag | HMAC (32)
 *
 * The HMAC-SHA256 covers magic | IV | aad length (4, big-endian) | aad | ciphertext, so it
 * is checked before any decryption, and with the length prefix no two (aad, ciphertext)
 * pairs give the same input. The aad is the file's relative path and is bound in both the
 * GCM tag and the HMAC: a file copied under another device or sequence number is refused.
 * The HMAC input starts with the magic, so it can never equal the marker's verifier label.
 */

const MAGIC = utf8('MTI1');
const IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const HMAC_BYTES = 32;
/** Bytes an envelope adds to its plaintext. */
export const ENVELOPE_OVERHEAD = MAGIC.length + IV_BYTES + GCM_TAG_BYTES + HMAC_BYTES;

/** Encrypts and authenticates a file's content; `aad` is its relative path. */
export async function sealFile(
  keys: WorkspaceKeys,
  plaintext: Uint8Array,
  aad: string,
  deps: CryptoDeps = {},
): Promise<Bytes> {
  const { subtle, random } = resolveCrypto(deps);
  const iv = random(IV_BYTES);
  const aadBytes = utf8(aad);
  const ciphertext = new Uint8Array(
    await subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: aadBytes, tagLength: GCM_TAG_BYTES * 8 },
      keys.encryption,
      new Uint8Array(plaintext),
    ),
  );
  const mac = await subtle.sign('HMAC', keys.authentication, macInput(iv, aadBytes, ciphertext));
  return concatBytes(MAGIC, iv, ciphertext, new Uint8Array(mac));
}

/**
 * The content of an envelope written by sealFile with the same keys and aad; otherwise
 * throws UnauthenticatedFileError.
 */
export async function openFile(
  keys: WorkspaceKeys,
  envelope: Uint8Array,
  aad: string,
  deps: Pick<CryptoDeps, 'subtle'> = {},
): Promise<Bytes> {
  if (envelope.length < ENVELOPE_OVERHEAD || !MAGIC.every((byte, i) => envelope[i] === byte)) {
    throw new UnauthenticatedFileError('format', aad);
  }
  const { subtle } = resolveCrypto(deps);
  const aadBytes = utf8(aad);
  const ivEnd = MAGIC.length + IV_BYTES;
  const macStart = envelope.length - HMAC_BYTES;
  const iv = new Uint8Array(envelope.subarray(MAGIC.length, ivEnd));
  const mac = new Uint8Array(envelope.subarray(macStart));
  // The ciphertext is copied once, into the HMAC's input, and decrypted from there: a
  // snapshot's is tens of MiB, and each copy of it costs a joining PC about 0.1 s.
  const input = macInput(iv, aadBytes, envelope.subarray(ivEnd, macStart));
  const ciphertext = input.subarray(input.length - (macStart - ivEnd));
  // subtle.verify compares in constant time.
  const authentic = await subtle.verify('HMAC', keys.authentication, mac, input);
  if (!authentic) throw new UnauthenticatedFileError('hmac', aad);
  try {
    return new Uint8Array(
      await subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: aadBytes, tagLength: GCM_TAG_BYTES * 8 },
        keys.encryption,
        ciphertext,
      ),
    );
  } catch {
    throw new UnauthenticatedFileError('decrypt', aad);
  }
}

function macInput(iv: Bytes, aad: Bytes, ciphertext: Uint8Array): Bytes {
  const aadLength = new Uint8Array(4);
  new DataView(aadLength.buffer).setUint32(0, aad.length);
  return concatBytes(MAGIC, iv, aadLength, aad, ciphertext);
}
