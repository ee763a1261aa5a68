import { describe, expect, it } from 'vitest';
import type { RendererError } from '../../../shared/api/logContract';
import { createRendererErrorLog, describeRendererError } from './rendererErrorLog';

const report = (message: string): RendererError => ({ kind: 'error', message, screen: 'unit' });

function setup(perMinute: number) {
  let time = Date.UTC(2026, 10, 20, 2, 0);
  const lines: string[] = [];
  const log = createRendererErrorLog({
    log: {
      logError: (error, channel) => lines.push(`[${channel}] ${String(error)}`),
    },
    now: () => new Date(time),
    perMinute,
  });
  return {
    log,
    lines,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('the renderer error log', () => {
  it('writes what happened, on which screen, with its stacks', () => {
    const { log, lines } = setup(5);
    expect(
      log.record({
        ...report('x is undefined'),
        stack: 'TypeError\n at A',
        componentStack: '\n at B',
      }),
    ).toBe(true);
    expect(lines).toEqual([
      '[renderer] error (layar unit): x is undefined\nTypeError\n at A\nKomponen:\n at B',
    ]);
  });

  it('cannot forge a log line with control characters', () => {
    expect(describeRendererError(report('a\r2026-01-01T00:00:00Z [main] palsu\u2028b'))).toBe(
      'error (layar unit): a 2026-01-01T00:00:00Z [main] palsu b',
    );
  });

  it('drops a burst past the limit with one line, then counts what was dropped', () => {
    const { log, lines, advance } = setup(3);
    const written = Array.from({ length: 50 }, (_, i) => log.record(report(`galat ${i}`)));
    expect(written.filter(Boolean)).toHaveLength(3);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/entri berikutnya dilewati/);
    // A third of a minute brings one token back at 3 a minute.
    advance(20_000);
    expect(log.record(report('lagi'))).toBe(true);
    expect(log.record(report('terlalu cepat'))).toBe(false);
    expect(lines.slice(4)).toEqual([
      '[renderer] … 47 entri dilewati.',
      '[renderer] error (layar unit): lagi',
      '[renderer] Terlalu banyak galat dari tampilan: entri berikutnya dilewati sementara.',
    ]);
    // A quiet minute fills the bucket to its size, no more.
    advance(10 * 60_000);
    const after = Array.from({ length: 5 }, () => log.record(report('x')));
    expect(after).toEqual([true, true, true, false, false]);
  });

  it('refills nothing when the clock goes back', () => {
    const { log, advance } = setup(1);
    expect(log.record(report('a'))).toBe(true);
    advance(-60 * 60_000);
    expect(log.record(report('b'))).toBe(false);
  });
});
