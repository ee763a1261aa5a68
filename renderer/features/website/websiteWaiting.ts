import { toIsoDate } from '../../../shared/format/date';
import { renewalsDue, type RenewalDue } from '../../../shared/website/renewals';
import { cycleProgress } from '../../../shared/website/cycle';
import type { MejaDatabase } from '../../db/database';
import { permissionFor, readStepAuthority } from '../delegations/public';
import { cycleProcedure, listCycles, listCycleSteps } from './websiteCycle';
import { listSites } from './websiteStore';

/** A step of procedure F waiting for a person: which month, which step, since when. */
export interface WebsiteWaitingItem {
  cycleId: string;
  bulan: string;
  stepNo: number;
  kegiatan: string;
  /** When the step's clock started (the previous step's end, or the cycle's start). */
  sejak: string;
  /** True when the person acts as Plh./Plt. of the official the step names. */
  sebagaiPlh: boolean;
}

/**
 * What waits in SOP F for a person: the next step of each month's cycle still running that
 * this person may record (holding the role, or as Plh./Plt. today). Reads, never writes.
 */
export async function websiteWaiting(
  db: MejaDatabase,
  personId: string | null,
  now: Date,
): Promise<WebsiteWaitingItem[]> {
  if (!personId) return [];
  const authority = await readStepAuthority(db);
  const waiting: WebsiteWaitingItem[] = [];
  for (const cycle of await listCycles(db)) {
    if (cycle.status !== 'berjalan') continue;
    const procedure = await cycleProcedure(db, cycle);
    if (!procedure) continue;
    const steps = await listCycleSteps(db, cycle.id);
    const progress = cycleProgress(procedure, steps, cycle.status, cycle.dimulaiPada);
    const step = progress.next;
    if (!step) continue;
    const permission = permissionFor(authority, procedure, step, personId, now);
    if (permission.kind === 'refused') continue;
    waiting.push({
      cycleId: cycle.id,
      bulan: cycle.bulan,
      stepNo: step.no,
      kegiatan: step.kegiatan,
      sejak: progress.nextStartedAt,
      sebagaiPlh: permission.kind === 'delegate',
    });
  }
  return waiting;
}

/** The office's contracts due for renewal (60, 30, 7 days or past) as of a day. */
export async function renewalsDueFor(
  db: MejaDatabase,
  today: Date | string,
): Promise<RenewalDue[]> {
  const day = typeof today === 'string' ? today : toIsoDate(today);
  const { rows } = await listSites(db);
  return renewalsDue(rows, day);
}
