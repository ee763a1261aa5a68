/**
 * A filter one screen hands to another it opens (Beranda's "Perlu perhatian" lines open the
 * register of late requests, the devices rusak berat): written just before navigating, taken
 * once by the target screen as it mounts. Kept in sessionStorage, so it never outlives the
 * window; a value the target cannot read is ignored.
 */
const PREFIX = 'meja:filter-handoff:';

export function offerScreenFilter(screen: string, filter: object): void {
  try {
    sessionStorage.setItem(PREFIX + screen, JSON.stringify(filter));
  } catch {
    // Storage full or refused: the screen opens with its own defaults.
  }
}

/** The filter handed to `screen`, merged over its defaults; removed once taken. */
export function takeScreenFilter<T extends object>(
  screen: string,
  defaults: T,
  accept: (raw: unknown) => Partial<T> | null,
): T {
  try {
    const raw = sessionStorage.getItem(PREFIX + screen);
    if (raw === null) return defaults;
    sessionStorage.removeItem(PREFIX + screen);
    const parsed = accept(JSON.parse(raw));
    return parsed ? { ...defaults, ...parsed } : defaults;
  } catch {
    return defaults;
  }
}
