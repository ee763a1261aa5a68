import { lockDurationMs, verifyPin, type DeriveKey } from '../../../shared/signin/pinPolicy';
import type { MejaDatabase } from '../../db/database';
import { pinFailuresKey as failuresKey, writeCurrentUser } from '../people/public';
import { reportSigninEvent, type SigninReport } from './signinEvents';

/** What signing in needs; all injected so tests run with a fixed clock and a fast hash. */
export interface SigninDeps {
  db: MejaDatabase;
  derive: DeriveKey;
  now: () => Date;
  report: SigninReport;
  setActor(personId: string | null): void;
  /** This window's session (sessionStorage): survives a reload, not a new window. */
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

export type { SigninResult } from '../people/public';
import type { SigninResult } from '../people/public';

export const SESSION_KEY = 'meja-ti.session';

interface Failures {
  count: number;
  lockedUntil: number;
}

async function readFailures(db: MejaDatabase, personId: string): Promise<Failures> {
  const row = await db.local.get(failuresKey(personId));
  const v = row?.value;
  if (typeof v === 'object' && v !== null && 'count' in v && 'lockedUntil' in v) {
    const { count, lockedUntil } = v;
    if (typeof count === 'number' && typeof lockedUntil === 'number') return { count, lockedUntil };
  }
  return { count: 0, lockedUntil: 0 };
}

function clockTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

/** The lockout message for a user locked until `until` (epoch ms). */
export function lockedMessage(until: number): string {
  return `Terlalu banyak PIN salah. Coba lagi pukul ${clockTime(until)}.`;
}

/** Checks the PIN and, only when right, makes the person this PC's user. */
export async function signIn(
  deps: SigninDeps,
  personId: string,
  pin: string,
): Promise<SigninResult> {
  const { db, now } = deps;
  const person = await db.people.get(personId);
  if (!person || person._deleted || !person.aktif) {
    return { ok: false, error: 'Pegawai ini tidak aktif dan tidak dapat masuk.' };
  }
  if (!person.pin) return { ok: false, error: 'Pegawai ini belum mempunyai PIN.' };
  const failures = await readFailures(db, personId);
  const at = now().getTime();
  if (failures.lockedUntil > at) return { ok: false, error: lockedMessage(failures.lockedUntil) };
  if (!(await verifyPin(deps.derive, pin, person.pin))) {
    const count = failures.count + 1;
    const lockMs = lockDurationMs(count);
    const lockedUntil = lockMs > 0 ? at + lockMs : 0;
    await db.local.put({ key: failuresKey(personId), value: { count, lockedUntil } });
    await reportSigninEvent(deps.report, {
      kind: lockMs > 0 ? 'signin.lockout' : 'signin.failed',
      personId,
      detail: lockMs > 0 ? { count, lockedUntil: new Date(lockedUntil).toISOString() } : { count },
    });
    return { ok: false, error: lockMs > 0 ? lockedMessage(lockedUntil) : 'PIN salah.' };
  }
  await db.local.delete(failuresKey(personId));
  await writeCurrentUser(db, personId);
  deps.setActor(personId);
  deps.session.setItem(SESSION_KEY, personId);
  await reportSigninEvent(deps.report, { kind: 'signin', personId });
  return { ok: true };
}

export type LockReason = 'manual' | 'idle' | 'os' | 'inactive';

/** Nobody is this PC's user until a PIN is given again. */
export async function lockNow(
  deps: SigninDeps,
  reason: LockReason,
  personId: string | null,
): Promise<void> {
  await writeCurrentUser(deps.db, null);
  deps.setActor(null);
  deps.session.removeItem(SESSION_KEY);
  if (personId)
    await reportSigninEvent(deps.report, { kind: 'lock', personId, detail: { reason } });
}

/**
 * At start-up: a user is kept only when this window signed them in (a reload); a new window
 * or a restarted app starts locked.
 */
export async function startLocked(
  db: MejaDatabase,
  session: Pick<SigninDeps['session'], 'getItem' | 'removeItem'>,
  current: string | null,
): Promise<string | null> {
  if (current && session.getItem(SESSION_KEY) === current) return current;
  session.removeItem(SESSION_KEY);
  if (current) await writeCurrentUser(db, null);
  return null;
}
