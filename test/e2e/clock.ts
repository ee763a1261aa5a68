/**
 * The day every e2e test lives on unless it says otherwise: Friday 20 November 2026, 09:00
 * in Jakarta, a working day in the middle of a month. Fixed so that register numbers
 * ("001/PLTI/XI/2026"), months and lateness never depend on the day the suite runs.
 */
export const E2E_NOW = new Date('2026-11-20T09:00:00+07:00');

/** A clock that starts at `start` and runs on at the real pace, as the page's installed clock does. */
export function runningClockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
