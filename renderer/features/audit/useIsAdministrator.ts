import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../kit/servicesContext';
import { readCurrentUser } from '../people/public';

/** Whether the signed-in user holds the administrator role (false while locked). */
export function useIsAdministrator(): boolean {
  const { db } = useServices();
  return (
    useLiveQuery(async () => {
      const id = await readCurrentUser(db);
      const person = id ? await db.people.get(id) : undefined;
      return !!person && !person._deleted && person.roles.includes('administrator');
    }, [db]) ?? false
  );
}
