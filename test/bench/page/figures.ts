export type { Figure } from '../figure';

interface ChromiumMemory {
  usedJSHeapSize: number;
}

export function heapUsed(): number | null {
  const memory = (performance as Performance & { memory?: ChromiumMemory }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

/** Runs `fn` and returns the elapsed milliseconds and heap growth. */
export async function measure(
  fn: () => Promise<void>,
): Promise<{ ms: number; heap: number | null }> {
  const heapBefore = heapUsed();
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  const heapAfter = heapUsed();
  return { ms, heap: heapBefore === null || heapAfter === null ? null : heapAfter - heapBefore };
}
