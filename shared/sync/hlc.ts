/**
 * Hybrid logical clock (Kulkarni et al.): wall time in milliseconds, a counter for events in
 * the same millisecond, and the device that made the stamp. Encoded stamps sort as strings
 * in the order of the clocks, so "newer" is a plain string comparison.
 */
export interface Hlc {
  millis: number;
  counter: number;
  device: string;
}

const MILLIS_WIDTH = 15;
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;

export class ClockDriftError extends Error {
  readonly driftMs: number;
  constructor(driftMs: number) {
    super(
      `Jam perangkat lain berselisih ${Math.round(driftMs / 1000)} detik dari jam komputer ini. Periksa pengaturan tanggal dan jam.`,
    );
    this.name = 'ClockDriftError';
    this.driftMs = driftMs;
  }
}

export function encodeHlc(h: Hlc): string {
  return `${h.millis.toString().padStart(MILLIS_WIDTH, '0')}-${h.counter.toString(36).padStart(COUNTER_WIDTH, '0')}-${h.device}`;
}

export function decodeHlc(s: string): Hlc {
  const match = /^(\d{15})-([0-9a-z]{4})-(.+)$/.exec(s);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`Not a clock stamp: ${s}`);
  return { millis: Number(match[1]), counter: parseInt(match[2], 36), device: match[3] };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return (
    a.millis - b.millis ||
    a.counter - b.counter ||
    (a.device < b.device ? -1 : a.device > b.device ? 1 : 0)
  );
}

export interface HlcClock {
  /** A stamp for a local event, later than every stamp seen so far. */
  tick(): Hlc;
  /** Merges a stamp from another device; throws ClockDriftError past the drift cap. */
  receive(remote: Hlc): Hlc;
  /** The last stamp issued or merged (to persist across restarts). */
  last(): Hlc;
}

export interface HlcClockOptions {
  device: string;
  wallClock: () => number;
  /** A remote stamp further ahead of our wall clock than this is refused. */
  maxDriftMs?: number;
  /** The persisted last stamp, so the clock never runs backwards across restarts. */
  initial?: Hlc;
}

export function createHlcClock(options: HlcClockOptions): HlcClock {
  const maxDrift = options.maxDriftMs ?? 5 * 60_000;
  let last: Hlc = options.initial
    ? { ...options.initial, device: options.device }
    : { millis: 0, counter: 0, device: options.device };

  function advance(millis: number, counter: number): Hlc {
    if (counter > MAX_COUNTER) throw new Error('Clock counter overflow');
    last = { millis, counter, device: options.device };
    return last;
  }

  return {
    tick() {
      const wall = options.wallClock();
      return wall > last.millis ? advance(wall, 0) : advance(last.millis, last.counter + 1);
    },
    receive(remote) {
      const wall = options.wallClock();
      if (remote.millis - wall > maxDrift) throw new ClockDriftError(remote.millis - wall);
      const millis = Math.max(wall, last.millis, remote.millis);
      if (millis === last.millis && millis === remote.millis) {
        return advance(millis, Math.max(last.counter, remote.counter) + 1);
      }
      if (millis === last.millis) return advance(millis, last.counter + 1);
      if (millis === remote.millis) return advance(millis, remote.counter + 1);
      return advance(millis, 0);
    },
    last: () => last,
  };
}
