import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * A form over a record that another PC (or another screen) may change while the form is
 * open. While the form is clean it follows the saved record: `follow` gets the new values
 * (the form puts them in its fields). While the user is editing nothing is replaced; the
 * form follows once it is clean again. Returns the record the form's fields were last taken
 * from, its base: a save writes only the fields changed from it (shared/records/
 * changedFields), so what another PC changed meanwhile is not written back over.
 * `ready` holds the following back until a restored draft has been applied.
 */
export function useFollowSaved<T>(
  saved: T,
  dirty: boolean,
  ready: boolean,
  follow: (fresh: T) => void,
): { current: T } {
  const json = JSON.stringify(saved);
  const base = useRef(saved);
  const seen = useRef(json);
  const onFollow = useEffectEvent(follow);
  const latest = useRef(saved);
  useEffect(() => {
    latest.current = saved;
  });
  useEffect(() => {
    if (!ready || dirty || json === seen.current) return;
    seen.current = json;
    base.current = latest.current;
    onFollow(latest.current);
  }, [json, ready, dirty]);
  return base;
}
