import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CycleReport, SyncEngine } from '../engine';
import { createSyncDriver, type SyncDriverDeps } from './syncDriver';
import type { SyncLogEntry } from './syncLog';

const QUIET: CycleReport = {
  exportedOps: 0,
  exportedFiles: 0,
  restoredFiles: 0,
  exportError: null,
  applied: [],
  waiting: [],
  quarantined: [],
  folderUnreachable: false,
  pendingLocalChanges: 0,
  clockDriftMs: null,
  retired: false,
};

function fakeEngine(reports: Partial<CycleReport>[]) {
  let calls = 0;
  let release: (() => void) | null = null;
  let hold = false;
  const engine: SyncEngine = {
    async runCycle() {
      const report = { ...QUIET, ...(reports[Math.min(calls, reports.length - 1)] ?? {}) };
      calls += 1;
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return report;
    },
    pendingLocalChanges: async () => 0,
    quarantined: async () => [],
  };
  return {
    engine,
    calls: () => calls,
    holdNext: () => (hold = true),
    releaseHeld: () => {
      hold = false;
      release?.();
    },
  };
}

let clock = Date.UTC(2026, 10, 22, 2, 0);
beforeEach(() => {
  vi.useFakeTimers();
  clock = Date.UTC(2026, 10, 22, 2, 0);
});
afterEach(() => vi.useRealTimers());

function driverFor(engine: SyncEngine, extra: Partial<SyncDriverDeps> = {}) {
  const log: SyncLogEntry[] = [];
  const remembered: string[] = [];
  const driver = createSyncDriver({
    engine,
    now: () => new Date(clock),
    lastSyncAt: null,
    rememberSync: async (at) => {
      remembered.push(at);
    },
    log: async (entries) => {
      log.push(...entries);
    },
    intervalMs: 5_000,
    debounceMs: 1_500,
    ...extra,
  });
  return { driver, log, remembered };
}

describe('the sync driver', () => {
  it('tells Tersinkron, waiting changes, and since when the folder is away', async () => {
    const fake = fakeEngine([
      { pendingLocalChanges: 3, folderUnreachable: true },
      { pendingLocalChanges: 3, folderUnreachable: true },
      { exportedOps: 3, exportedFiles: 1 },
    ]);
    const { driver, log, remembered } = driverFor(fake.engine);
    expect(driver.status().firstSync).toBe(true);
    await driver.syncNow();
    const away = new Date(clock).toISOString();
    // One missed listing is not an outage yet; the second in a row is, dated from the first.
    expect(driver.status()).toMatchObject({ pending: 3, unreachableSince: null, lastSyncAt: null });
    clock += 60_000;
    await driver.syncNow();
    expect(driver.status().unreachableSince).toBe(away);
    clock += 60_000;
    await driver.syncNow();
    const back = new Date(clock).toISOString();
    expect(driver.status()).toMatchObject({
      pending: 0,
      unreachableSince: null,
      lastSyncAt: back,
      firstSync: false,
    });
    expect(remembered).toEqual([back]);
    // One line when the folder went away, one when it came back, one for what was sent.
    expect(log.map((e) => e.kind)).toEqual(['unreachable', 'back', 'ok']);
    expect(log[2]?.message).toBe('3 perubahan dikirim.');
  });

  it('runs every few seconds, and once shortly after a burst of local changes', async () => {
    const fake = fakeEngine([{}]);
    const { driver } = driverFor(fake.engine);
    driver.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fake.calls()).toBe(2);
    for (let i = 0; i < 10; i++) {
      driver.nudge();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(fake.calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(fake.calls()).toBe(3);
    driver.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.calls()).toBe(3);
  });

  it('gives a change made during a cycle a cycle of its own after it', async () => {
    const fake = fakeEngine([{}]);
    const { driver } = driverFor(fake.engine);
    fake.holdNext();
    const first = driver.syncNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(driver.status().running).toBe(true);
    void driver.syncNow();
    void driver.syncNow();
    fake.releaseHeld();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls()).toBe(2);
    expect(driver.status().running).toBe(false);
  });

  it('never calls a share that misses one listing between good cycles out of reach', async () => {
    const fake = fakeEngine([{}, { folderUnreachable: true }, {}, { folderUnreachable: true }, {}]);
    const { driver } = driverFor(fake.engine);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 5; i += 1) {
      clock += 5_000;
      await driver.syncNow();
      seen.push(driver.status().unreachableSince);
    }
    expect(seen).toEqual([null, null, null, null, null]);
  });

  it('does not keep an outage on show once a cycle gets past the listing and fails', async () => {
    let outcome: 'away' | 'throw' = 'away';
    const engine: SyncEngine = {
      async runCycle() {
        if (outcome === 'throw') throw new Error('Kunci folder bersama tidak didapat.');
        return { ...QUIET, folderUnreachable: true };
      },
      pendingLocalChanges: async () => 0,
      quarantined: async () => [],
    };
    const { driver } = driverFor(engine);
    await driver.syncNow();
    await driver.syncNow();
    expect(driver.status().unreachableSince).not.toBeNull();
    outcome = 'throw';
    await driver.syncNow();
    expect(driver.status()).toMatchObject({
      unreachableSince: null,
      error: 'Kunci folder bersama tidak didapat.',
    });
  });

  it('keeps going after a failed cycle or a failed follow-up, and logs each once', async () => {
    let fail = true;
    const engine: SyncEngine = {
      async runCycle() {
        if (fail) throw new Error('Berkas tidak dapat dibaca.');
        return QUIET;
      },
      pendingLocalChanges: async () => 0,
      quarantined: async () => [],
    };
    const afterCycle = vi.fn(async () => {
      throw new Error('Nomor tidak dapat dipesan.');
    });
    const { driver, log } = driverFor(engine, { afterCycle });
    await driver.syncNow();
    await driver.syncNow();
    expect(driver.status().error).toBe('Berkas tidak dapat dibaca.');
    expect(log).toHaveLength(1);
    fail = false;
    await driver.syncNow();
    expect(driver.status().error).toBeNull();
    expect(afterCycle).toHaveBeenCalledTimes(1);
    expect(log.map((e) => e.message)).toEqual([
      'Berkas tidak dapat dibaca.',
      'Nomor tidak dapat dipesan.',
    ]);
  });

  it('does no follow-up work on a retired PC, and warns once about a clock ahead', async () => {
    const fake = fakeEngine([{ retired: true, clockDriftMs: 7 * 60_000 }]);
    const afterCycle = vi.fn(async () => undefined);
    const { driver, log } = driverFor(fake.engine, { afterCycle });
    await driver.syncNow();
    await driver.syncNow();
    expect(driver.status()).toMatchObject({ retired: true, clockDriftMs: 420_000 });
    expect(afterCycle).not.toHaveBeenCalled();
    expect(log.filter((e) => e.kind === 'clock').map((e) => e.message)).toEqual([
      'Jam PC lain berselisih 7 menit lebih maju dari jam PC ini. Periksa tanggal dan jam di kedua PC.',
    ]);
  });
});
