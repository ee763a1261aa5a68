import {
  hashPin,
  PIN_HASH_PARAMETERS,
  pinHashSchema,
  verifyPin,
  type DeriveKey,
} from '../../../shared/signin/pinPolicy';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';

/** No 0/O, 1/I/L, 5/S, 2/Z: read aloud or copied by hand without doubt. */
const ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';
const RECOVERY_ROW_ID = 'signin-recovery';

/** A fresh recovery code: four groups of five from the unambiguous alphabet. */
export function newRecoveryCode(random: (n: number) => Uint8Array): string {
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < 20) {
    for (const b of random(32)) {
      if (b < limit && chars.length < 20) chars.push(ALPHABET[b % ALPHABET.length] ?? '');
    }
  }
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

function normalise(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** Stores only the code's slow hash, in a synced settings row. */
export async function storeRecoveryCode(
  ctx: WriteContext,
  derive: DeriveKey,
  random: (n: number) => Uint8Array,
  code: string,
): Promise<void> {
  const hash = await hashPin(derive, normalise(code), random(PIN_HASH_PARAMETERS.saltBytes));
  await putRow(ctx, 'settings', RECOVERY_ROW_ID, { recovery: hash });
}

/** Whether the code matches the stored one; no stored code matches nothing. */
export async function checkRecoveryCode(
  db: MejaDatabase,
  derive: DeriveKey,
  code: string,
): Promise<boolean> {
  const row: Record<string, unknown> | undefined = await db.settings.get(RECOVERY_ROW_ID);
  const stored = pinHashSchema.safeParse(row?.recovery);
  return stored.success && verifyPin(derive, normalise(code), stored.data);
}
