import { IDLE_LOCK_ROW, idleMinutesOf, idleMinutesSchema } from '../../../shared/signin/idleLock';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';
import { isActiveAdministrator } from './administrators';
import type { SigninResult } from './personPin';

export const ADMIN_ONLY = 'Hanya administrator yang dapat mengubah ini.';

/** Minutes without input before the app locks (the office's synced setting, default 10). */
export async function readIdleMinutes(db: MejaDatabase): Promise<number> {
  return idleMinutesOf(await db.settings.get(IDLE_LOCK_ROW));
}

/** Sets the idle minutes; only an active administrator may. */
export async function saveIdleMinutes(ctx: WriteContext, minutes: number): Promise<SigninResult> {
  if (!(await isActiveAdministrator(ctx.db, ctx.actor()))) return { ok: false, error: ADMIN_ONLY };
  const parsed = idleMinutesSchema.safeParse(minutes);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'Lama diam tidak valid.' };
  }
  await putRow(ctx, 'settings', IDLE_LOCK_ROW, { idleMinutes: parsed.data });
  return { ok: true };
}
