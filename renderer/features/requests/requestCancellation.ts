import { cancellationSchema } from '../../../shared/requests/corrections';
import { putRow, type WriteContext } from '../../db/repository';
import type { RequestRow } from '../../db/rows';
import { isActiveAdministrator } from '../people/public';
import { RequestError } from './requestError';
import { CANCEL_VERBS, requestCorrectionRefusal } from './requestCorrections';

/**
 * Cancels a request registered by mistake (Dibatalkan). Only its `pembatalan` field is
 * written: the number stays on the row, so it stays used and is never given again, and the
 * audit trail keeps who, when and why. Allowed to the officer who received it or an
 * administrator; a closed request only to an administrator.
 */
export async function cancelRequest(
  ctx: WriteContext,
  request: RequestRow,
  alasan: string,
): Promise<void> {
  const actor = ctx.actor();
  if (!actor) throw new RequestError('Masuk terlebih dahulu untuk membatalkan permintaan.');
  if (request.pembatalan) throw new RequestError('Permintaan ini sudah dibatalkan.');
  const refusal = await requestCorrectionRefusal(ctx, request, CANCEL_VERBS);
  if (refusal) throw new RequestError(refusal);
  const pembatalan = cancellationSchema.parse({
    alasan,
    olehPersonId: actor,
    pada: ctx.now().toISOString(),
  });
  await putRow(ctx, 'requests', request.id, { pembatalan });
}

/** Undoes a cancellation ("Pulihkan permintaan"); administrators only, audited like any write. */
export async function restoreRequest(ctx: WriteContext, request: RequestRow): Promise<void> {
  if (!(await isActiveAdministrator(ctx.db, ctx.actor()))) {
    throw new RequestError('Hanya administrator yang dapat memulihkan permintaan.');
  }
  if (!request.pembatalan) throw new RequestError('Permintaan ini tidak dibatalkan.');
  await putRow(ctx, 'requests', request.id, { pembatalan: null });
}
