import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, testPc, type TestPc } from '../../../test/doubles/renderer/syncOffices';
import { testReception } from '../../../test/doubles/renderer/testReception';
import type { WorkspaceKeys } from '../../sync/workspaceCrypto';
import { cancelRequest } from './requestCancellation';
import { readRequestSettings } from './requestSettings';
import { listSteps, procedureOf, recordStep, registerRequest } from './requestStore';

/**
 * A cancellation on one PC and a step recorded on another while apart are both ordinary
 * field writes: after sync both PCs hold the cancellation and the step, and the number.
 */

let keys: WorkspaceKeys;
beforeAll(async () => {
  keys = await fastKeys();
});

const MINUTE = 60_000;

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

describe('a cancellation and a step recorded on two PCs apart', () => {
  let pcs: TestPc[] = [];
  afterEach(() => {
    for (const p of pcs) p.db.close();
    pcs = [];
  });

  it('both survive the merge on both PCs', async () => {
    const folder = createMemoryFolder({ seed: 5 });
    const [a, b] = (pcs = ['pc-a', 'pc-b'].map((device) => testPc({ device, folder, keys })));
    if (!a || !b) throw new Error('two PCs');
    await staffEach(pcs);
    const settings = await readRequestSettings(a.db);
    const { id, nomor } = await registerRequest(a.ctx, testReception(a.ctx.now()), settings);
    for (const p of [a, b, a]) await p.engine.runCycle();

    for (const p of pcs) p.ctx.advance(10 * MINUTE);
    const onA = await a.db.requests.get(id);
    const onB = await b.db.requests.get(id);
    const procedure = onB && (await procedureOf(b.db, onB));
    if (!onA || !onB || !procedure) throw new Error('request missing');
    await cancelRequest(a.ctx, onA, 'Tercatat dua kali');
    const at = new Date(b.ctx.now().getTime() - MINUTE).toISOString();
    await recordStep(
      b.ctx,
      onB,
      procedure,
      {
        requestId: id,
        stepNo: 2,
        personId: 'pc-b-op',
        selesaiPada: at,
        catatan: 'Dicatat di PC B',
        output: 'Lembar disposisi',
        keputusan: null,
        alasanTolak: '',
        tindakan: '',
        sukuCadang: '',
        hasil: '',
      },
      {
        disposisi: {
          dariPersonId: 'pc-b-op',
          tanggal: at,
          sifat: 'biasa',
          kecepatan: 'biasa',
          diteruskanKepada: ['operator'],
          petunjuk: ['Selesaikan'],
          catatan: '',
        },
      },
      settings,
    );
    for (const p of [a, b, a]) await p.engine.runCycle();

    for (const p of pcs) {
      const merged = await p.db.requests.get(id);
      expect(merged?.pembatalan?.alasan, p.device).toBe('Tercatat dua kali');
      expect(merged?.langkahTerakhir, p.device).toBe(2);
      expect(merged?.nomor, p.device).toBe(nomor);
      const steps = await listSteps(p.db, id);
      expect(steps.map((s) => s.stepNo).sort(), p.device).toEqual([1, 2]);
    }
  });
});
