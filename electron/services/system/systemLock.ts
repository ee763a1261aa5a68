/** The PC's lock events, as waits the renderer can make (see shared/api/systemContract.ts). */
export interface SystemLock {
  /** Resolves at the next lock of the PC. */
  waitForLock(): Promise<void>;
  /** Called by main when the operating system locks (powerMonitor 'lock-screen'). */
  notifyLocked(): void;
}

export function createSystemLock(): SystemLock {
  let waiting: (() => void)[] = [];
  return {
    waitForLock: () => new Promise<void>((resolve) => waiting.push(resolve)),
    notifyLocked() {
      const now = waiting;
      waiting = [];
      for (const resolve of now) resolve();
    },
  };
}
