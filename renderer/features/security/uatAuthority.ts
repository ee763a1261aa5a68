import { fromIsoDate } from '../../../shared/format/date';
import type { AtasNama, StepActorRole } from '../../../shared/office/stepActors';
import type { WriteContext } from '../../db/repository';
import {
  atasNamaOf,
  permissionForRoles,
  readStepAuthority,
  reportRolesEvent,
  type RolesEventReporter,
} from '../delegations/public';

/** Who gives a UAT's decisions (SOP D): the Kasubag's consideration, leadership's approval. */
export const UAT_DECIDERS: Record<'pertimbangan' | 'persetujuan', StepActorRole[]> = {
  pertimbangan: [{ label: 'Kasubag PTIP', role: 'kasubag' }],
  persetujuan: [
    { label: 'Sekretaris', role: 'sekretaris' },
    { label: 'Wakil Ketua', role: 'wakilKetua' },
    { label: 'Ketua', role: 'ketua' },
  ],
};

/**
 * The signed-in person may give the decision (holding the role, or as a Plh./Plt. of one
 * who does on its date): returns who and on whose behalf; otherwise the refusal is
 * reported and thrown with who it waits for.
 */
export async function uatDecider(
  ctx: WriteContext,
  kind: 'pertimbangan' | 'persetujuan',
  uatId: string,
  tanggal: string,
  report: RolesEventReporter,
  refuse: (message: string) => Error,
): Promise<{ personId: string; atasNama: AtasNama | null }> {
  const authority = await readStepAuthority(ctx.db);
  const when = fromIsoDate(tanggal) ?? ctx.now();
  const permission = permissionForRoles(authority, UAT_DECIDERS[kind], ctx.actor(), when);
  if (permission.kind === 'refused') {
    reportRolesEvent(report, {
      kind: 'langkah.ditolak',
      table: 'uatRecords',
      recordId: uatId,
      detail: { keputusan: kind, personId: ctx.actor(), alasan: permission.message },
    });
    throw refuse(permission.message);
  }
  return { personId: permission.person.id, atasNama: atasNamaOf(permission) };
}
