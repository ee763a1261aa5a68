import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLog, describeError, formatLogEntry } from './fileLog';

const at = new Date('2026-11-22T07:30:00.000Z');

function tempLogPath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'meja-log-')), 'logs', 'main.log');
}

describe('file log', () => {
  it('appends entries with ISO time, channel and stack, creating the folder', async () => {
    const filePath = tempLogPath();
    const log = createFileLog({ filePath, now: () => at });
    log.logError(new Error('disk penuh'), 'pdf:save');
    log.logError('teks saja', 'pdf:print');
    await log.flushed();
    const text = readFileSync(filePath, 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('2026-11-22T07:30:00.000Z [pdf:save] Error: disk penuh');
    expect(lines[1]).toMatch(/^\s+at /);
    expect(lines.filter((line) => /^\S/.test(line))).toHaveLength(2);
    expect(text).toContain('2026-11-22T07:30:00.000Z [pdf:print] teks saja\n');
    expect(text.indexOf('[pdf:save]')).toBeLessThan(text.indexOf('[pdf:print]'));
  });

  it('includes the chain of causes', () => {
    const error = new Error('gagal menyimpan', { cause: new Error('EACCES') });
    expect(describeError(error)).toMatch(/gagal menyimpan[\s\S]*Caused by: Error: EACCES/);
  });

  it('describes values that are not errors', () => {
    expect(formatLogEntry(at, 'x', { code: 7 })).toBe('2026-11-22T07:30:00.000Z [x] {"code":7}\n');
    expect(formatLogEntry(at, 'x', undefined)).toBe('2026-11-22T07:30:00.000Z [x] undefined\n');
  });

  it('moves a large log aside before appending', async () => {
    const filePath = tempLogPath();
    const log = createFileLog({ filePath, now: () => at, maxBytes: 10 });
    log.logError('pertama', 'a');
    log.logError('kedua', 'b');
    await log.flushed();
    expect(readFileSync(`${filePath}.1`, 'utf8')).toContain('pertama');
    expect(readFileSync(filePath, 'utf8')).toBe('2026-11-22T07:30:00.000Z [b] kedua\n');
  });

  it('never throws when the log cannot be written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'meja-log-'));
    const blocker = path.join(dir, 'logs');
    writeFileSync(blocker, 'not a folder');
    const failures: unknown[] = [];
    const log = createFileLog({
      filePath: path.join(blocker, 'main.log'),
      now: () => at,
      onWriteError: (error) => failures.push(error),
    });
    expect(() => log.logError(new Error('x'), 'c')).not.toThrow();
    await log.flushed();
    expect(failures).toHaveLength(1);
  });
});
