import type { OfficeHours } from '../../../shared/requests/workingTime';
import { outcomeOf, policyStepRole, programProgress } from '../../../shared/policy/programFlow';
import {
  policyStepSchema,
  programFieldsSchema,
  regulasiSchema,
  type PolicyStepInput,
  type RegulasiInput,
} from '../../../shared/policy/schema';
import type { Procedure } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import type { PolicyProgramRow, PolicyStepRow } from '../../db/policyRows';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import { checkStepTurn, NO_ROLES_EVENTS, type RolesEventReporter } from '../delegations/public';
import { getSopAtRevision, readActiveProcedure } from '../sop/public';
import { PolicyError } from './policyError';

/**
 * The year's Rencana Program TI runs through the office's active procedure A, step by step,
 * as a service request runs through B: each step recorded by who the SOP names (or their
 * Plh./Plt.), timed in working minutes against its mutu baku, under the SOP revision the
 * programme started on.
 */

const toTheMinute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000).toISOString();

/**
 * Starts a year's programme on the active procedure A; returns its id. `dimulaiPada` is when
 * the drafting began (step 1's clock), now unless the work started on paper earlier.
 */
export async function startProgram(
  ctx: WriteContext,
  input: { tahun: number; judul: string; dimulaiPada?: string },
): Promise<string> {
  const active = await readActiveProcedure(ctx.db, 'A');
  if (!active) throw new PolicyError('Kantor belum memiliki SOP dengan prosedur A.');
  const fields = programFieldsSchema.parse({
    ...input,
    sopId: active.ref.sopId,
    sopRevision: active.ref.revision,
    // To the minute, as the step forms take their times: a step recorded in the same minute
    // as the start is not "before" it.
    dimulaiPada: input.dimulaiPada ?? toTheMinute(ctx.now()),
    status: 'disusun',
    langkahTerakhir: 0,
    adaTerlambat: false,
    ditetapkanPada: null,
  });
  if (new Date(fields.dimulaiPada).getTime() > ctx.now().getTime() + 60_000) {
    throw new PolicyError('Waktu mulai tidak boleh di masa depan.');
  }
  return writeTogether(ctx, ['policyPrograms'], async () => {
    const same = await ctx.db.policyPrograms.where('tahun').equals(fields.tahun).toArray();
    if (same.some((p) => !p._deleted && p.status !== 'ditolak')) {
      throw new PolicyError(`Rencana Program TI tahun ${fields.tahun} sudah ada.`);
    }
    return createRow(ctx, 'policyPrograms', fields);
  });
}

export async function listPrograms(db: MejaDatabase): Promise<PolicyProgramRow[]> {
  return sortOutRows('policyPrograms', await db.policyPrograms.toArray())
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => b.tahun - a.tahun || b.dimulaiPada.localeCompare(a.dimulaiPada));
}

/** The procedure A a programme runs on: the SOP revision it started under. */
export async function programProcedure(
  db: MejaDatabase,
  program: Pick<PolicyProgramRow, 'sopId' | 'sopRevision'>,
): Promise<Procedure | undefined> {
  const doc = await getSopAtRevision(db, { sopId: program.sopId, revision: program.sopRevision });
  return doc?.procedures.find((p) => p.key === 'A');
}

export async function listPolicySteps(
  db: MejaDatabase,
  programId: string,
): Promise<PolicyStepRow[]> {
  const rows = await db.policySteps.where('programId').equals(programId).toArray();
  return sortOutRows('policySteps', rows)
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => a.stepNo - b.stepNo);
}

const STEP_TABLES = [
  'policyPrograms',
  'policySteps',
  'regulations',
  'people',
  'delegations',
  'settings',
] as const;

/**
 * Records the next step of a programme. The adopting step makes it "Ditetapkan" (or
 * "Ditolak" with a reason); the regulation step writes the regulations gathered into the
 * register. Refused when the signed-in person may not do the step.
 */
export async function recordPolicyStep(
  ctx: WriteContext,
  input: PolicyStepInput,
  hours: OfficeHours,
  regulasi: readonly RegulasiInput[] = [],
  report: RolesEventReporter = NO_ROLES_EVENTS,
): Promise<void> {
  const record = policyStepSchema.parse({ ...input, personId: ctx.actor() ?? input.personId });
  const parsedRegulasi = regulasi.map((r) => regulasiSchema.parse(r));
  await writeTogether(ctx, STEP_TABLES, async () => {
    const program = await ctx.db.policyPrograms.get(record.programId);
    if (!program || program._deleted) throw new PolicyError('Rencana program tidak ditemukan.');
    const procedure = await programProcedure(ctx.db, program);
    if (!procedure) throw new PolicyError('Prosedur A rencana program ini tidak ditemukan.');
    const steps = await listPolicySteps(ctx.db, program.id);
    const progress = programProgress(procedure, steps, program.status, program.dimulaiPada);
    const { step, judged, atasNama } = await checkStepTurn(
      ctx,
      {
        procedure,
        progress,
        stepNo: record.stepNo,
        selesaiPada: record.selesaiPada,
        keputusan: record.keputusan,
        receivedAt: program.dimulaiPada,
        hours,
        table: 'policyPrograms',
        recordId: program.id,
        report,
      },
      (message) => new PolicyError(message),
    );
    const role = policyStepRole(procedure, step);
    if (parsedRegulasi.length > 0 && role !== 'regulasi') {
      throw new PolicyError('Peraturan dicatat pada langkah menghimpun regulasi.');
    }
    const regulasiIds: string[] = [];
    for (const r of parsedRegulasi) regulasiIds.push(await createRow(ctx, 'regulations', r));
    await createRow(ctx, 'policySteps', {
      ...record,
      // Whole minutes, as the row schema keeps them (a time typed to the minute, a clock to the ms).
      menitKerja: Math.round(judged.actualMinutes),
      standarMenit: judged.standardMinutes,
      terlambat: judged.late,
      atasNama,
      regulasiIds,
    });
    const outcome = outcomeOf(procedure, step, record.keputusan, record.selesaiPada, program);
    await putRow(ctx, 'policyPrograms', program.id, {
      ...outcome,
      langkahTerakhir: step.no,
      adaTerlambat: program.adaTerlambat || judged.late,
    });
  });
}
