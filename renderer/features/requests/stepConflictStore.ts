import { readStepRecords, settleStep } from '../../../shared/requests/stepConflicts';
import { stepDrivenFields } from '../../../shared/requests/stepEffects';
import type { Procedure } from '../../../shared/sop/schema';
import { putRow, restampRow, writeTogether, type WriteContext } from '../../db/repository';
import type { RequestSettings } from './requestSettings';
import { listSteps } from './requestStore';
import { RequestError } from './requestError';

/**
 * Settles a step recorded twice by keeping `keepId` ("Pakai catatan ini"): every record of
 * the step gets the same settlement (the others stay as history, set aside), and the
 * request's step-driven fields (disposition, priority, status, progress) are read again from
 * the records that count, so every PC ends with the kept record's values. All through the
 * write path, in one transaction, so the settlement syncs like any edit.
 */
export async function keepStepRecord(
  ctx: WriteContext,
  requestId: string,
  procedure: Procedure,
  keepId: string,
  settings: Pick<RequestSettings, 'officeHours'>,
): Promise<void> {
  await writeTogether(ctx, ['requests', 'requestSteps'], async () => {
    const request = await ctx.db.requests.get(requestId);
    if (!request || request._deleted) throw new RequestError('Permintaan tidak ditemukan.');
    const records = await listSteps(ctx.db, requestId);
    const kept = records.find((r) => r.id === keepId);
    if (!kept) throw new RequestError('Catatan langkah itu tidak ditemukan; muat ulang halaman.');
    const conflict = readStepRecords(records).conflicts.find((c) => c.stepNo === kept.stepNo);
    if (!conflict?.records.includes(kept)) {
      throw new RequestError(
        'Langkah ini sudah diselesaikan di komputer lain; muat ulang halaman.',
      );
    }
    const group = records.filter((r) => r.stepNo === kept.stepNo);
    const settlement = settleStep(group, keepId, ctx.now().toISOString(), ctx.actor());
    for (const r of group) await putRow(ctx, 'requestSteps', r.id, { penyelesaian: settlement });
    const after = await listSteps(ctx.db, requestId);
    // Restamped whole: against a different settlement made at once on another PC, the
    // request then carries the values of the settlement that wins on the records.
    await restampRow(
      ctx,
      'requests',
      requestId,
      stepDrivenFields(procedure, after, request, settings.officeHours),
    );
  });
}
