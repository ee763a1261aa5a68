import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRow } from '../db/repository';
import { createSyncEngine, type SyncProgress } from './engine';
import { createMemoryFolder, type MemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import { namePeer, retirePeer } from './peers';
import { fastKeys, testPc, type TestPc } from '../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from './workspaceCrypto';

let keys: WorkspaceKeys;
let pcs: TestPc[] = [];

beforeAll(async () => {
  keys = await fastKeys();
});

afterEach(() => {
  for (const pc of pcs) pc.db.close();
  pcs = [];
});

function pc(device: string, folder: MemoryFolder, skewMs = 0): TestPc {
  const made = testPc({ device, folder, keys, skewMs });
  pcs.push(made);
  return made;
}

describe('the PCs of a workspace', () => {
  it('names each PC on every PC, and a retired PC stops syncing while the others stop waiting for it', async () => {
    const folder = createMemoryFolder({ seed: 7 });
    const a = pc('pc-a', folder);
    const b = pc('pc-b', folder);
    await namePeer(a.ctx, '  PTSP 1 ');
    await namePeer(b.ctx, 'Ruang TI');
    await a.engine.runCycle();
    await b.engine.runCycle();
    await a.engine.runCycle();
    expect((await a.db.syncPeers.get('pc-b'))?.nama).toBe('Ruang TI');
    expect(await b.db.syncPeers.get('pc-a')).toMatchObject({
      nama: 'PTSP 1',
      dikeluarkanPada: null,
    });

    await expect(retirePeer(a.ctx, 'pc-a')).rejects.toThrow(/tidak dapat mengeluarkan dirinya/);
    await retirePeer(a.ctx, 'pc-b');
    expect(await a.db.syncPeers.get('pc-b')).toMatchObject({ dikeluarkanOleh: 'pc-a-op' });
    await a.engine.runCycle();

    // B learns it was retired on its next cycle; after that it writes nothing more.
    const learned = await b.engine.runCycle();
    expect(learned.retired).toBe(false);
    await createRow(b.ctx, 'units', { nama: 'Ditulis setelah dikeluarkan', aktif: true });
    const files = folder.paths().length;
    const after = await b.engine.runCycle();
    expect(after).toMatchObject({ retired: true, exportedOps: 0, pendingLocalChanges: 2 });
    expect(folder.paths().length).toBe(files);
  });

  it('names the PC only with 2 to 60 characters', async () => {
    const a = pc('pc-a', createMemoryFolder({ seed: 8 }));
    await expect(namePeer(a.ctx, 'x')).rejects.toThrow(/2 sampai 60/);
    expect(await a.db.syncPeers.count()).toBe(0);
  });
});

describe('what a cycle tells the screen', () => {
  it('warns when another PC’s clock runs a few minutes ahead, and says nothing when clocks agree', async () => {
    const folder = createMemoryFolder({ seed: 9 });
    const ahead = pc('pc-a', folder, 3 * 60_000);
    const close = pc('pc-c', folder, 10_000);
    const b = pc('pc-b', folder);
    await createRow(close.ctx, 'units', { nama: 'Umum', aktif: true });
    await close.engine.runCycle();
    expect((await b.engine.runCycle()).clockDriftMs).toBeNull();

    await createRow(ahead.ctx, 'units', { nama: 'Hakim', aktif: true });
    await ahead.engine.runCycle();
    const report = await b.engine.runCycle();
    expect(report.clockDriftMs).toBeGreaterThanOrEqual(3 * 60_000);
    expect(report.clockDriftMs).toBeLessThan(3 * 60_000 + 1000);
  });

  it('reports its progress batch by batch while it applies many files', async () => {
    const folder = createMemoryFolder({ seed: 10 });
    const a = pc('pc-a', folder);
    for (let i = 0; i < 10; i++) {
      await createRow(a.ctx, 'units', { nama: `Unit ${i}`, aktif: true });
      await a.engine.runCycle();
    }
    const b = pc('pc-b', folder);
    const seen: SyncProgress[] = [];
    const engine = createSyncEngine({
      db: b.db,
      device: b.device,
      clock: b.ctx.clock,
      keys,
      folder,
      now: b.ctx.now,
      onProgress: (progress) => seen.push(progress),
    });
    await engine.runCycle();
    // Eight files are applied in one transaction, then the last two.
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(['0/10', '8/10', '10/10']);
    expect(await b.db.units.count()).toBe(10);
  });
});
