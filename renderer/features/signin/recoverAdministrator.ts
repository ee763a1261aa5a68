import type { WriteContext } from '../../db/repository';
import { isActiveAdministrator, setPin } from '../people/public';
import { checkRecoveryCode, newRecoveryCode, storeRecoveryCode } from './recoveryCode';
import { reportSigninEvent } from './signinEvents';
import type { SigninDeps } from './signinStore';

export type RecoveryResult = { ok: true; newCode: string } | { ok: false; error: string };

/**
 * "Lupa PIN?" of an administrator: the office's recovery code sets a new PIN; the used code is
 * replaced by a new one, returned to be shown once. The writes are the administrator's own.
 */
export async function recoverAdministrator(
  ctx: WriteContext,
  deps: Pick<SigninDeps, 'derive' | 'report'>,
  random: (n: number) => Uint8Array,
  input: { personId: string; code: string; newPin: string },
): Promise<RecoveryResult> {
  if (!(await isActiveAdministrator(ctx.db, input.personId))) {
    return { ok: false, error: 'Pemulihan dengan kode hanya untuk administrator aktif.' };
  }
  if (!(await checkRecoveryCode(ctx.db, deps.derive, input.code))) {
    await reportSigninEvent(deps.report, {
      kind: 'recovery',
      personId: input.personId,
      detail: { berhasil: false },
    });
    return { ok: false, error: 'Kode pemulihan salah.' };
  }
  const own: WriteContext = { ...ctx, actor: () => input.personId };
  const set = await setPin(own, deps.derive, random, input.personId, input.newPin);
  if (!set.ok) return set;
  const newCode = newRecoveryCode(random);
  await storeRecoveryCode(own, deps.derive, random, newCode);
  await reportSigninEvent(deps.report, {
    kind: 'recovery',
    personId: input.personId,
    detail: { berhasil: true },
  });
  return { ok: true, newCode };
}
