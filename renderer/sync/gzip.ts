import type { Bytes } from './bytes';

/** Gzip through the platform's CompressionStream (zlib in Chromium and Node). */
export function gzip(bytes: Uint8Array): Promise<Bytes> {
  return collect(streamOf(bytes).pipeThrough(new CompressionStream('gzip')));
}

/** The bytes of a gzip; rejects (TypeError) when they are not one. */
export function gunzip(bytes: Uint8Array): Promise<Bytes> {
  return collect(streamOf(bytes).pipeThrough(new DecompressionStream('gzip')));
}

/** Why a gzip of text lines could not be read to the end. */
export class GzipLinesError extends Error {
  constructor(
    readonly reason: 'rusak' | 'terlalu-panjang',
    message: string,
  ) {
    super(message);
    this.name = 'GzipLinesError';
  }
}

/**
 * The lines of a gzip of UTF-8 text (split at '\n'), decompressed as they are read: only
 * the line being read and one decompressed chunk are held, never the whole text. A line
 * longer than `maxLineChars`, more than `maxChars` in all, a damaged gzip or text that is
 * not UTF-8 throw GzipLinesError. Stopping early (a `break`) cancels the decompression.
 */
export async function* gunzipLines(
  bytes: Uint8Array,
  limits: { maxLineChars: number; maxChars: number },
): AsyncGenerator<string> {
  const reader = streamOf(bytes)
    .pipeThrough(new DecompressionStream('gzip'))
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))
    .getReader();
  let pieces: string[] = [];
  let lineChars = 0;
  let total = 0;
  try {
    for (;;) {
      const chunk = await readChunk(reader);
      if (chunk === null) break;
      total += chunk.length;
      if (total > limits.maxChars) {
        throw new GzipLinesError('terlalu-panjang', `more than ${limits.maxChars} characters`);
      }
      let from = 0;
      // Only the new chunk is searched for the line's end: a line of many chunks is read
      // once, not once per chunk.
      for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', from)) {
        if (lineChars + end - from > limits.maxLineChars) break;
        pieces.push(chunk.slice(from, end));
        const line = pieces.join('');
        pieces = [];
        lineChars = 0;
        from = end + 1;
        yield line;
      }
      const rest = chunk.length - from;
      lineChars += rest;
      if (lineChars > limits.maxLineChars) {
        throw new GzipLinesError(
          'terlalu-panjang',
          `a line over ${limits.maxLineChars} characters`,
        );
      }
      if (rest > 0) pieces.push(from === 0 ? chunk : chunk.slice(from));
    }
    if (lineChars > 0) yield pieces.join('');
  } finally {
    // A reader that stopped early (or failed) leaves no decompression running.
    await reader.cancel().catch(() => undefined);
  }
}

async function readChunk(reader: ReadableStreamDefaultReader<string>): Promise<string | null> {
  try {
    const { done, value } = await reader.read();
    return done ? null : value;
  } catch (error) {
    throw new GzipLinesError('rusak', error instanceof Error ? error.message : String(error));
  }
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new Blob([new Uint8Array(bytes)]).stream();
}

async function collect(stream: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<Bytes> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The gzip of `lines` joined by '\n', compressed line by line: the whole text is never
 * held as one string.
 */
export async function gzipLines(lines: Iterable<string>): Promise<Bytes> {
  const stream = new CompressionStream('gzip');
  const compressed = collect(stream.readable);
  const writer = stream.writable.getWriter();
  const encoder = new TextEncoder();
  let first = true;
  for (const line of lines) {
    await writer.write(encoder.encode(first ? line : `\n${line}`));
    first = false;
  }
  await writer.close();
  return compressed;
}
