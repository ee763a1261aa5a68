import { readFile } from 'node:fs/promises';
import os from 'node:os';
import type { AppInfo } from '../../../shared/api/contract';
import type { ProblemReport, SystemDetails } from '../../../shared/api/helpContract';

export interface ProblemReportDeps {
  appInfo: () => AppInfo;
  /** main's log, e.g. `<userData>/logs/main.log`; it may be rotated to `<file>.1`. */
  logFile: string;
  system: () => SystemDetails;
  readText?: (path: string) => Promise<string>;
}

const MB = 1024 * 1024;

/** This PC as Node sees it; the versions come from `process.versions`. */
export function nodeSystemDetails(): SystemDetails {
  return {
    os: `${os.type()} ${os.version()}`.trim(),
    osRelease: os.release(),
    arch: os.arch(),
    hostname: os.hostname(),
    totalMemoryMb: Math.round(os.totalmem() / MB),
    freeMemoryMb: Math.round(os.freemem() / MB),
    cpus: os.cpus().length,
    electron: process.versions.electron ?? null,
    chrome: process.versions.chrome ?? null,
    node: process.versions.node,
  };
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

async function linesOf(readText: (path: string) => Promise<string>, file: string) {
  try {
    return (await readText(file)).split(/\r?\n/).filter((line) => line.length > 0);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/**
 * The last `count` lines of the log, oldest first. When the current file holds fewer, the
 * rotated one (`<file>.1`) supplies the lines before them.
 */
export async function readLogTail(
  readText: (path: string) => Promise<string>,
  file: string,
  count: number,
): Promise<string[]> {
  const current = await linesOf(readText, file);
  if (current.length >= count) return current.slice(-count);
  const older = await linesOf(readText, `${file}.1`);
  return [...older, ...current].slice(-count);
}

export function createProblemReport(deps: ProblemReportDeps) {
  const readText = deps.readText ?? ((path: string) => readFile(path, 'utf8'));
  return async (lines: number): Promise<ProblemReport> => {
    const info = deps.appInfo();
    return {
      version: info.version,
      dataPath: info.dataPath,
      logPath: deps.logFile,
      logLines: await readLogTail(readText, deps.logFile, lines),
      system: deps.system(),
    };
  };
}
