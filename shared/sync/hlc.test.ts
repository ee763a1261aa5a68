import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClockDriftError, compareHlc, createHlcClock, decodeHlc, encodeHlc } from './hlc';

describe('hybrid logical clock', () => {
  it('ticks monotonically even when the wall clock goes back', () => {
    let wall = 1_000;
    const clock = createHlcClock({ device: 'a', wallClock: () => wall });
    const first = clock.tick();
    wall = 500;
    const second = clock.tick();
    expect(compareHlc(second, first)).toBeGreaterThan(0);
    expect(second).toEqual({ millis: 1_000, counter: 1, device: 'a' });
  });

  it('resumes after a restart from the persisted stamp', () => {
    const clock = createHlcClock({
      device: 'a',
      wallClock: () => 10,
      initial: { millis: 99, counter: 3, device: 'a' },
    });
    expect(clock.tick()).toEqual({ millis: 99, counter: 4, device: 'a' });
  });

  it('moves past a received stamp', () => {
    const clock = createHlcClock({ device: 'a', wallClock: () => 100 });
    clock.tick();
    const merged = clock.receive({ millis: 200, counter: 7, device: 'b' });
    expect(merged).toEqual({ millis: 200, counter: 8, device: 'a' });
    expect(compareHlc(clock.tick(), merged)).toBeGreaterThan(0);
  });

  it('refuses a stamp from a device whose clock runs far ahead', () => {
    const clock = createHlcClock({ device: 'a', wallClock: () => 0, maxDriftMs: 1_000 });
    expect(() => clock.receive({ millis: 5_000, counter: 0, device: 'b' })).toThrow(
      ClockDriftError,
    );
  });

  it('encodes stamps so that string order is clock order', () => {
    const stamp = fc.record({
      millis: fc.integer({ min: 0, max: 2 ** 47 }),
      counter: fc.integer({ min: 0, max: 36 ** 4 - 1 }),
      device: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
    });
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        expect(decodeHlc(encodeHlc(a))).toEqual(a);
        const byString = encodeHlc(a) < encodeHlc(b) ? -1 : encodeHlc(a) > encodeHlc(b) ? 1 : 0;
        expect(Math.sign(compareHlc(a, b))).toBe(byString);
      }),
    );
  });
});
