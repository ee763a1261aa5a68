/**
 * A record one screen asks another to open (Ctrl+K "Buka cepat" opens a request or a device):
 * written just before navigating, taken once by the target screen as it mounts. Kept in
 * sessionStorage like the filter hand-off (screenFilters.ts), so it never outlives the window.
 */
const PREFIX = 'meja:record-handoff:';

export function offerScreenRecord(screen: string, id: string): void {
  try {
    sessionStorage.setItem(PREFIX + screen, id);
  } catch {
    // Storage refused: the screen opens on its list.
  }
}

/** The record id handed to `screen`, or null; removed once taken. */
export function takeScreenRecord(screen: string): string | null {
  try {
    const id = sessionStorage.getItem(PREFIX + screen);
    if (id !== null) sessionStorage.removeItem(PREFIX + screen);
    return id && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}
