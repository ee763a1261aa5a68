import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Disposition, StepRecordInput } from '../../../shared/requests/schema';
import { readStepRecords } from '../../../shared/requests/stepConflicts';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import {
  fastKeys,
  syncedRows,
  testPc,
  type TestPc,
} from '../../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from '../../sync/workspaceCrypto';
import { readRequestSettings } from './requestSettings';
import { listSteps, procedureOf, recordStep, registerRequest } from './requestStore';
import { testReception } from '../../../test/doubles/renderer/testReception';
import { findStepConflicts } from './stepConflictIndex';
import { keepStepRecord } from './stepConflictStore';

/**
 * Two PCs of one workspace each record step 2 (the disposition) of the same request while
 * apart. After sync both PCs show the step as a conflict, with both records; one PC keeps a
 * record, and after sync both carry its disposition, the other record set aside in history.
 */

let keys: WorkspaceKeys;
beforeAll(async () => {
  keys = await fastKeys();
});

const MINUTE = 60_000;

function disposition(from: string, kecepatan: Disposition['kecepatan'], at: Date): Disposition {
  return {
    dariPersonId: from,
    tanggal: at.toISOString(),
    sifat: 'biasa',
    kecepatan,
    diteruskanKepada: ['operator'],
    petunjuk: ['Selesaikan'],
    catatan: `Disposisi dari ${from}`,
  };
}

function stepTwo(requestId: string, at: Date, catatan: string): StepRecordInput {
  return {
    requestId,
    stepNo: 2,
    personId: 'sekretaris',
    selesaiPada: at.toISOString(),
    catatan,
    output: 'Lembar disposisi',
    keputusan: null,
    alasanTolak: '',
    tindakan: '',
    sukuCadang: '',
    hasil: '',
  };
}

async function recordDisposition(
  pc: TestPc,
  id: string,
  catatan: string,
  kecepatan: Disposition['kecepatan'],
) {
  const request = await pc.db.requests.get(id);
  const procedure = request && (await procedureOf(pc.db, request));
  if (!request || !procedure) throw new Error(`${pc.device}: request or SOP missing`);
  const at = new Date(pc.ctx.now().getTime() - MINUTE);
  await recordStep(
    pc.ctx,
    request,
    procedure,
    stepTwo(id, at, catatan),
    { disposisi: disposition(pc.device, kecepatan, at) },
    await readRequestSettings(pc.db),
  );
}

async function conflictsOn(pc: TestPc, id: string) {
  return readStepRecords(await listSteps(pc.db, id)).conflicts;
}

/** What the register flags ("Konflik langkah"): request ids with their steps in conflict. */
async function registerFlags(pc: TestPc) {
  const found = await findStepConflicts(pc.db, await pc.db.requests.toArray());
  return found.map((f) => [f.request.id, f.stepNos]);
}

/** Each PC's user holds the roles of the steps it records (put locally, as a fixture). */
async function staffEach(pcs: readonly TestPc[]) {
  const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };
  for (const pc of pcs) {
    await pc.db.people.bulkPut(
      pcs.map((p) => ({
        id: `${p.device}-op`,
        nama: `Petugas ${p.device}`,
        nip: '',
        jabatan: 'Sekretaris',
        unitId: null,
        roles: ['operator' as const, 'sekretaris' as const],
        aktif: true,
        ...bookkeeping,
      })),
    );
  }
}

describe('the same step recorded on two PCs apart', () => {
  let pcs: TestPc[] = [];
  afterEach(() => {
    for (const p of pcs) p.db.close();
    pcs = [];
  });

  async function twoPcsWithConflict() {
    const folder = createMemoryFolder({ seed: 3 });
    const [a, b] = (pcs = ['pc-a', 'pc-b'].map((device) => testPc({ device, folder, keys })));
    if (!a || !b) throw new Error('two PCs');
    await staffEach(pcs);
    const settings = await readRequestSettings(a.db);
    const { id } = await registerRequest(a.ctx, testReception(a.ctx.now()), settings);
    for (const p of [a, b, a]) await p.engine.runCycle();
    expect(await b.db.requests.get(id)).toBeDefined();

    // Apart: neither syncs while both record step 2.
    for (const p of pcs) p.ctx.advance(10 * MINUTE);
    await recordDisposition(a, id, 'Dicatat di PC A', 'segera');
    await recordDisposition(b, id, 'Dicatat di PC B', 'sangatSegera');
    for (const p of [a, b, a]) await p.engine.runCycle();
    return { a, b, id };
  }

  it('shows both records as a conflict on both PCs, and settles to the one kept', async () => {
    const { a, b, id } = await twoPcsWithConflict();
    for (const p of [a, b]) {
      const conflicts = await conflictsOn(p, id);
      expect(
        conflicts.map((c) => c.stepNo),
        p.device,
      ).toEqual([2]);
      expect(conflicts[0]?.records.map((r) => r.catatan).sort(), p.device).toEqual([
        'Dicatat di PC A',
        'Dicatat di PC B',
      ]);
      // Each record keeps the disposition it gave, whatever the request row ended with.
      expect(conflicts[0]?.records.map((r) => r.disposisi?.kecepatan).sort()).toEqual([
        'sangatSegera',
        'segera',
      ]);
      expect(await registerFlags(p), p.device).toEqual([[id, [2]]]);
    }

    // PC B keeps PC A's record.
    const keep = (await listSteps(b.db, id)).find((r) => r.catatan === 'Dicatat di PC A');
    const request = await b.db.requests.get(id);
    const procedure = request && (await procedureOf(b.db, request));
    if (!keep || !procedure) throw new Error('missing');
    b.ctx.advance(MINUTE);
    await keepStepRecord(b.ctx, id, procedure, keep.id, await readRequestSettings(b.db));
    for (const p of [b, a, b]) await p.engine.runCycle();

    for (const p of [a, b]) {
      expect(await conflictsOn(p, id), p.device).toEqual([]);
      expect(await registerFlags(p), p.device).toEqual([]);
      const reading = readStepRecords(await listSteps(p.db, id));
      expect(reading.effective.find((r) => r.stepNo === 2)?.catatan).toBe('Dicatat di PC A');
      expect(reading.superseded.map((r) => r.catatan)).toEqual(['Dicatat di PC B']);
      const row = await p.db.requests.get(id);
      expect(row?.disposisi?.kecepatan, p.device).toBe('segera');
      expect(row?.disposisi?.dariPersonId, p.device).toBe('pc-a');
      expect(row?.langkahTerakhir).toBe(2);
      expect(row?.langkahMulai).toBe(keep.selesaiPada);
    }
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it('converges when both PCs settle differently at the same time', async () => {
    const { a, b, id } = await twoPcsWithConflict();
    for (const p of [a, b]) {
      const mine = (await listSteps(p.db, id)).find(
        (r) => r.stepNo === 2 && r.disposisi?.dariPersonId === p.device,
      );
      const request = await p.db.requests.get(id);
      const procedure = request && (await procedureOf(p.db, request));
      if (!mine || !procedure) throw new Error('missing');
      p.ctx.advance(MINUTE);
      await keepStepRecord(p.ctx, id, procedure, mine.id, await readRequestSettings(p.db));
    }
    for (const p of [a, b, a, b]) await p.engine.runCycle();
    const kept = await Promise.all(
      [a, b].map(async (p) => {
        expect(await conflictsOn(p, id), p.device).toEqual([]);
        const reading = readStepRecords(await listSteps(p.db, id));
        return reading.effective.find((r) => r.stepNo === 2)?.disposisi?.dariPersonId;
      }),
    );
    expect(kept[0]).toBe(kept[1]);
    expect((await a.db.requests.get(id))?.disposisi?.dariPersonId).toBe(kept[0]);
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it('refuses a second record of a step already recorded on this PC', async () => {
    const folder = createMemoryFolder({ seed: 4 });
    const [a] = (pcs = [testPc({ device: 'pc-a', folder, keys })]);
    await staffEach(pcs);
    if (!a) throw new Error('one PC');
    const { id } = await registerRequest(
      a.ctx,
      testReception(a.ctx.now()),
      await readRequestSettings(a.db),
    );
    a.ctx.advance(10 * MINUTE);
    // A double click: both submissions read the request before either wrote.
    const both = await Promise.allSettled([
      recordDisposition(a, id, 'Klik pertama', 'biasa'),
      recordDisposition(a, id, 'Klik kedua', 'biasa'),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await listSteps(a.db, id)).filter((r) => r.stepNo === 2)).toHaveLength(1);
  });
});
