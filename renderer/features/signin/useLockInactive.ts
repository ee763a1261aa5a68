import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { lockNow } from './signinStore';
import { useSigninDeps } from './useSigninDeps';

/** A signed-in person deactivated (here or on another PC, once synced) is locked out. */
export function useLockInactive(current: string | null): void {
  const deps = useSigninDeps();
  const person = useLiveQuery(
    async () => (current ? ((await deps.db.people.get(current)) ?? null) : undefined),
    [deps.db, current],
  );
  const gone = person === null || (person !== undefined && (!person.aktif || person._deleted));
  useEffect(() => {
    if (current && gone) void lockNow(deps, 'inactive', current);
  }, [current, gone, deps]);
}
