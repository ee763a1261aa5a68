import type { MejaApi } from '../../shared/api/contract';
import { MejaDatabase } from '../db/database';
import { ensureDeviceId, loadClock } from '../db/device';
import { refuseNewerData } from '../db/newerData';
import { readCurrentUser } from '../features/people/currentUser';
import type { AppServices } from '../kit/services';
import { recordAuditEvent } from '../features/audit/public';
import { startLocked } from '../features/signin/signinStore';

/** Opens the database and builds what every screen uses; called once at start-up. */
export async function bootstrap(
  api: MejaApi,
  db = new MejaDatabase(),
  session: Pick<Storage, 'getItem' | 'removeItem'> = sessionStorage,
): Promise<AppServices> {
  await refuseNewerData(db);
  await db.open();
  const newId = () => crypto.randomUUID();
  const device = await ensureDeviceId(db, newId);
  const clock = await loadClock(db, device, () => Date.now());
  // A new window starts locked; a reload keeps the user this window signed in.
  let actor = await startLocked(db, session, await readCurrentUser(db));
  const write = { db, device, clock, actor: () => actor, newId, now: () => new Date() };
  const audit = (event: Parameters<typeof recordAuditEvent>[1]) => recordAuditEvent(write, event);
  return {
    db,
    api,
    write,
    audit,
    // A refused step or a delegation is worth an entry; failing to write one stops nothing.
    rolesEvents: (event) => void audit(event).catch(() => undefined),
    setActor(personId) {
      actor = personId;
    },
  };
}

/** Asks the browser not to evict the court's data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
