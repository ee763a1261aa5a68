import { isCheckDue, type CheckSchedule } from '../../../shared/website/checkSchedule';

/** What the automatic check needs, injected so tests drive it with a fake clock. */
export interface CheckSchedulerDeps {
  now: () => Date;
  readSchedule: () => Promise<CheckSchedule>;
  lastCheckAt: () => Promise<string | null>;
  checkAll: () => Promise<void>;
  onError: (error: unknown) => void;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  tickMs: number;
}

/**
 * Checks every site at the office's interval while the app runs: once at start when the last
 * check is older than the interval, then whenever a tick finds it due again. One run at a time.
 * Returns the stop function.
 */
export function startCheckScheduler(deps: CheckSchedulerDeps): {
  stop: () => void;
  tick: () => Promise<void>;
} {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const schedule = await deps.readSchedule();
      if (!isCheckDue(await deps.lastCheckAt(), deps.now(), schedule)) return;
      await deps.checkAll();
    } catch (error) {
      deps.onError(error);
    } finally {
      running = false;
    }
  };
  void tick();
  const handle = deps.setInterval(() => void tick(), deps.tickMs);
  return { stop: () => deps.clearInterval(handle), tick };
}
