import type { Procedure } from '../sop/schema';
import { type Cancellation, isCancelled } from './corrections';
import { isOpenStepLate } from './lateness';
import type { RequestStatus } from './schema';
import type { OfficeHours } from './workingTime';

/** The request fields lateness is read from. */
export interface LatenessFields {
  status: RequestStatus;
  /** A recorded step was finished past its standard. */
  adaTerlambat: boolean;
  langkahTerakhir: number;
  /** When the next step's clock started (the last step's finish, or the reception). */
  langkahMulai: string;
  diterimaPada: string;
  /** Set when the request was cancelled: it is then neither open nor late. */
  pembatalan?: Cancellation | null;
}

/**
 * Whether a request is late as of `now`: one of its recorded steps was late, or it is still
 * open and its next step is already past its standard. The register, the home screen and
 * the statistics all use this one definition. A cancelled request is never late.
 */
export function isRequestLate(
  request: LatenessFields,
  procedure: Pick<Procedure, 'steps'> | undefined,
  hours: OfficeHours,
  now: Date,
): boolean {
  if (isCancelled(request)) return false;
  return request.adaTerlambat || isNextStepLate(request, procedure, hours, now);
}

/** Whether an open request's next step is already past its standard at `now`. */
export function isNextStepLate(
  request: LatenessFields,
  procedure: Pick<Procedure, 'steps'> | undefined,
  hours: OfficeHours,
  now: Date,
): boolean {
  if (request.status !== 'berjalan' || isCancelled(request) || !procedure) return false;
  const next = procedure.steps.find((s) => s.no === request.langkahTerakhir + 1);
  if (!next) return false;
  return isOpenStepLate({
    mutuBaku: next.mutuBaku,
    startedAt: new Date(request.langkahMulai),
    receivedAt: new Date(request.diterimaPada),
    hours,
    now,
  });
}

/**
 * Why a request counts as late, for the Ket. of the papers: the step it waits at is past its
 * standard, or a step was recorded past its standard. Null when it is not late.
 */
export function lateNote(
  request: Pick<LatenessFields, 'status' | 'adaTerlambat' | 'langkahTerakhir'>,
  late: boolean,
): string | null {
  if (!late) return null;
  if (request.adaTerlambat) return 'ada langkah yang dicatat melewati waktu standar';
  if (request.status === 'berjalan') {
    return `langkah ${request.langkahTerakhir + 1} belum dicatat, melewati waktu standar`;
  }
  return 'melewati waktu standar';
}
