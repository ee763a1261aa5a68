import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readCurrentUser } from '../people/public';
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
    if (!current || !gone) return;
    // Read again before locking: a merge of staff (a join) deletes the person and moves this
    // PC's user to the survivor in one transaction, and the two queries may arrive apart.
    void (async () => {
      if ((await readCurrentUser(deps.db)) !== current) return;
      const person = await deps.db.people.get(current);
      if (!person || person._deleted || !person.aktif) await lockNow(deps, 'inactive', current);
    })();
  }, [current, gone, deps]);
}
