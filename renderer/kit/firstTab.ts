import { useState } from 'react';
import { takeScreenFilter } from './screenFilters';

/**
 * The tab a screen opens on: the one another screen handed over (Beranda's line to stale
 * mandatory information opens that tab), else `fallback`. Taken once, as the screen mounts.
 */
export function useFirstTab<T extends string>(screen: string, tabs: readonly T[], fallback: T): T {
  const [tab] = useState(
    () =>
      takeScreenFilter(screen, { tab: fallback }, (raw) => {
        const tab =
          typeof raw === 'object' && raw !== null && 'tab' in raw ? String(raw.tab) : null;
        return tabs.find((t) => t === tab) ? { tab: tab as T } : null;
      }).tab,
  );
  return tab;
}
