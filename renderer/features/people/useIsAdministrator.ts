import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../kit/servicesContext';
import { isActiveAdministrator } from './administrators';
import { readCurrentUser } from './currentUser';

/** Whether the signed-in user is an active administrator (false while locked). */
export function useIsAdministrator(): boolean {
  const { db } = useServices();
  return (
    useLiveQuery(async () => isActiveAdministrator(db, await readCurrentUser(db)), [db]) ?? false
  );
}
