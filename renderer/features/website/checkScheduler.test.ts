import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECK_SCHEDULE, type CheckSchedule } from '../../../shared/website/checkSchedule';
import { startCheckScheduler } from './checkScheduler';

const HOUR = 3_600_000;

function fakeClock(startMs: number) {
  let nowMs = startMs;
  let timer: { fn: () => void; ms: number } | null = null;
  return {
    now: () => new Date(nowMs),
    setInterval: (fn: () => void, ms: number) => {
      timer = { fn, ms };
      return 1;
    },
    clearInterval: () => {
      timer = null;
    },
    /** Moves the clock on and fires the interval as often as it would have fired. */
    advance(ms: number) {
      const end = nowMs + ms;
      while (timer && nowMs + timer.ms <= end) {
        nowMs += timer.ms;
        timer.fn();
      }
      nowMs = end;
    },
    get running() {
      return timer !== null;
    },
  };
}

describe('the automatic website check', () => {
  function setup(lastAt: string | null, schedule: CheckSchedule = DEFAULT_CHECK_SCHEDULE) {
    const clock = fakeClock(Date.parse('2026-12-05T08:00:00Z'));
    let last = lastAt;
    const checkAll = vi.fn(() => {
      last = clock.now().toISOString();
      return Promise.resolve();
    });
    const errors: unknown[] = [];
    const scheduler = startCheckScheduler({
      now: clock.now,
      readSchedule: () => Promise.resolve(schedule),
      lastCheckAt: () => Promise.resolve(last),
      checkAll,
      onError: (e) => errors.push(e),
      setInterval: clock.setInterval,
      clearInterval: clock.clearInterval,
      tickMs: HOUR,
    });
    return { clock, checkAll, scheduler, errors };
  }

  it('checks at once when the app opens and no check was ever made, then daily', async () => {
    const { clock, checkAll, scheduler } = setup(null);
    await vi.waitFor(() => expect(checkAll).toHaveBeenCalledTimes(1));
    clock.advance(23 * HOUR);
    await scheduler.tick();
    expect(checkAll).toHaveBeenCalledTimes(1);
    clock.advance(HOUR);
    await vi.waitFor(() => expect(checkAll).toHaveBeenCalledTimes(2));
    scheduler.stop();
    expect(clock.running).toBe(false);
  });

  it('waits when the last check is newer than the interval, and runs once it is older', async () => {
    const { clock, checkAll, scheduler } = setup('2026-12-05T02:00:00Z');
    await scheduler.tick();
    expect(checkAll).not.toHaveBeenCalled();
    clock.advance(17 * HOUR);
    await vi.waitFor(() => expect(checkAll).toHaveBeenCalledTimes(0));
    clock.advance(HOUR);
    await vi.waitFor(() => expect(checkAll).toHaveBeenCalledTimes(1));
  });

  it('follows the configured interval and never runs when switched off', async () => {
    const hourly = setup('2026-12-05T07:30:00Z', { aktif: true, setiapJam: 1 });
    await hourly.scheduler.tick();
    expect(hourly.checkAll).not.toHaveBeenCalled();
    hourly.clock.advance(HOUR);
    await vi.waitFor(() => expect(hourly.checkAll).toHaveBeenCalledTimes(1));
    const off = setup(null, { aktif: false, setiapJam: 24 });
    off.clock.advance(48 * HOUR);
    await off.scheduler.tick();
    expect(off.checkAll).not.toHaveBeenCalled();
  });

  it('reports a failed run and tries again on a later tick', async () => {
    const clock = fakeClock(Date.parse('2026-12-05T08:00:00Z'));
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = startCheckScheduler({
      now: clock.now,
      readSchedule: () => Promise.resolve(DEFAULT_CHECK_SCHEDULE),
      lastCheckAt: () => Promise.resolve(null),
      checkAll: () => {
        calls += 1;
        return Promise.reject(new Error('Tidak ada jaringan.'));
      },
      onError: (e) => errors.push(e),
      setInterval: clock.setInterval,
      clearInterval: clock.clearInterval,
      tickMs: HOUR,
    });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    clock.advance(HOUR);
    await vi.waitFor(() => expect(errors).toHaveLength(2));
    expect(calls).toBe(2);
    scheduler.stop();
  });
});
