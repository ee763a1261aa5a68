import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { call } from '../../renderer/api/client';
import { deleteRow, putRow } from '../../renderer/db/repository';
import { syncedRows } from '../doubles/renderer/syncOffices';
import { opFilePath } from '../../shared/sync/opFile';
import {
  addUnit,
  failTimes,
  fsError,
  isTemp,
  namesIn,
  realFolderOffices,
  type FsHook,
} from './realFolderOffice';

/**
 * Issue #5: Windows shares that are busy (antivirus, indexer), unreachable, or come back
 * empty, on a real folder on disk through the real service.
 */

const open = realFolderOffices();

const both =
  (...hooks: FsHook[]): FsHook =>
  async (which, file) => {
    for (const hook of hooks) await hook(which, file);
  };

// Each write is two ops: the row and its audit entry (renderer/db/auditTrail.ts).
describe('a file held by an antivirus or the indexer', () => {
  it.each(['EBUSY', 'EPERM', 'EACCES'])(
    'retries opening and renaming the temp file on %s, and the write succeeds',
    async (code) => {
      const { shared, pc } = await open();
      const a = await pc('pc-a');
      const b = await pc('pc-b');
      await addUnit(a, 'Kepaniteraan');
      a.fs.before = both(
        failTimes(2, (which, file) => which === 'open' && isTemp(file), code),
        failTimes(3, (which, file) => which === 'rename' && isTemp(file), code),
      );
      expect(await a.engine.runCycle()).toMatchObject({
        exportedOps: 2,
        exportedFiles: 1,
        exportError: null,
        pendingLocalChanges: 0,
      });
      const tempCalls = a.fs.calls.filter((c) => isTemp(c.path));
      expect(tempCalls.filter((c) => c.call === 'open')).toHaveLength(3);
      expect(tempCalls.filter((c) => c.call === 'rename')).toHaveLength(4);
      // Backing off between tries: 50 ms, 100 ms, ... (the sleep is instant here).
      expect(a.fs.sleeps).toEqual([50, 100, 50, 100, 200]);
      expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual(['0000000001.json']);
      expect((await b.engine.runCycle()).applied).toEqual([
        { device: 'pc-a', files: 1, ops: 2, changedRows: 2 },
      ]);
    },
  );

  it('keeps the changes waiting while the lock lasts, goes on importing, and sends them later', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    const c = await pc('pc-c');
    await addUnit(c, 'Unit C1');
    await c.engine.runCycle();

    await addUnit(a, 'Unit A1');
    a.fs.before = (which, file) => {
      if (which === 'rename' && isTemp(file)) throw fsError('EBUSY', file);
    };
    const busy = await a.engine.runCycle();
    expect(busy).toMatchObject({ exportedFiles: 0, pendingLocalChanges: 2 });
    expect(busy.exportError).toMatch(/sedang dipakai program lain \(misalnya antivirus\)/);
    // It tried six times, then gave up for this cycle; its temp file did not stay behind.
    expect(a.fs.calls.filter((x) => x.call === 'rename')).toHaveLength(6);
    expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual([]);
    // Importing does not depend on exporting.
    expect(busy.applied).toEqual([{ device: 'pc-c', files: 1, ops: 2, changedRows: 2 }]);

    await addUnit(a, 'Unit A2');
    const stillBusy = await a.engine.runCycle();
    expect(stillBusy).toMatchObject({ exportedFiles: 0, pendingLocalChanges: 4 });
    expect(await b.engine.runCycle()).toMatchObject({
      applied: [{ device: 'pc-c', files: 1, ops: 2, changedRows: 2 }],
      waiting: [],
    });

    a.fs.before = null;
    expect(await a.engine.runCycle()).toMatchObject({
      exportedOps: 4,
      exportedFiles: 2,
      exportError: null,
      pendingLocalChanges: 0,
    });
    // The first file kept the ops planned for it; the later change went in the next.
    expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual([
      '0000000001.json',
      '0000000002.json',
    ]);
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 2, ops: 4, changedRows: 4 },
    ]);
    await c.engine.runCycle();
    const rows = await syncedRows(a.db);
    expect(rows['units']).toHaveLength(3);
    expect(await syncedRows(b.db)).toEqual(rows);
    expect(await syncedRows(c.db)).toEqual(rows);
  });

  it('waits for a file it cannot read now, without quarantining it', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Unit A1');
    await a.engine.runCycle();
    const aFile = opFilePath('pc-a', 1);
    b.fs.before = (which, file) => {
      if (which === 'open' && file.endsWith('0000000001.json')) throw fsError('EBUSY', file);
    };
    expect(await b.engine.runCycle()).toMatchObject({
      applied: [],
      waiting: [{ device: 'pc-a', seq: 1, why: 'unavailable' }],
      quarantined: [],
    });
    expect(await namesIn(shared, 'quarantine')).toEqual([]);
    b.fs.before = null;
    expect(await b.engine.runCycle()).toMatchObject({
      applied: [{ device: 'pc-a', files: 1, ops: 2, changedRows: 2 }],
      waiting: [],
      quarantined: [],
    });
    expect(await call(b.api, 'syncReadFile', { relPath: aFile, maxBytes: 10 })).toEqual({
      tooLarge: true,
    });
  });
});

describe('a folder that goes away or comes back empty', () => {
  it('reads a folder renamed away as unreachable, deletes nothing, and sends the changes when it is back', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    const hakim = await addUnit(a, 'Hakim');
    const panitera = await addUnit(a, 'Panitera');
    await a.engine.runCycle();
    await b.engine.runCycle();
    const before = await syncedRows(b.db);

    await rename(shared, `${shared}-dipindah`);
    await deleteRow(a.ctx, 'units', hakim);
    a.ctx.advance(1_000);
    await putRow(a.ctx, 'units', panitera, { nama: 'Panitera Muda' });
    const away = await a.engine.runCycle();
    expect(away).toMatchObject({
      folderUnreachable: true,
      exportedOps: 0,
      exportError: null,
      applied: [],
      pendingLocalChanges: 4,
    });
    expect(await b.engine.runCycle()).toMatchObject({ folderUnreachable: true, applied: [] });
    expect(await syncedRows(b.db)).toEqual(before);
    expect(await a.db.units.get(panitera)).toMatchObject({ nama: 'Panitera Muda' });
    // The missing share is not recreated as an empty local folder.
    await expect(stat(shared)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await call(a.api, 'syncReadMarker', {})).toEqual({ kind: 'unreachable' });
    expect(await call(a.api, 'syncListOps', {})).toEqual({ reachable: false, code: 'ENOENT' });

    await rename(`${shared}-dipindah`, shared);
    expect(await a.engine.runCycle()).toMatchObject({
      folderUnreachable: false,
      exportedOps: 4,
      pendingLocalChanges: 0,
    });
    await b.engine.runCycle();
    expect(await b.db.units.get(hakim)).toMatchObject({ _deleted: true });
    expect(await b.db.units.get(panitera)).toMatchObject({ nama: 'Panitera Muda' });
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it.each([
    ['emptied, the workspace marker kept', true],
    ['removed and made again empty', false],
  ])(
    'takes a folder %s for lost files, not deletions, and each PC writes its own back',
    async (_how, keepMarker) => {
      const { shared, pc, createMarker } = await open();
      const a = await pc('pc-a');
      const b = await pc('pc-b');
      await createMarker(a);
      await addUnit(a, 'Unit A1');
      await a.engine.runCycle();
      await addUnit(a, 'Unit A2');
      await a.engine.runCycle();
      await addUnit(b, 'Unit B1');
      await b.engine.runCycle();
      await a.engine.runCycle();
      const rowsA = await syncedRows(a.db);
      const rowsB = await syncedRows(b.db);
      expect(rowsB).toEqual(rowsA);

      if (keepMarker) {
        await rm(`${shared}/devices`, { recursive: true });
      } else {
        await rm(shared, { recursive: true });
        await mkdir(shared);
      }
      expect(await call(a.api, 'syncReadMarker', {})).toMatchObject({
        kind: keepMarker ? 'found' : 'absent',
      });
      expect(await call(a.api, 'syncListOps', {})).toEqual({ reachable: true, files: [] });

      const bBack = await b.engine.runCycle();
      expect(bBack).toMatchObject({
        folderUnreachable: false,
        applied: [],
        waiting: [],
        restoredFiles: 1,
        exportError: null,
      });
      expect(await syncedRows(b.db)).toEqual(rowsB);
      const aBack = await a.engine.runCycle();
      expect(aBack).toMatchObject({ applied: [], restoredFiles: 2, exportError: null });
      expect(await syncedRows(a.db)).toEqual(rowsA);
      expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual([
        '0000000001.json',
        '0000000002.json',
      ]);
      expect(await namesIn(shared, 'devices/pc-b/ops')).toEqual(['0000000001.json']);

      // Written again, not twice: a second cycle restores nothing, and a new PC gets it all.
      expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 0, applied: [] });
      const c = await pc('pc-c');
      expect((await c.engine.runCycle()).applied).toEqual([
        { device: 'pc-a', files: 2, ops: 4, changedRows: 4 },
        { device: 'pc-b', files: 1, ops: 2, changedRows: 2 },
      ]);
      expect(await syncedRows(c.db)).toEqual(rowsA);
    },
  );
});
