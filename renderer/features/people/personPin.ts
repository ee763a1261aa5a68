import {
  hashPin,
  pinProblem,
  PIN_HASH_PARAMETERS,
  type DeriveKey,
} from '../../../shared/signin/pinPolicy';
import { putRow, type WriteContext } from '../../db/repository';

/** What a PIN operation answers: done, or why not in Indonesian. */
export type SigninResult = { ok: true } | { ok: false; error: string };

/** The device-local row counting a person's wrong PINs on this PC. */
export const pinFailuresKey = (personId: string): string => `signin.failures.${personId}`;

/** Stores a new PIN for the person (their own first PIN, or an administrator's reset). */
export async function setPin(
  ctx: WriteContext,
  derive: DeriveKey,
  random: (n: number) => Uint8Array,
  personId: string,
  pin: string,
): Promise<SigninResult> {
  const problem = pinProblem(pin);
  if (problem) return { ok: false, error: problem };
  const hash = await hashPin(derive, pin, random(PIN_HASH_PARAMETERS.saltBytes));
  await putRow(ctx, 'people', personId, { pin: hash });
  await ctx.db.local.delete(pinFailuresKey(personId));
  return { ok: true };
}
