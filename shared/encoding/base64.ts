/**
 * Base64 in one place, for every runtime: the renderer's sync files, the PDFs and sheets that
 * cross IPC, and the office logo's size check. `atob`/`btoa` are standard in browsers and Node.
 */

/** Chunk size for String.fromCharCode: one call per byte is slow, one call for all overflows. */
const CHUNK = 0x8000;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return btoa(parts.join(''));
}

/**
 * Decodes canonical, padded base64 (what encodeBase64 and Node's Buffer write); null for
 * anything else, so a damaged file from the shared folder is refused, never half-read.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return encodeBase64(bytes) === text ? bytes : null;
}

/** Bytes encoded by a base64 string, without decoding it. */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
