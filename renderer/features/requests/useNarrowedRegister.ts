import { useEffect, useMemo, useState } from 'react';
import { afterNextPaint, nextTask } from '../../kit/nextTask';
import {
  createNarrowingFilter,
  filterRegister,
  NARROW_SLICE,
  narrowsAnything,
  type NarrowingFilter,
  type RegisterFilter,
} from './registerFilter';
// The shared item type, of any row: the search needs only what every register row has.
import type { RegisterItem } from '../../../shared/requests/registerView';

type View = Omit<RegisterFilter, 'sort'>;

/** Main-thread time a search takes between two frames. */
const FRAME_BUDGET_MS = 8;

/**
 * Searches `base` slice by slice, at most FRAME_BUDGET_MS between two frames, never inside
 * React's commit; null when a newer search took its place.
 */
export async function narrowInSlices<T extends RegisterItem>(
  narrow: NarrowingFilter,
  sorted: readonly T[],
  view: View,
  job: { cancelled: boolean },
): Promise<T[] | null> {
  await nextTask();
  if (job.cancelled) return null;
  const base = narrow.baseFor(sorted, view);
  const found: T[] = [];
  let since = performance.now();
  for (let start = 0; start < base.length; start += NARROW_SLICE) {
    if (performance.now() - since > FRAME_BUDGET_MS) {
      await afterNextPaint();
      if (job.cancelled) return null;
      since = performance.now();
    }
    found.push(...filterRegister(base.slice(start, start + NARROW_SLICE), view));
  }
  narrow.remember(sorted, view, found);
  return found;
}

/**
 * The register's rows that `view` lets through. A small register, or no filter, is
 * answered at once; a large one is searched a slice per task, so typing in the search never
 * waits for 50,000 rows. Meanwhile the previous answer stays on screen (`searching`).
 */
export function useNarrowedRegister<T extends RegisterItem>(
  sorted: readonly T[],
  view: View,
): { items: readonly T[]; searching: boolean } {
  const [narrow] = useState(createNarrowingFilter);
  const [found, setFound] = useState<{ sorted: readonly T[]; view: View; items: T[] } | null>(null);
  const atOnce = sorted.length <= NARROW_SLICE || !narrowsAnything(view);
  const immediate = useMemo(
    () => (atOnce ? narrow(sorted, view) : null),
    [atOnce, narrow, sorted, view],
  );
  useEffect(() => {
    if (atOnce) return;
    const job = { cancelled: false };
    void narrowInSlices(narrow, sorted, view, job).then((items) => {
      if (items) setFound({ sorted, view, items });
    });
    return () => {
      job.cancelled = true;
    };
  }, [atOnce, narrow, sorted, view]);
  if (immediate) return { items: immediate, searching: false };
  if (found && found.sorted === sorted && found.view === view)
    return { items: found.items, searching: false };
  return { items: found?.items ?? [], searching: true };
}
