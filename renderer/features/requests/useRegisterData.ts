import { useLiveQuery } from 'dexie-react-hooks';
import type { MejaDatabase } from '../../db/database';
import type { DamagedRow } from '../../db/rowReading';
import { listPeople } from '../people/public';
import { readActiveProcedure } from '../sop/public';
import { loadRegister, loadRegisterPage } from './loadRegister';
import type { RegisterItem } from './registerFilter';
import { readRequestSettings } from './requestSettings';
import { findStepConflicts, type RequestStepConflicts } from './stepConflictIndex';

/** Rows read for the first screen, before the whole register: more than a tall window shows. */
export const FIRST_SCREEN_ROWS = 60;

/**
 * What the register screen shows, in two steps: the newest requests through the
 * diterimaPada index first (a first screen in the time of a few rows, however long the
 * register), then the whole register read in chunks after that screen is up. Until the
 * whole register is in, `complete` is false and only the newest requests are listed.
 */
export function useRegisterData(db: MejaDatabase, now: () => Date) {
  const meta = useLiveQuery(
    async () => ({
      settings: await readRequestSettings(db),
      active: await readActiveProcedure(db, 'B'),
      people: await listPeople(db),
    }),
    [db],
  );
  const first = useLiveQuery(async () => {
    const { officeHours } = await readRequestSettings(db);
    return loadRegisterPage(db, officeHours, now(), FIRST_SCREEN_ROWS);
  }, [db, now]);
  // Started once the first screen is read, so its reading never waits behind the rest.
  const started = first !== undefined;
  const whole = useLiveQuery(async () => {
    if (!started) return undefined;
    const { officeHours } = await readRequestSettings(db);
    const register = await loadRegister(db, officeHours, now());
    return {
      ...register,
      stepConflicts: await findStepConflicts(
        db,
        register.items.map((i) => i.row),
      ),
    };
  }, [db, now, started]);
  if (!meta || !first) return undefined;
  const items: RegisterItem[] = whole?.items ?? first;
  const damaged: DamagedRow[] = whole?.damaged ?? [];
  const stepConflicts: RequestStepConflicts[] = whole?.stepConflicts ?? [];
  return { ...meta, items, damaged, stepConflicts, complete: whole !== undefined };
}
