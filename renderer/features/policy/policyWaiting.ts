import { programProgress } from '../../../shared/policy/programFlow';
import type { MejaDatabase } from '../../db/database';
import { permissionFor, readStepAuthority } from '../delegations/public';
import { listPolicySteps, listPrograms, programProcedure } from './programSteps';

/** A step of procedure A waiting for a person: which programme, which step, since when. */
export interface PolicyWaitingItem {
  programId: string;
  tahun: number;
  judul: string;
  stepNo: number;
  kegiatan: string;
  /** When the step's clock started (the previous step's end, or the programme's start). */
  sejak: string;
  /** True when the person acts as Plh./Plt. of the official the step names. */
  sebagaiPlh: boolean;
}

/**
 * What waits in SOP A for the signed-in person: the next step of each programme still
 * running that this person may record (holding the role, or as Plh./Plt. today). Other
 * screens (Beranda) call this; it reads, never writes.
 */
export async function policyWaitingFor(
  db: MejaDatabase,
  userId: string | null,
  now: Date,
): Promise<PolicyWaitingItem[]> {
  if (!userId) return [];
  const authority = await readStepAuthority(db);
  const waiting: PolicyWaitingItem[] = [];
  for (const program of await listPrograms(db)) {
    if (program.status === 'ditolak') continue;
    const procedure = await programProcedure(db, program);
    if (!procedure) continue;
    const steps = await listPolicySteps(db, program.id);
    const progress = programProgress(procedure, steps, program.status, program.dimulaiPada);
    const step = progress.next;
    if (!step) continue;
    const permission = permissionFor(authority, procedure, step, userId, now);
    if (permission.kind === 'refused') continue;
    waiting.push({
      programId: program.id,
      tahun: program.tahun,
      judul: program.judul,
      stepNo: step.no,
      kegiatan: step.kegiatan,
      sejak: progress.nextStartedAt,
      sebagaiPlh: permission.kind === 'delegate',
    });
  }
  return waiting;
}
