import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { headOf } from '../../../shared/audit/auditChain';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, testPc, type TestPc } from '../../../test/doubles/renderer/syncOffices';
import { headsByDevice } from '../../../shared/audit/auditSeal';
import { readSealedHeads } from '../../db/auditTrail';
import { createRow, deleteRow, putRow } from '../../db/repository';
import type { WorkspaceKeys } from '../../sync/workspaceCrypto';
import { checkChains, entryOf } from './chainCheck';

let keys: WorkspaceKeys;
let pcs: TestPc[] = [];
beforeAll(async () => {
  keys = await fastKeys();
});
afterEach(() => {
  for (const pc of pcs) pc.db.close();
  pcs = [];
});

/** PC A writes four entries and syncs them; PC B imports them. */
async function twoPcs() {
  const folder = createMemoryFolder({ seed: 3 });
  const a = testPc({ device: 'pc-a', folder, keys });
  const b = testPc({ device: 'pc-b', folder, keys });
  pcs.push(a, b);
  const id = await createRow(a.ctx, 'units', { nama: 'Hakim', aktif: true });
  for (const nama of ['Hakim Anggota', 'Panitera', 'Jurusita']) {
    await putRow(a.ctx, 'units', id, { nama });
  }
  await a.engine.runCycle();
  await b.engine.runCycle();
  const held = (await b.db.auditLog.toArray()).sort((x, y) => x.seq - y.seq);
  return { a, b, held };
}

describe('checking every PC’s audit chain after sync', () => {
  it('PC B holds A’s whole chain and finds nothing wrong', async () => {
    const { held } = await twoPcs();
    expect(held.map((r) => [r.device, r.seq])).toEqual([
      ['pc-a', 1],
      ['pc-a', 2],
      ['pc-a', 3],
      ['pc-a', 4],
    ]);
    const last = held[3];
    expect(checkChains(held, new Map(last ? [['pc-a', headOf(entryOf(last))]] : []))).toEqual([]);
  });

  it('detects on PC B an altered, a removed entry and a missing tail', async () => {
    const { b, held } = await twoPcs();
    const [first, second, third, fourth] = held;
    if (!first || !second || !third || !fourth) throw new Error('chain too short');
    const sealed = new Map([['pc-a', headOf(entryOf(fourth))]]);

    // Someone changed entry 2's "after" value in the stored row.
    await b.db.auditLog.put({
      ...second,
      detail: { fields: { nama: { sebelum: 'x', sesudah: 'y' } } },
    });
    const altered = await b.db.auditLog.toArray();
    expect(checkChains(altered, sealed)).toEqual([
      { device: 'pc-a', message: 'Catatan audit PC pc-a nomor 2 diubah setelah ditulis.' },
    ]);

    // Entry 3 removed from the middle.
    const removed = held.filter((r) => r.seq !== 3);
    expect(checkChains(removed, sealed).map((f) => f.message)).toEqual([
      'Catatan audit PC pc-a nomor 3 hilang.',
    ]);

    // The last entry removed: only the sealed head shows it.
    const cut = held.slice(0, 3);
    expect(checkChains(cut).map((f) => f.message)).toEqual([]);
    expect(checkChains(cut, sealed).map((f) => f.message)).toEqual([
      'Catatan audit PC pc-a nomor 4 hilang.',
    ]);
  });

  it('learns the head sealed in A’s op files, so A’s last entry deleted through sync shows on B', async () => {
    const { a, b } = await twoPcs();
    expect(await readSealedHeads(b.db)).toEqual({
      'pc-a': { seq: 4, hash: (await a.db.auditLog.toArray()).find((r) => r.seq === 4)?.hash },
    });
    // On A someone deletes the newest entry through the write path; the delete syncs.
    const newest = (await a.db.auditLog.toArray()).find((r) => r.seq === 4);
    if (!newest) throw new Error('no entry 4');
    await deleteRow(a.ctx, 'auditLog', newest.id);
    await a.engine.runCycle();
    await b.engine.runCycle();
    const live = (await b.db.auditLog.toArray()).filter((r) => !r._deleted);
    expect(live.map((r) => r.seq).sort()).toEqual([1, 2, 3]);
    const sealed = headsByDevice(await readSealedHeads(b.db));
    expect(checkChains(live, sealed).map((f) => f.message)).toEqual([
      'Catatan audit PC pc-a nomor 4 hilang.',
    ]);
  });
});
