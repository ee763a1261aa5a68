// Types for fetchElectron.mjs, so test/integration can call it under strict TypeScript.
import type { Writable } from 'node:stream';

export type FetchResult = { ok: true } | { ok: false; reason: string };

export declare const FETCH_TIMEOUT_MS: number;

export declare function fetchElectron(options: {
  packageDir: string;
  timeoutMs?: number;
  out?: Writable & { isTTY?: boolean };
  env?: Record<string, string | undefined>;
}): Promise<FetchResult>;

export declare function downloadSource(env?: Record<string, string | undefined>): string;

export declare function proxyHost(env?: Record<string, string | undefined>): string | undefined;

export declare function firstErrorLine(text: string): string | undefined;

export declare function megabytes(bytes: number): string;
