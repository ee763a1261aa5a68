import { afterEach, describe, expect, it } from 'vitest';
import { findNumberCollisions } from '../../../shared/requests/numberCollisions';
import { changedDrafts, earlierNumbersNote } from '../../../shared/requests/numberHistory';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import type { FolderPort } from '../../sync/folderPort';
import { createMemoryFolder, MemoryFolderError } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, testPc } from '../../../test/doubles/renderer/syncOffices';
import { readLedger } from './numberLedger';
import {
  afterSyncCycle,
  allocateRegisterNumber,
  giveNewNumber,
  topUpLease,
} from './registerNumbers';
import { printedNumber } from './requestPrints';
import { readRequestSettings, saveRequestSettings, type NomorLuring } from './requestSettings';
import { registerRequest } from './requestStore';
import { testReception } from '../../../test/doubles/renderer/testReception';

const NOW = new Date(2026, 10, 23, 10, 0);

const reception = (minute = 0, day = 23) => testReception(new Date(2026, 10, day, 9, minute));

/** A port over the folder that goes away after `claims` more claims. */
function failingAfter(folder: FolderPort, claims: number): FolderPort {
  let left = claims;
  return {
    ...folder,
    async claim(relDir) {
      if (left-- <= 0) throw new MemoryFolderError('unreachable', 'Folder bersama hilang.');
      return folder.claim(relDir);
    },
  };
}

describe('register numbers across PCs', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function setup(mode: NomorLuring = 'sementara', sewaBlok = 3) {
    db = testDatabase();
    const ctx = testWriteContext(db, { device: 'pc-a', actor: 'op-a', start: NOW.getTime() });
    await saveRequestSettings(ctx, { nomorLuring: mode, sewaBlok });
    const settings = await readRequestSettings(db);
    const folder = createMemoryFolder({ seed: 1 });
    return { ctx, settings, folder };
  }

  it('numbers locally without a workspace folder', async () => {
    const { ctx, settings } = await setup();
    await registerRequest(ctx, reception(), settings);
    expect(await allocateRegisterNumber({ db, folder: null, tahun: 2026, mode: 'sewa' })).toEqual({
      urut: 2,
      sementara: false,
      source: 'local',
    });
  });

  it('claims the next number on the share and skips numbers other PCs took', async () => {
    const { folder } = await setup();
    const first = await allocateRegisterNumber({ db, folder, tahun: 2026, mode: 'sementara' });
    expect(first).toEqual({ urut: 1, sementara: false, source: 'claimed' });
    // Another PC claims 2 and 3 before this PC hears of them.
    expect(await folder.claim('claims/2026/2')).toBe('claimed');
    expect(await folder.claim('claims/2026/3')).toBe('claimed');
    const next = await allocateRegisterNumber({ db, folder, tahun: 2026, mode: 'sementara' });
    expect(next).toEqual({ urut: 4, sementara: false, source: 'claimed' });
    expect((await readLedger(db, 2026)).held).toEqual([1, 4]);
  });

  it('uses the leased block while the share is away, then a draft once it is used up', async () => {
    const { ctx, settings, folder } = await setup('sewa', 2);
    await topUpLease(db, folder, 2026, 2);
    expect((await readLedger(db, 2026)).lease).toEqual([1, 2]);
    folder.goAway();
    const a = await registerRequest(ctx, reception(1), settings, folder);
    const b = await registerRequest(ctx, reception(2), settings, folder);
    const c = await registerRequest(ctx, reception(3), settings, folder);
    expect([a, b, c].map((r) => [r.nomor, r.sementara])).toEqual([
      ['001/PLTI/XI/2026', false],
      ['002/PLTI/XI/2026', false],
      ['003-PCA/PLTI/XI/2026', true],
    ]);
    expect((await readLedger(db, 2026)).lease).toEqual([]);
    expect((await db.requests.get(c.id))?.nomorSementara).toBe(true);
    // Back on the share, the lease fills up again past every number given.
    folder.comeBack();
    await afterSyncCycle(ctx, folder);
    expect((await readLedger(db, 2026)).lease).toEqual([4, 5]);
  });

  it('after each cycle looks only at the requests numbered since the last settled one', async () => {
    const { ctx, settings, folder } = await setup();
    for (const minute of [1, 2, 3]) await registerRequest(ctx, reception(minute), settings);
    const claimed: string[] = [];
    const watched = {
      ...folder,
      claim: (relDir: string) => {
        claimed.push(relDir);
        return folder.claim(relDir);
      },
    };
    await afterSyncCycle(ctx, watched);
    expect(claimed).toEqual(['claims/2026/1', 'claims/2026/2', 'claims/2026/3']);

    await saveRequestSettings(ctx, { sewaBlok: 4 });
    await registerRequest(ctx, reception(4), settings);
    claimed.length = 0;
    await afterSyncCycle(ctx, watched);
    expect(claimed).toEqual(['claims/2026/4']);
    claimed.length = 0;
    await afterSyncCycle(ctx, watched);
    expect(claimed).toEqual([]);
    expect((await readLedger(db, 2026)).held).toEqual([1, 2, 3, 4]);
    // Settled up to this PC's last change: the next cycle starts from there.
    const last = await db.outbox.orderBy('hlc').last();
    expect((await db.local.get('requests:numbersCheckedTo'))?.value).toBe(last?.hlc);
  });

  it('gives a marked draft number when the office chose drafts', async () => {
    const { ctx, settings, folder } = await setup('sementara');
    folder.goAway();
    expect(await allocateRegisterNumber({ db, folder, tahun: 2026, mode: 'sementara' })).toEqual({
      urut: 1,
      sementara: true,
      source: 'draft',
    });
    const { id } = await registerRequest(ctx, reception(), settings, folder);
    const row = await db.requests.get(id);
    expect(row).toMatchObject({ nomor: '001-PCA/PLTI/XI/2026', nomorSementara: true });
    expect(row && printedNumber(row)).toBe('001-PCA/PLTI/XI/2026 (SEMENTARA)');
    expect(folder.claims()).toEqual([]);
  });

  it('makes drafts final on reconnect: keeping a free number, else the next claimed one', async () => {
    const { ctx, settings, folder } = await setup('sementara');
    folder.goAway();
    const first = await registerRequest(ctx, reception(1), settings, folder);
    const second = await registerRequest(ctx, reception(2), settings, folder);
    folder.comeBack();
    // Meanwhile another PC claimed 2 for a request of its own.
    await folder.claim('claims/2026/2');
    await afterSyncCycle(ctx, folder);
    expect(await db.requests.get(first.id)).toMatchObject({
      urut: 1,
      nomor: '001/PLTI/XI/2026',
      nomorSementara: false,
    });
    expect(await db.requests.get(second.id)).toMatchObject({
      urut: 3,
      nomor: '003/PLTI/XI/2026',
      nomorSementara: false,
    });
    // The history keeps the printed drafts, written with the final number.
    const history = async (id: string) =>
      ((await db.requests.get(id))?.riwayatNomor ?? []).map((e) => [e.nomor, e.jenis, e.oleh]);
    expect(await history(first.id)).toEqual([
      ['001-PCA/PLTI/XI/2026', 'sementara', 'pc-a'],
      ['001/PLTI/XI/2026', 'final', 'pc-a'],
    ]);
    expect(await history(second.id)).toEqual([
      ['002-PCA/PLTI/XI/2026', 'sementara', 'pc-a'],
      ['003/PLTI/XI/2026', 'final', 'pc-a'],
    ]);
    const row = await db.requests.get(second.id);
    expect(row && changedDrafts(row)).toEqual([
      {
        sementara: '002-PCA/PLTI/XI/2026',
        menjadi: '003/PLTI/XI/2026',
        pada: NOW.toISOString(),
        oleh: 'pc-a',
      },
    ]);
    expect(row && earlierNumbersNote(row)).toBe('semula 002-PCA/PLTI/XI/2026 (SEMENTARA)');
    // Idempotent: another cycle changes nothing and claims nothing.
    const outbox = await db.outbox.count();
    const claims = folder.claims().length;
    await afterSyncCycle(ctx, folder);
    expect(await db.outbox.count()).toBe(outbox);
    expect(folder.claims()).toHaveLength(claims);
  });

  it('claims the numbers given before joining and leaves a taken one as a visible collision', async () => {
    const { ctx, settings, folder } = await setup();
    const a = await registerRequest(ctx, reception(1), settings);
    const b = await registerRequest(ctx, reception(2), settings);
    // Another PC of the workspace already holds number 2.
    await folder.claim('claims/2026/2');
    await afterSyncCycle(ctx, folder);
    expect(folder.claims().sort()).toEqual(['claims/2026/1', 'claims/2026/2']);
    expect(await readLedger(db, 2026)).toMatchObject({ held: [1], contested: [2] });
    // The printed number stays until the operator gives a new one.
    expect((await db.requests.get(b.id))?.nomor).toBe('002/PLTI/XI/2026');
    expect((await db.requests.get(a.id))?.nomor).toBe('001/PLTI/XI/2026');
  });

  it('gives a new number only with the share reachable', async () => {
    const { ctx, settings, folder } = await setup();
    const { id } = await registerRequest(ctx, reception(), settings, folder);
    folder.goAway();
    await expect(giveNewNumber(ctx, folder, id, settings.numberFormat)).rejects.toThrow(
      'Folder bersama tidak terjangkau',
    );
    folder.comeBack();
    expect(await giveNewNumber(ctx, folder, id, settings.numberFormat)).toBe('002/PLTI/XI/2026');
    expect(await db.requests.get(id)).toMatchObject({ urut: 2, nomorSementara: false });
  });

  it('stops quietly when the share goes away half-way, and carries on the next cycle', async () => {
    const { ctx, settings, folder } = await setup('sewa', 3);
    folder.goAway();
    const drafts = [
      await registerRequest(ctx, reception(1), settings, folder),
      await registerRequest(ctx, reception(2), settings, folder),
    ];
    folder.comeBack();
    await expect(afterSyncCycle(ctx, failingAfter(folder, 1))).resolves.toBeUndefined();
    const after = await Promise.all(drafts.map((d) => db.requests.get(d.id)));
    expect(after.map((r) => r?.nomorSementara)).toEqual([false, true]);
    await afterSyncCycle(ctx, folder);
    const rows = await db.requests.toArray();
    expect(rows.map((r) => [r.urut, r.nomorSementara])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect((await readLedger(db, 2026)).lease).toEqual([3, 4, 5]);
  });
});

describe('a number given twice', () => {
  it('is flagged on both PCs, changes only by the operator, and is gone once renumbered', async () => {
    const folder = createMemoryFolder({ seed: 2 });
    const keys = await fastKeys();
    const a = testPc({ device: 'pc-a', folder, keys });
    const b = testPc({ device: 'pc-b', folder, keys });
    try {
      const settings = await readRequestSettings(a.db);
      // pc-a numbers on the share; pc-b numbered on its own before it joined the workspace.
      const onA = await registerRequest(a.ctx, reception(1, 21), settings, folder);
      const onB = await registerRequest(b.ctx, reception(2, 21), settings);
      expect([onA.nomor, onB.nomor]).toEqual(['001/PLTI/XI/2026', '001/PLTI/XI/2026']);
      const sync = async () => {
        for (const p of [a, b, a, b]) {
          await p.engine.runCycle();
          await afterSyncCycle(p.ctx, folder);
        }
      };
      await sync();
      for (const p of [a, b]) {
        const collisions = findNumberCollisions(await p.db.requests.toArray());
        expect(collisions.map((c) => c.requests.map((r) => r.id))).toEqual([[onA.id, onB.id]]);
        // Nothing was renumbered behind the operator's back.
        expect((await p.db.requests.get(onB.id))?.nomor).toBe('001/PLTI/XI/2026');
      }
      expect((await readLedger(b.db, 2026)).contested).toEqual([1]);

      await giveNewNumber(b.ctx, folder, onB.id, settings.numberFormat);
      await sync();
      for (const p of [a, b]) {
        expect(findNumberCollisions(await p.db.requests.toArray())).toEqual([]);
        expect((await p.db.requests.get(onA.id))?.nomor).toBe('001/PLTI/XI/2026');
        const renumbered = await p.db.requests.get(onB.id);
        expect(renumbered?.nomor).toBe('002/PLTI/XI/2026');
        expect(renumbered?.riwayatNomor?.map((e) => [e.nomor, e.jenis])).toEqual([
          ['001/PLTI/XI/2026', 'final'],
          ['002/PLTI/XI/2026', 'diganti'],
        ]);
      }
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});

describe('drafts of two PCs away from the share', () => {
  it('never print the same string, and each request keeps the draft it was printed with', async () => {
    const folder = createMemoryFolder({ seed: 3 });
    const keys = await fastKeys();
    const a = testPc({ device: 'pc-a', folder, keys });
    const b = testPc({ device: 'pc-b', folder, keys });
    try {
      const settings = await readRequestSettings(a.db);
      // Both PCs know the share (and so each other) before they lose it.
      await registerRequest(a.ctx, reception(0, 20), settings, folder);
      for (const p of [a, b, a]) await p.engine.runCycle();
      folder.goAway();
      const printed = new Map<string, string>();
      for (const minute of [1, 2, 3]) {
        for (const p of [a, b]) {
          const done = await registerRequest(p.ctx, reception(minute, 21), settings, folder);
          expect(done.sementara).toBe(true);
          printed.set(done.id, done.nomor);
        }
      }
      expect(new Set(printed.values()).size, [...printed.values()].join(' ')).toBe(6);
      expect(printed.get([...printed.keys()][1] ?? '')).toBe('002-PCB/PLTI/XI/2026');

      folder.comeBack();
      for (let round = 0; round < 3; round++) {
        for (const p of [a, b]) {
          await p.engine.runCycle();
          await afterSyncCycle(p.ctx, folder);
        }
      }
      for (const p of [a, b]) {
        const rows = (await p.db.requests.toArray()).filter((r) => printed.has(r.id));
        expect(rows).toHaveLength(6);
        for (const r of rows) {
          expect(r.nomorSementara ?? false).toBe(false);
          const history = r.riwayatNomor ?? [];
          expect(history[0]).toMatchObject({ nomor: printed.get(r.id), jenis: 'sementara' });
          expect(history.at(-1)).toMatchObject({ nomor: r.nomor, jenis: 'final' });
          expect(changedDrafts(r).map((c) => [c.sementara, c.menjadi])).toEqual([
            [printed.get(r.id), r.nomor],
          ]);
        }
        expect(findNumberCollisions(await p.db.requests.toArray())).toEqual([]);
      }
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});
