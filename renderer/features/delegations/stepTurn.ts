import { judgeStep, type StepJudgement } from '../../../shared/requests/lateness';
import type { Progress } from '../../../shared/requests/workflow';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { AtasNama } from '../../../shared/office/stepActors';
import type { Procedure, Step } from '../../../shared/sop/schema';
import type { WriteContext } from '../../db/repository';
import { reportRolesEvent, type RolesEventReporter } from './delegationEvents';
import { atasNamaOf, permissionFor, readStepAuthority } from './stepAuthority';

/**
 * Recording a step of any SOP procedure (B's requests, A's programme, E's content, F's
 * upkeep) asks the same questions, checked in the store and not only on screen, so a stale
 * screen or a revoked delegation cannot slip through: is it this step's turn, is its time
 * after the previous step and not in the future, may it refuse, may the signed-in person
 * (or their Plh./Plt.) do it; and how long did it take against its mutu baku.
 */
export interface StepTurnInput {
  procedure: Procedure;
  /** Where the record stands on the procedure (progressOf or a variant of it). */
  progress: Progress;
  stepNo: number;
  selesaiPada: string;
  keputusan: 'lanjut' | 'tolak' | null | undefined;
  /** When the record's clock started (reception, start of drafting...). */
  receivedAt: string;
  hours: OfficeHours;
  /** The record refused steps are reported against, for the audit trail. */
  table: string;
  recordId: string;
  report: RolesEventReporter;
}

export interface StepTurn {
  step: Step;
  judged: StepJudgement;
  /** On whose behalf a delegate recorded it, or null. */
  atasNama: AtasNama | null;
}

/** A minute of slack for a clock a little ahead of this PC's. */
const FUTURE_SLACK_MS = 60_000;

/** Checks a step may be recorded now; `fail` makes the feature's own error from a message. */
export async function checkStepTurn(
  ctx: WriteContext,
  input: StepTurnInput,
  fail: (message: string) => Error,
): Promise<StepTurn> {
  const { procedure, progress } = input;
  const step = progress.next;
  if (!step || step.no !== input.stepNo) {
    throw fail('Langkah ini sudah dicatat atau belum gilirannya; muat ulang halaman.');
  }
  const finishedAt = new Date(input.selesaiPada);
  if (finishedAt < new Date(progress.nextStartedAt)) {
    throw fail('Waktu selesai tidak boleh sebelum langkah sebelumnya selesai.');
  }
  if (finishedAt.getTime() > ctx.now().getTime() + FUTURE_SLACK_MS) {
    throw fail('Waktu selesai tidak boleh di masa depan.');
  }
  if (input.keputusan === 'tolak' && step.kind !== 'decision') {
    throw fail('Hanya langkah keputusan yang dapat menolak.');
  }
  const authority = await readStepAuthority(ctx.db);
  const permission = permissionFor(authority, procedure, step, ctx.actor(), finishedAt);
  if (permission.kind === 'refused') {
    reportRolesEvent(input.report, {
      kind: 'langkah.ditolak',
      table: input.table,
      recordId: input.recordId,
      detail: { langkah: step.no, personId: ctx.actor(), alasan: permission.message },
    });
    throw fail(permission.message);
  }
  const judged = judgeStep({
    mutuBaku: step.mutuBaku,
    startedAt: new Date(progress.nextStartedAt),
    finishedAt,
    receivedAt: new Date(input.receivedAt),
    hours: input.hours,
  });
  return { step, judged, atasNama: atasNamaOf(permission) };
}
