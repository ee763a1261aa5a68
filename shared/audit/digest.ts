import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a text as lower-case hex, computed synchronously (pure JavaScript), so an audit
 * entry can be hashed inside the IndexedDB transaction of the change it records.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
