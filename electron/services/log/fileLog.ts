import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FileLogOptions {
  /** e.g. `<userData>/logs/main.log`; its folder is created on first write. */
  filePath: string;
  now: () => Date;
  /** When the file grows past this, it is moved to `<file>.1` (replacing the older one). */
  maxBytes?: number;
  /** Where a failure to write the log itself is reported; logging never throws. */
  onWriteError?: (error: unknown) => void;
}

export interface FileLog {
  /** Appends one entry: ISO time, channel, and the error's stack with its causes. */
  logError(error: unknown, channel: string): void;
  /** Resolves once every entry logged so far is on disk (or has failed to be). */
  flushed(): Promise<void>;
}

const DEFAULT_MAX_BYTES = 1024 * 1024;

/** The error's stack (or message), followed by each `cause`, indented. */
export function describeError(error: unknown, depth = 0): string {
  let text: string;
  if (error instanceof Error) {
    text = error.stack ?? `${error.name}: ${error.message}`;
    if (error.cause !== undefined && depth < 5) {
      text += `\nCaused by: ${describeError(error.cause, depth + 1)}`;
    }
  } else if (typeof error === 'string') {
    text = error;
  } else {
    try {
      text = JSON.stringify(error) ?? String(error);
    } catch {
      text = String(error);
    }
  }
  return text;
}

export function formatLogEntry(time: Date, channel: string, error: unknown): string {
  // Every continuation line starts with whitespace, so each entry begins at column 0.
  const body = describeError(error).replace(/\n(?![ \t])/g, '\n    ');
  return `${time.toISOString()} [${channel}] ${body}\n`;
}

export function createFileLog(options: FileLogOptions): FileLog {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Entries are written one after another so they never interleave.
  let queue: Promise<void> = Promise.resolve();

  async function rotateIfLarge(): Promise<void> {
    try {
      if ((await stat(options.filePath)).size < maxBytes) return;
    } catch {
      return;
    }
    await rename(options.filePath, `${options.filePath}.1`);
  }

  async function write(entry: string): Promise<void> {
    await mkdir(path.dirname(options.filePath), { recursive: true });
    await rotateIfLarge();
    await appendFile(options.filePath, entry, 'utf8');
  }

  return {
    logError(error, channel) {
      const entry = formatLogEntry(options.now(), channel, error);
      queue = queue
        .then(() => write(entry))
        .catch((writeError: unknown) => {
          options.onWriteError?.(writeError);
        });
    },
    flushed: () => queue,
  };
}
