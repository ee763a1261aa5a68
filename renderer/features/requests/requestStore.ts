import Dexie from 'dexie';
import { formatRegisterNumber } from '../../../shared/requests/numbering';
import { priorityOf } from '../../../shared/requests/priority';
import {
  closureSchema,
  dispositionSchema,
  receptionSchema,
  stepRecordSchema,
  type Closure,
  type Disposition,
  type Level,
  type ReceptionInput,
  type StepRecordInput,
} from '../../../shared/requests/schema';
import { judgeStep } from '../../../shared/requests/lateness';
import { progressOf, stepRole } from '../../../shared/requests/workflow';
import type { Procedure } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import type { FieldsOf, RequestRow, RequestStepRow } from '../../db/rows';
import { readActiveProcedure } from '../sop/activeProcedures';
import { getSopAtRevision } from '../sop/sopCatalog';
import type { RequestSettings } from './requestSettings';

export class RequestError extends Error {}

/** The highest running number taken in a year on this PC. */
async function lastRunningNumber(db: MejaDatabase, tahun: number): Promise<number> {
  const last = await db.requests
    .where('[tahun+urut]')
    .between([tahun, Dexie.minKey], [tahun, Dexie.maxKey])
    .last();
  return last?.urut ?? 0;
}

/**
 * Registers a request: validates the reception, claims the next register number of the
 * received year and records step 1 (reception) by the current user, all in one transaction
 * so no two requests on this PC get the same number.
 */
export async function registerRequest(
  ctx: WriteContext,
  input: ReceptionInput,
  settings: RequestSettings,
): Promise<{ id: string; nomor: string }> {
  const reception = receptionSchema(ctx.now()).parse(input);
  const active = await readActiveProcedure(ctx.db, 'B');
  if (!active)
    throw new RequestError('Prosedur B (permintaan layanan) belum tersedia di Daftar SOP.');
  const actor = ctx.actor();
  if (!actor) throw new RequestError('Pilih pengguna komputer ini di kanan atas sebelum mencatat.');
  const received = new Date(reception.diterimaPada);
  const tahun = received.getFullYear();
  const firstStep = active.procedure.steps[0];

  return writeTogether(ctx, ['requests', 'requestSteps'], async () => {
    const urut = (await lastRunningNumber(ctx.db, tahun)) + 1;
    const nomor = formatRegisterNumber(settings.numberFormat, urut, received);
    const row: FieldsOf<'requests'> = {
      ...reception,
      nomor,
      tahun,
      urut,
      sopId: active.ref.sopId,
      sopRevision: active.ref.revision,
      urgensi: null,
      dampak: null,
      prioritas: null,
      disposisi: null,
      langkahTerakhir: firstStep?.no ?? 0,
      // Reception is the moment the request was received, even when typed in later from paper.
      langkahMulai: reception.diterimaPada,
      adaTerlambat: false,
      status: 'berjalan',
      selesaiPada: null,
      penutupan: null,
    };
    const id = await createRow(ctx, 'requests', row);
    if (firstStep) {
      await createRow(ctx, 'requestSteps', {
        ...stepRecordSchema.parse({
          requestId: id,
          stepNo: firstStep.no,
          personId: actor,
          selesaiPada: reception.diterimaPada,
          catatan: '',
          output: firstStep.output,
          keputusan: null,
          alasanTolak: '',
          tindakan: '',
          sukuCadang: '',
          hasil: '',
        }),
      });
    }
    return { id, nomor };
  });
}

/** The procedure a request runs on: the SOP revision it was registered under. */
export async function procedureOf(
  db: MejaDatabase,
  request: RequestRow,
): Promise<Procedure | undefined> {
  const doc = await getSopAtRevision(db, { sopId: request.sopId, revision: request.sopRevision });
  return doc?.procedures.find((p) => p.key === 'B');
}

export async function listSteps(db: MejaDatabase, requestId: string): Promise<RequestStepRow[]> {
  const rows = await db.requestSteps.where('requestId').equals(requestId).toArray();
  return rows.filter((r) => !r._deleted).sort((a, b) => a.stepNo - b.stepNo);
}

export interface StepExtras {
  disposisi?: Disposition;
  urgensi?: Level;
  dampak?: Level;
}

/**
 * Records the next step of a request. A decision step may reject (with a reason), which
 * closes the request; the disposition and priority steps also set those on the request.
 */
export async function recordStep(
  ctx: WriteContext,
  request: RequestRow,
  procedure: Procedure,
  input: StepRecordInput,
  extras: StepExtras,
  settings: RequestSettings,
): Promise<void> {
  const record = stepRecordSchema.parse(input);
  const steps = await listSteps(ctx.db, request.id);
  const progress = progressOf(procedure, steps, request.status, request.diterimaPada);
  const step = progress.next;
  if (!step || step.no !== record.stepNo) {
    throw new RequestError('Langkah ini sudah dicatat atau belum gilirannya; muat ulang halaman.');
  }
  if (new Date(record.selesaiPada) < new Date(progress.nextStartedAt)) {
    throw new RequestError('Waktu selesai tidak boleh sebelum langkah sebelumnya selesai.');
  }
  if (new Date(record.selesaiPada).getTime() > ctx.now().getTime() + 60_000) {
    throw new RequestError('Waktu selesai tidak boleh di masa depan.');
  }
  const role = stepRole(procedure, step);
  const judged = judgeStep({
    mutuBaku: step.mutuBaku,
    startedAt: new Date(progress.nextStartedAt),
    finishedAt: new Date(record.selesaiPada),
    receivedAt: new Date(request.diterimaPada),
    hours: settings.officeHours,
  });
  const changes: Partial<RequestRow> = {
    langkahTerakhir: step.no,
    langkahMulai: record.selesaiPada,
    adaTerlambat: request.adaTerlambat || judged.late,
  };
  if (role === 'disposition') {
    if (!extras.disposisi) throw new RequestError('Isi lembar disposisi.');
    changes.disposisi = dispositionSchema.parse(extras.disposisi);
  }
  if (role === 'priority') {
    if (!extras.urgensi || !extras.dampak) throw new RequestError('Pilih urgensi dan dampak.');
    changes.urgensi = extras.urgensi;
    changes.dampak = extras.dampak;
    changes.prioritas = priorityOf(settings.priorityMatrix, extras.urgensi, extras.dampak);
  }
  if (record.keputusan === 'tolak') {
    if (step.kind !== 'decision')
      throw new RequestError('Hanya langkah keputusan yang dapat menolak.');
    changes.status = 'ditolak';
    changes.selesaiPada = record.selesaiPada;
  }
  await writeTogether(ctx, ['requests', 'requestSteps'], async () => {
    await createRow(ctx, 'requestSteps', record);
    await putRow(ctx, 'requests', request.id, changes);
  });
}

/** Closes a request whose every step is recorded, with the requester's confirmation. */
export async function closeRequest(
  ctx: WriteContext,
  request: RequestRow,
  procedure: Procedure,
  input: Closure,
): Promise<void> {
  const closure = closureSchema.parse(input);
  const steps = await listSteps(ctx.db, request.id);
  if (!progressOf(procedure, steps, request.status, request.diterimaPada).awaitingClosure) {
    throw new RequestError('Permintaan belum dapat ditutup: masih ada langkah yang belum dicatat.');
  }
  await putRow(ctx, 'requests', request.id, {
    status: 'selesai',
    selesaiPada: closure.dikonfirmasiPada,
    penutupan: closure,
  });
}
