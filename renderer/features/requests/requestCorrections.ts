import {
  correctionReasonSchema,
  correctionSchema,
  mayCorrectDecision,
  receivedTimeProblem,
  stepTimeProblem,
  type Correction,
} from '../../../shared/requests/corrections';
import type { Reception } from '../../../shared/requests/schema';
import { readStepRecords } from '../../../shared/requests/stepConflicts';
import { stepDrivenFields } from '../../../shared/requests/stepEffects';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { Procedure } from '../../../shared/sop/schema';
import { putRow, writeTogether, type WriteContext } from '../../db/repository';
import type { RequestRow, RequestStepRow } from '../../db/rows';
import { isActiveAdministrator } from '../people/public';
import { RequestError } from './requestError';
import { listSteps } from './requestStore';

/**
 * Corrections of a registered request: its reception data (requester, unit, category,
 * description, device, received time) and a recorded step's time and notes. Each is an
 * ordinary write through the write path, with the reason in the same write (`koreksi`), so the
 * request's history shows who, when, what was there before and why; nothing is deleted.
 */

/** The words of a refusal, for a cancellation or a correction. */
interface Verbs {
  /** "dibatalkan" / "diubah" */
  passive: string;
  /** "membatalkannya" / "mengubahnya" */
  active: string;
}
export const CANCEL_VERBS: Verbs = { passive: 'dibatalkan', active: 'membatalkannya' };
export const CORRECT_VERBS: Verbs = { passive: 'diubah', active: 'mengubah datanya' };

/**
 * Why the signed-in person may not cancel or correct this request, or null: an administrator
 * may always; else only the officer who received it, and only while it is open.
 */
export async function requestCorrectionRefusal(
  ctx: WriteContext,
  request: RequestRow,
  verbs: Verbs,
): Promise<string | null> {
  const actor = ctx.actor();
  if (!actor) return 'Masuk terlebih dahulu.';
  if (await isActiveAdministrator(ctx.db, actor)) return null;
  if (request.status !== 'berjalan') {
    return `Permintaan yang sudah ditutup hanya dapat ${verbs.passive} administrator.`;
  }
  const reception = (await listSteps(ctx.db, request.id)).find((s) => s.stepNo === 1);
  if (reception?.personId !== actor) {
    return `Hanya petugas yang menerima permintaan ini atau administrator yang dapat ${verbs.active}.`;
  }
  return null;
}

/** The reason and who gives it, as the corrected row keeps it. */
function correctionBy(ctx: WriteContext, alasan: string): Correction {
  const reason = correctionReasonSchema.safeParse(alasan);
  if (!reason.success) throw new RequestError(reason.error.issues[0]?.message ?? 'Isi alasan.');
  return correctionSchema.parse({
    alasan: reason.data,
    olehPersonId: ctx.actor(),
    pada: ctx.now().toISOString(),
  });
}

const RECEPTION_FIELDS = [
  'pemohon',
  'diterimaPada',
  'saluran',
  'kategori',
  'aplikasi',
  'perangkat',
  'deviceId',
  'uraian',
  'urgensiPemohon',
  'surat',
] as const satisfies readonly (keyof Reception & keyof RequestRow)[];

/** Equal as stored; a field absent on an older row equals null. */
const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields of `next` that differ from `row`. */
function changedOf<R extends object, K extends keyof R>(
  row: R,
  next: Pick<R, K>,
  keys: readonly K[],
): Partial<R> {
  const out: Partial<R> = {};
  for (const key of keys) if (!same(row[key], next[key])) out[key] = next[key];
  return out;
}

/** The request's step-driven fields (progress, lateness) read again after a time changed. */
function drivenChanges(
  request: RequestRow,
  procedure: Procedure,
  steps: readonly RequestStepRow[],
  hours: OfficeHours,
): Partial<RequestRow> {
  const driven = stepDrivenFields(procedure, steps, request, hours);
  return changedOf(request, driven, [
    'langkahTerakhir',
    'langkahMulai',
    'adaTerlambat',
    'status',
    'selesaiPada',
  ]);
}

async function openRequest(ctx: WriteContext, requestId: string): Promise<RequestRow> {
  const request = await ctx.db.requests.get(requestId);
  if (!request || request._deleted) throw new RequestError('Permintaan tidak ditemukan.');
  if (request.pembatalan) {
    throw new RequestError('Permintaan yang dibatalkan tidak dapat diubah; pulihkan dahulu.');
  }
  return request;
}

/**
 * "Ubah data permintaan": writes the reception fields that changed, with the reason. The
 * register number stays as printed. A received time moves the reception step with it and
 * must stay before the next recorded step; lateness is judged again from the new time.
 */
export async function correctRequest(
  ctx: WriteContext,
  requestId: string,
  reception: Reception,
  alasan: string,
  procedure: Procedure,
  hours: OfficeHours,
): Promise<void> {
  await writeTogether(ctx, ['requests', 'requestSteps', 'people'], async () => {
    const request = await openRequest(ctx, requestId);
    const refusal = await requestCorrectionRefusal(ctx, request, CORRECT_VERBS);
    if (refusal) throw new RequestError(refusal);
    const koreksi = correctionBy(ctx, alasan);
    const changes = changedOf(request, reception, RECEPTION_FIELDS);
    if (Object.keys(changes).length === 0) throw new RequestError('Tidak ada data yang berubah.');
    const steps = await listSteps(ctx.db, requestId);
    const first = procedure.steps[0]?.no;
    if (changes.diterimaPada !== undefined) {
      const later = readStepRecords(steps).effective.filter((s) => s.stepNo !== first);
      const problem = receivedTimeProblem(
        changes.diterimaPada,
        later.map((s) => s.selesaiPada),
      );
      if (problem) throw new RequestError(problem);
      // The reception step is the moment of reception: it moves with it.
      for (const s of steps.filter((r) => r.stepNo === first)) {
        await putRow(ctx, 'requestSteps', s.id, { selesaiPada: changes.diterimaPada, koreksi });
      }
    }
    const corrected = { ...request, ...changes };
    const driven = drivenChanges(corrected, procedure, await listSteps(ctx.db, requestId), hours);
    await putRow(ctx, 'requests', requestId, { ...changes, ...driven, koreksi });
  });
}

/** What "Koreksi langkah" may change on a recorded step. */
export interface StepCorrection {
  selesaiPada: string;
  catatan: string;
  output: string;
  tindakan: string;
  sukuCadang: string;
  hasil: string;
  /** Only on the last recorded step (mayCorrectDecision); else kept as it was. */
  keputusan: 'lanjut' | 'tolak' | null;
  alasanTolak: string;
}

const STEP_FIELDS = [
  'selesaiPada',
  'catatan',
  'output',
  'tindakan',
  'sukuCadang',
  'hasil',
  'keputusan',
  'alasanTolak',
] as const satisfies readonly (keyof StepCorrection)[];

/**
 * "Koreksi langkah": a recorded step's time (between the previous and the next step) and its
 * notes, with the reason; its decision only on the last recorded step, so a correction never
 * changes which steps are done. By the officer who recorded it or an administrator.
 */
export async function correctStep(
  ctx: WriteContext,
  requestId: string,
  stepId: string,
  input: StepCorrection,
  alasan: string,
  procedure: Procedure,
  hours: OfficeHours,
): Promise<void> {
  await writeTogether(ctx, ['requests', 'requestSteps', 'people'], async () => {
    const request = await openRequest(ctx, requestId);
    const steps = await listSteps(ctx.db, requestId);
    const record = steps.find((s) => s.id === stepId);
    if (!record) throw new RequestError('Catatan langkah itu tidak ditemukan; muat ulang halaman.');
    const actor = ctx.actor();
    if (!actor) throw new RequestError('Masuk terlebih dahulu.');
    if (record.personId !== actor && !(await isActiveAdministrator(ctx.db, actor))) {
      throw new RequestError(
        'Hanya petugas yang mencatat langkah ini atau administrator yang dapat mengoreksinya.',
      );
    }
    const koreksi = correctionBy(ctx, alasan);
    const effective = readStepRecords(steps).effective;
    const changes = changedOf(record, input, STEP_FIELDS);
    if (Object.keys(changes).length === 0) throw new RequestError('Tidak ada data yang berubah.');
    if (changes.selesaiPada !== undefined) {
      const problem = stepTimeProblem(
        record.stepNo,
        changes.selesaiPada,
        request.diterimaPada,
        effective.filter((s) => s.id !== record.id),
      );
      if (problem) throw new RequestError(problem);
    }
    if (
      (changes.keputusan !== undefined || changes.alasanTolak !== undefined) &&
      !mayCorrectDecision(record.stepNo, effective)
    ) {
      throw new RequestError('Keputusan hanya dapat dikoreksi pada langkah terakhir yang dicatat.');
    }
    const decided = { ...record, ...changes };
    if (decided.keputusan === 'tolak' && !decided.alasanTolak.trim()) {
      throw new RequestError('Tuliskan alasan penolakan.');
    }
    const step = procedure.steps.find((s) => s.no === record.stepNo);
    if (decided.keputusan === 'tolak' && step?.kind !== 'decision') {
      throw new RequestError('Hanya langkah keputusan yang dapat menolak.');
    }
    await putRow(ctx, 'requestSteps', record.id, { ...changes, koreksi });
    const driven = drivenChanges(request, procedure, await listSteps(ctx.db, requestId), hours);
    if (Object.keys(driven).length > 0) await putRow(ctx, 'requests', requestId, driven);
  });
}
