import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MINUTES, idleExpired, idleMinutesOf, idleMinutesSchema } from './idleLock';

describe('the idle lock', () => {
  it('reads the office minutes, and falls back to 10 for a missing or damaged value', () => {
    expect(idleMinutesOf({ idleMinutes: 25 })).toBe(25);
    expect(idleMinutesOf(undefined)).toBe(DEFAULT_IDLE_MINUTES);
    expect(idleMinutesOf({ idleMinutes: 0 })).toBe(10);
    expect(idleMinutesOf({ idleMinutes: '5' })).toBe(10);
    expect(idleMinutesOf({ idleMinutes: 999 })).toBe(10);
  });

  it('refuses minutes outside 1 to 240 in Indonesian', () => {
    expect(idleMinutesSchema.safeParse(0).error?.issues[0]?.message).toBe(
      'Lama diam paling sedikit 1 menit.',
    );
    expect(idleMinutesSchema.safeParse(241).error?.issues[0]?.message).toBe(
      'Lama diam paling lama 240 menit.',
    );
    expect(idleMinutesSchema.safeParse(2.5).success).toBe(false);
  });

  it('locks once the minutes have passed since the last input, not before', () => {
    const t = Date.parse('2026-12-04T09:00:00+07:00');
    expect(idleExpired(t, t + 9 * 60_000 + 59_999, 10)).toBe(false);
    expect(idleExpired(t, t + 10 * 60_000, 10)).toBe(true);
  });
});
