import { attachmentListSchema, type AttachmentRef } from '../../../shared/attachments/schema';
import {
  contentOutcome,
  contentProgress,
  type ContentProgress,
} from '../../../shared/content/contentFlow';
import {
  contentFieldsSchema,
  contentInputSchema,
  contentStepSchema,
  type ContentInput,
  type ContentStepInput,
} from '../../../shared/content/schema';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { Procedure } from '../../../shared/sop/schema';
import type { ContentItemRow, ContentStepRow } from '../../db/contentRows';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import { checkStepTurn, NO_ROLES_EVENTS, type RolesEventReporter } from '../delegations/public';
import { getSopAtRevision, readActiveProcedure } from '../sop/public';
import { ContentError } from './contentError';

/**
 * A website content item runs through the office's active procedure E, step by step, as a
 * service request runs through B: each step recorded by who the SOP names (or their
 * Plh./Plt.), timed in working minutes against its mutu baku, under the SOP revision the
 * item started on. The Editor may return the draft with notes: the Redaktur drafts again.
 */

const toTheMinute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000).toISOString();

/** Starts a content item on the active procedure E; returns its id. */
export async function startContent(
  ctx: WriteContext,
  input: ContentInput & { dimulaiPada?: string },
): Promise<string> {
  const active = await readActiveProcedure(ctx.db, 'E');
  if (!active) throw new ContentError('Kantor belum memiliki SOP dengan prosedur E.');
  const item = contentInputSchema.parse(input);
  const dimulaiPada = input.dimulaiPada ?? toTheMinute(ctx.now());
  if (new Date(dimulaiPada).getTime() > ctx.now().getTime() + 60_000) {
    throw new ContentError('Waktu mulai tidak boleh di masa depan.');
  }
  const fields = contentFieldsSchema.parse({
    ...item,
    tahun: new Date(dimulaiPada).getFullYear(),
    sopId: active.ref.sopId,
    sopRevision: active.ref.revision,
    dimulaiPada,
    status: 'berjalan',
    langkahTerakhir: 0,
    adaTerlambat: false,
    putaran: 1,
    urlPublikasi: null,
    dipublikasiPada: null,
  });
  return writeTogether(ctx, ['contentItems'], () => createRow(ctx, 'contentItems', fields));
}

/** Corrects what was typed when the item started (not its run through E). */
export async function editContent(
  ctx: WriteContext,
  id: string,
  input: ContentInput,
): Promise<void> {
  const item = contentInputSchema.parse(input);
  await writeTogether(ctx, ['contentItems'], async () => {
    const row = await ctx.db.contentItems.get(id);
    if (!row || row._deleted) throw new ContentError('Konten tidak ditemukan.');
    await putRow(ctx, 'contentItems', id, item);
  });
}

/**
 * The item's attachments as they are now: photos and documents collected or converted while
 * it runs through E. An archived item's files are kept as archived.
 */
export async function setContentAttachments(
  ctx: WriteContext,
  id: string,
  lampiran: readonly AttachmentRef[],
): Promise<void> {
  const parsed = attachmentListSchema.parse(lampiran);
  await writeTogether(ctx, ['contentItems'], async () => {
    const row = await ctx.db.contentItems.get(id);
    if (!row || row._deleted) throw new ContentError('Konten tidak ditemukan.');
    if (row.status === 'diarsipkan') {
      throw new ContentError('Konten sudah diarsipkan; lampirannya tidak diubah lagi.');
    }
    await putRow(ctx, 'contentItems', id, { lampiran: parsed });
  });
}

export async function listContent(db: MejaDatabase): Promise<ContentItemRow[]> {
  return sortOutRows('contentItems', await db.contentItems.toArray())
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => b.dimulaiPada.localeCompare(a.dimulaiPada));
}

/** The procedure E an item runs on: the SOP revision it started under. */
export async function contentProcedure(
  db: MejaDatabase,
  item: Pick<ContentItemRow, 'sopId' | 'sopRevision'>,
): Promise<Procedure | undefined> {
  const doc = await getSopAtRevision(db, { sopId: item.sopId, revision: item.sopRevision });
  return doc?.procedures.find((p) => p.key === 'E');
}

/** The steps recorded on an item, in the order they were done. */
export async function listContentSteps(
  db: MejaDatabase,
  contentId: string,
): Promise<ContentStepRow[]> {
  const rows = await db.contentSteps.where('contentId').equals(contentId).toArray();
  return sortOutRows('contentSteps', rows)
    .rows.filter((r) => !r._deleted)
    .sort(
      (a, b) =>
        a.putaran - b.putaran || a.selesaiPada.localeCompare(b.selesaiPada) || a.stepNo - b.stepNo,
    );
}

/** Where an item stands on its procedure E. */
export function progressOfItem(
  procedure: Procedure,
  item: ContentItemRow,
  steps: readonly ContentStepRow[],
): ContentProgress {
  return contentProgress(
    procedure,
    steps,
    item.status,
    item.dimulaiPada,
    item.perluPerhatianKhusus,
  );
}

const STEP_TABLES = ['contentItems', 'contentSteps', 'people', 'delegations', 'settings'] as const;

export type ContentStepEntry = Omit<ContentStepInput, 'putaran'>;

/**
 * Records the next step of an item. The Editor's check may return the draft ("kembalikan",
 * with notes); the decision may refuse (with a reason): the item is "Ditolak"; the publishing
 * step needs the URL and time: the item is "Terbit"; the archive ends it. Refused when the
 * signed-in person may not do the step.
 */
export async function recordContentStep(
  ctx: WriteContext,
  input: ContentStepEntry,
  hours: OfficeHours,
  report: RolesEventReporter = NO_ROLES_EVENTS,
): Promise<void> {
  await writeTogether(ctx, STEP_TABLES, async () => {
    const item = await ctx.db.contentItems.get(input.contentId);
    if (!item || item._deleted) throw new ContentError('Konten tidak ditemukan.');
    const procedure = await contentProcedure(ctx.db, item);
    if (!procedure) throw new ContentError('Prosedur E konten ini tidak ditemukan.');
    const steps = await listContentSteps(ctx.db, item.id);
    const progress = progressOfItem(procedure, item, steps);
    const record = contentStepSchema.parse({
      ...input,
      putaran: progress.putaran,
      personId: ctx.actor() ?? input.personId,
    });
    const { step, judged, atasNama } = await checkStepTurn(
      ctx,
      {
        procedure,
        progress,
        stepNo: record.stepNo,
        selesaiPada: record.selesaiPada,
        keputusan: record.keputusan === 'kembalikan' ? null : record.keputusan,
        receivedAt: item.dimulaiPada,
        hours,
        table: 'contentItems',
        recordId: item.id,
        report,
      },
      (message) => new ContentError(message),
    );
    const outcome = contentOutcome(procedure, step, record, item);
    if ('error' in outcome) throw new ContentError(outcome.error);
    await createRow(ctx, 'contentSteps', {
      ...record,
      menitKerja: Math.round(judged.actualMinutes),
      standarMenit: judged.standardMinutes,
      terlambat: judged.late,
      atasNama,
    });
    await putRow(ctx, 'contentItems', item.id, {
      ...outcome,
      langkahTerakhir: step.no,
      putaran: record.keputusan === 'kembalikan' ? progress.putaran + 1 : progress.putaran,
      adaTerlambat: item.adaTerlambat || judged.late,
    });
  });
}
