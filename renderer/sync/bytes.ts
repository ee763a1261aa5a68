/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts as a BufferSource. */
export type Bytes = Uint8Array<ArrayBuffer>;

/**
 * WebCrypto passed in rather than taken from a global, so tests can pin the random bytes
 * and several simulated PCs can share one process (STYLE.md habit 5).
 */
export interface CryptoDeps {
  subtle?: SubtleCrypto;
  random?: (length: number) => Uint8Array;
}

export interface ResolvedCrypto {
  subtle: SubtleCrypto;
  random: (length: number) => Bytes;
}

export function resolveCrypto(deps: CryptoDeps = {}): ResolvedCrypto {
  const subtle = deps.subtle ?? globalThis.crypto.subtle;
  const source =
    deps.random ?? ((length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length)));
  return {
    subtle,
    random: (length) => {
      const bytes = source(length);
      if (bytes.length !== length) {
        throw new RangeError(`The random source gave ${bytes.length} bytes, not ${length}.`);
      }
      return new Uint8Array(bytes);
    },
  };
}

export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
