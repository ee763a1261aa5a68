import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProblemReport, nodeSystemDetails, readLogTail } from './problemReport';

function logDir(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'meja-report-')), 'logs');
  mkdirSync(dir);
  return dir;
}

const appInfo = () => ({
  name: 'Meja TI',
  version: '0.1.0',
  dataPath: '/data',
  platform: 'linux',
  packaged: false,
});

describe('the problem report', () => {
  it('gives the last lines of the log, oldest first', async () => {
    const file = path.join(logDir(), 'main.log');
    writeFileSync(file, ['satu', 'dua', 'tiga', 'empat', ''].join('\n'));
    const report = createProblemReport({ appInfo, logFile: file, system: nodeSystemDetails });
    const value = await report(2);
    expect(value.logLines).toEqual(['tiga', 'empat']);
    expect(value.version).toBe('0.1.0');
    expect(value.logPath).toBe(file);
  });

  it('takes earlier lines from the rotated log when the current one is short', async () => {
    const file = path.join(logDir(), 'main.log');
    writeFileSync(`${file}.1`, 'a\r\nb\r\nc\r\n');
    writeFileSync(file, 'd\n');
    expect(
      await readLogTail(
        (p) => import('node:fs/promises').then((fs) => fs.readFile(p, 'utf8')),
        file,
        3,
      ),
    ).toEqual(['b', 'c', 'd']);
  });

  it('has no lines, rather than an error, before anything was logged', async () => {
    const file = path.join(logDir(), 'main.log');
    const report = createProblemReport({ appInfo, logFile: file, system: nodeSystemDetails });
    expect((await report(50)).logLines).toEqual([]);
  });

  it('fails when the log exists but cannot be read', async () => {
    const report = createProblemReport({
      appInfo,
      logFile: '/x/main.log',
      system: nodeSystemDetails,
      readText: () => Promise.reject(new Error('EACCES')),
    });
    await expect(report(5)).rejects.toThrow('EACCES');
  });

  it('describes this PC: system, memory and runtime versions', () => {
    const system = nodeSystemDetails();
    expect(system.os.length).toBeGreaterThan(0);
    expect(system.totalMemoryMb).toBeGreaterThan(0);
    expect(system.node).toBe(process.versions.node);
  });
});
