import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../kit/servicesContext';
import { readActiveProcedures, type ActiveProcedure } from './activeProcedures';
import { listCatalog, type CatalogEntry, type CatalogProblem } from './sopCatalog';

/** The catalog and the active procedures, live: every screen sees a change at once. */
export function useCatalog():
  { entries: CatalogEntry[]; problems: CatalogProblem[]; active: ActiveProcedure[] } | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const { entries, problems } = await listCatalog(db);
    return { entries, problems, active: await readActiveProcedures(db) };
  }, [db]);
}
