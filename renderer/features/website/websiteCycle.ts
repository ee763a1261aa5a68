import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { Procedure, SopDocument } from '../../../shared/sop/schema';
import {
  cycleFieldsSchema,
  cycleProgress,
  cycleStatusAfter,
  cycleStepSchema,
  monthSchema,
  websiteStepRole,
  type CycleStepInput,
} from '../../../shared/website/cycle';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import type { WebsiteMaintenanceRow, WebsiteMaintenanceStepRow } from '../../db/websiteRows';
import { checkStepTurn, NO_ROLES_EVENTS, type RolesEventReporter } from '../delegations/public';
import { getSopAtRevision, readActiveProcedure } from '../sop/public';
import { inSpan, monthSpan } from './monthSpan';
import { WebsiteError } from './websiteError';

/**
 * The month's Pemeliharaan Website runs through the office's active procedure F, step by
 * step: each step recorded by who the SOP names (or their Plh./Plt.), timed in working minutes
 * against its mutu baku, under the SOP revision the cycle started on.
 */

const toTheMinute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000).toISOString();

/** Starts a month's cycle on the active procedure F; returns its id. */
export async function startCycle(
  ctx: WriteContext,
  input: { bulan: string; dimulaiPada?: string },
): Promise<string> {
  const bulan = monthSchema.parse(input.bulan);
  const active = await readActiveProcedure(ctx.db, 'F');
  if (!active) throw new WebsiteError('Kantor belum memiliki SOP dengan prosedur F.');
  const fields = cycleFieldsSchema.parse({
    bulan,
    sopId: active.ref.sopId,
    sopRevision: active.ref.revision,
    dimulaiPada: input.dimulaiPada ?? toTheMinute(ctx.now()),
    status: 'berjalan',
    langkahTerakhir: 0,
    adaTerlambat: false,
    situasi: '',
  });
  if (Date.parse(fields.dimulaiPada) > ctx.now().getTime() + 60_000) {
    throw new WebsiteError('Waktu mulai tidak boleh di masa depan.');
  }
  return writeTogether(ctx, ['websiteMaintenance'], async () => {
    const same = await ctx.db.websiteMaintenance.where('bulan').equals(bulan).toArray();
    if (same.some((c) => !c._deleted)) {
      throw new WebsiteError(`Pemeliharaan website bulan ${bulan} sudah dimulai.`);
    }
    return createRow(ctx, 'websiteMaintenance', fields);
  });
}

export async function listCycles(db: MejaDatabase): Promise<WebsiteMaintenanceRow[]> {
  return sortOutRows('websiteMaintenance', await db.websiteMaintenance.toArray())
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => b.bulan.localeCompare(a.bulan));
}

export async function cycleOfMonth(
  db: MejaDatabase,
  bulan: string,
): Promise<WebsiteMaintenanceRow | undefined> {
  const rows = await db.websiteMaintenance.where('bulan').equals(bulan).toArray();
  return sortOutRows('websiteMaintenance', rows).rows.find((r) => !r._deleted);
}

/** The SOP a cycle runs on, at the revision it started under. */
export function cycleSop(
  db: MejaDatabase,
  cycle: Pick<WebsiteMaintenanceRow, 'sopId' | 'sopRevision'>,
): Promise<SopDocument | undefined> {
  return getSopAtRevision(db, { sopId: cycle.sopId, revision: cycle.sopRevision });
}

/** The procedure F a cycle runs on: the SOP revision it started under. */
export async function cycleProcedure(
  db: MejaDatabase,
  cycle: Pick<WebsiteMaintenanceRow, 'sopId' | 'sopRevision'>,
): Promise<Procedure | undefined> {
  return (await cycleSop(db, cycle))?.procedures.find((p) => p.key === 'F');
}

export async function listCycleSteps(
  db: MejaDatabase,
  cycleId: string,
): Promise<WebsiteMaintenanceStepRow[]> {
  const rows = await db.websiteMaintenanceSteps.where('cycleId').equals(cycleId).toArray();
  return sortOutRows('websiteMaintenanceSteps', rows)
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => a.stepNo - b.stepNo);
}

/** Saves the report's "situasi dan kondisi" text of a month's cycle. */
export async function saveSituasi(ctx: WriteContext, cycleId: string, situasi: string) {
  const fields = cycleFieldsSchema.shape.situasi.parse(situasi);
  const cycle = await ctx.db.websiteMaintenance.get(cycleId);
  if (!cycle || cycle._deleted) throw new WebsiteError('Siklus pemeliharaan tidak ditemukan.');
  await putRow(ctx, 'websiteMaintenance', cycleId, { situasi: fields });
}

const STEP_TABLES = [
  'websiteMaintenance',
  'websiteMaintenanceSteps',
  'websiteChecks',
  'people',
  'delegations',
  'settings',
] as const;

/**
 * Records the next step of a month's cycle. The monitoring step needs at least one
 * availability check of the month; a refusal at the decision step stops the cycle; the last
 * step closes it. Refused when the signed-in person may not do the step.
 */
export async function recordCycleStep(
  ctx: WriteContext,
  input: CycleStepInput,
  hours: OfficeHours,
  report: RolesEventReporter = NO_ROLES_EVENTS,
): Promise<void> {
  const record = cycleStepSchema.parse({ ...input, personId: ctx.actor() ?? input.personId });
  await writeTogether(ctx, STEP_TABLES, async () => {
    const cycle = await ctx.db.websiteMaintenance.get(record.cycleId);
    if (!cycle || cycle._deleted) throw new WebsiteError('Siklus pemeliharaan tidak ditemukan.');
    const procedure = await cycleProcedure(ctx.db, cycle);
    if (!procedure) throw new WebsiteError('Prosedur F siklus ini tidak ditemukan.');
    const steps = await listCycleSteps(ctx.db, cycle.id);
    const progress = cycleProgress(procedure, steps, cycle.status, cycle.dimulaiPada);
    const { step, judged, atasNama } = await checkStepTurn(
      ctx,
      {
        procedure,
        progress,
        stepNo: record.stepNo,
        selesaiPada: record.selesaiPada,
        keputusan: record.keputusan,
        receivedAt: cycle.dimulaiPada,
        hours,
        table: 'websiteMaintenance',
        recordId: cycle.id,
        report,
      },
      (message) => new WebsiteError(message),
    );
    const role = websiteStepRole(step, procedure.steps.indexOf(step));
    if (role === 'pemantauan') {
      const span = monthSpan(cycle.bulan);
      const checks = await ctx.db.websiteChecks.toArray();
      if (!checks.some((c) => !c._deleted && inSpan(c.waktu, span))) {
        throw new WebsiteError(
          'Belum ada pemeriksaan ketersediaan bulan ini. Periksa situs atau catat pemeriksaan manual dahulu.',
        );
      }
    }
    await createRow(ctx, 'websiteMaintenanceSteps', {
      ...record,
      menitKerja: Math.round(judged.actualMinutes),
      standarMenit: judged.standardMinutes,
      terlambat: judged.late,
      atasNama,
    });
    await putRow(ctx, 'websiteMaintenance', cycle.id, {
      status: cycleStatusAfter(procedure, step, record.keputusan),
      langkahTerakhir: step.no,
      adaTerlambat: cycle.adaTerlambat || judged.late,
    });
  });
}
