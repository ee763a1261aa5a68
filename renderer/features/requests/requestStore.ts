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
  type StepRecord,
  type StepRecordInput,
} from '../../../shared/requests/schema';
import type { StepEffects } from '../../../shared/requests/stepEffects';
import { progressOf, stepRole } from '../../../shared/requests/workflow';
import type { Procedure } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import type { FieldsOf, RequestRow, RequestStepRow } from '../../db/rows';
import type { FolderPort } from '../../sync/folderPort';
import { readActiveProcedure, getSopAtRevision } from '../sop/public';
import { nextLocalNumber, numberTaken } from './numberLedger';
import { draftCode, numberSeries } from './numberingSite';
import { allocateRegisterNumber } from './registerNumbers';
import {
  checkStepTurn,
  NO_ROLES_EVENTS,
  type RolesEventReporter,
  type StepTurn,
} from '../delegations/public';
import { RequestError } from './requestError';
import type { RequestSettings } from './requestSettings';

export { RequestError };

/** Registrations refused at once by a number that turned up meanwhile, before giving up. */
const MAX_NUMBER_ATTEMPTS = 5;

/**
 * Registers a request: validates the reception, gives it the next register number of the
 * received year and records step 1 (reception) by the current user. In a workspace the
 * number is claimed on the shared folder first (no folder I/O may run inside the database
 * transaction), or taken from the lease or made a draft while the folder is away
 * (registerNumbers.ts). The transaction still refuses a number a request on this PC carries,
 * so no two requests on this PC get the same number.
 */
export async function registerRequest(
  ctx: WriteContext,
  input: ReceptionInput,
  settings: RequestSettings,
  folder: FolderPort | null = null,
): Promise<{ id: string; nomor: string; sementara: boolean }> {
  const reception = receptionSchema(ctx.now()).parse(input);
  const active = await readActiveProcedure(ctx.db, 'B');
  if (!active)
    throw new RequestError('Prosedur B (permintaan layanan) belum tersedia di Daftar SOP.');
  const actor = ctx.actor();
  if (!actor) throw new RequestError('Pilih pengguna komputer ini di kanan atas sebelum mencatat.');
  const received = new Date(reception.diterimaPada);
  const tahun = received.getFullYear();
  const firstStep = active.procedure.steps[0];
  const lokasi = await numberSeries(ctx.db, settings);

  for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
    const number = await allocateRegisterNumber({
      db: ctx.db,
      folder,
      tahun,
      mode: settings.nomorLuring,
      lokasi,
    });
    // A draft prints this PC's code, so two PCs away from the share never print the same one.
    const perangkat = number.sementara ? await draftCode(ctx.db, ctx.device) : undefined;
    const done = await writeTogether(ctx, ['requests', 'requestSteps'], async () => {
      let urut = number.urut;
      if (number.source === 'local' || number.source === 'draft') {
        // Not held on the share: the next free number as of this transaction.
        urut = await nextLocalNumber(ctx.db, tahun, lokasi);
      } else if (await numberTaken(ctx.db, tahun, urut, undefined, lokasi)) {
        // A request numbered without the share synced in with this number: claim another.
        return null;
      }
      const nomor = formatRegisterNumber(settings.numberFormat, urut, received, {
        lokasi,
        perangkat,
      });
      const row: FieldsOf<'requests'> = {
        ...reception,
        nomor,
        tahun,
        urut,
        ...(number.sementara ? { nomorSementara: true } : {}),
        ...(lokasi !== '' ? { lokasi } : {}),
        riwayatNomor: [
          {
            nomor,
            jenis: number.sementara ? 'sementara' : 'final',
            sejak: ctx.now().toISOString(),
            oleh: ctx.device,
          },
        ],
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
      return { id, nomor, sementara: number.sementara };
    });
    if (done) return done;
  }
  throw new RequestError('Nomor register tidak dapat diberikan; coba simpan lagi.');
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
  return sortOutRows('requestSteps', rows)
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => a.stepNo - b.stepNo);
}

const CANCELLED_MESSAGE = 'Permintaan ini dibatalkan; langkahnya tidak dapat dicatat lagi.';

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
  report: RolesEventReporter = NO_ROLES_EVENTS,
): Promise<void> {
  // The step is recorded by the signed-in person, whoever the screen offered.
  const record = stepRecordSchema.parse({ ...input, personId: ctx.actor() ?? input.personId });
  if (record.requestId !== request.id)
    throw new RequestError('Langkah ini bukan milik permintaan ini.');
  // The check and the write in one transaction: a second click, or a second window on this
  // PC, sees the first record and is refused instead of recording the step twice.
  const tables = ['requests', 'requestSteps', 'people', 'delegations', 'settings'] as const;
  await writeTogether(ctx, tables, async () => {
    const current = await ctx.db.requests.get(request.id);
    if (!current || current._deleted) throw new RequestError('Permintaan tidak ditemukan.');
    if (current.pembatalan) throw new RequestError(CANCELLED_MESSAGE);
    const steps = await listSteps(ctx.db, request.id);
    // Checked again here, not only on screen: a stale screen or a revoked delegation
    // cannot record another role's step.
    const turn = await checkStepTurn(
      ctx,
      {
        procedure,
        progress: progressOf(procedure, steps, current.status, current.diterimaPada),
        stepNo: record.stepNo,
        selesaiPada: record.selesaiPada,
        keputusan: record.keputusan,
        receivedAt: current.diterimaPada,
        hours: settings.officeHours,
        table: 'requests',
        recordId: request.id,
        report,
      },
      (message) => new RequestError(message),
    );
    const { changes, effects } = stepChanges(procedure, turn, record, extras, settings, current);
    const atasNama = turn.atasNama;
    if (effects.disposisi) {
      effects.disposisi = changes.disposisi = { ...effects.disposisi, atasNama };
    }
    await createRow(ctx, 'requestSteps', { ...record, ...effects, atasNama });
    await putRow(ctx, 'requests', request.id, changes);
  });
}

function stepChanges(
  procedure: Procedure,
  { step, judged }: StepTurn,
  record: StepRecord,
  extras: StepExtras,
  settings: RequestSettings,
  request: RequestRow,
): { changes: Partial<RequestRow>; effects: StepEffects } {
  const role = stepRole(procedure, step);
  const changes: Partial<RequestRow> = {
    langkahTerakhir: step.no,
    langkahMulai: record.selesaiPada,
    adaTerlambat: request.adaTerlambat || judged.late,
  };
  const effects: StepEffects = {};
  if (role === 'disposition') {
    if (!extras.disposisi) throw new RequestError('Isi lembar disposisi.');
    effects.disposisi = changes.disposisi = dispositionSchema.parse(extras.disposisi);
  }
  if (role === 'priority') {
    if (!extras.urgensi || !extras.dampak) throw new RequestError('Pilih urgensi dan dampak.');
    effects.urgensi = changes.urgensi = extras.urgensi;
    effects.dampak = changes.dampak = extras.dampak;
    effects.prioritas = changes.prioritas = priorityOf(
      settings.priorityMatrix,
      extras.urgensi,
      extras.dampak,
    );
  }
  if (record.keputusan === 'tolak') {
    changes.status = 'ditolak';
    changes.selesaiPada = record.selesaiPada;
  }
  return { changes, effects };
}

/** Closes a request whose every step is recorded, with the requester's confirmation. */
export async function closeRequest(
  ctx: WriteContext,
  request: RequestRow,
  procedure: Procedure,
  input: Closure,
): Promise<void> {
  const closure = closureSchema.parse(input);
  if (request.pembatalan) throw new RequestError(CANCELLED_MESSAGE);
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
