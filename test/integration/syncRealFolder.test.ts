import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../renderer/api/client';
import { putRow } from '../../renderer/db/repository';
import { syncedRows } from '../doubles/renderer/syncOffices';
import { opFilePath } from '../../shared/sync/opFile';
import { addUnit, namesIn, realFolderOffices } from './realFolderOffice';

/**
 * DESIGN.md §6: the same sync engine against a real temp folder on disk, through the
 * whole chain the app uses (IPC folder → API → dispatcher → sync service → node:fs).
 */

const open = realFolderOffices();

// Each write is two ops: the row and its audit entry (renderer/db/auditTrail.ts).
describe('sync on a real folder on disk', () => {
  it('carries a row from one PC to another, and edits made on both converge', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    const c = await pc('pc-c');

    const id = await addUnit(a, 'Kepaniteraan');
    expect(await a.engine.runCycle()).toMatchObject({
      exportedOps: 2,
      exportedFiles: 1,
      exportError: null,
      folderUnreachable: false,
      pendingLocalChanges: 0,
    });
    // One file, under its strict name, and sealed: the row's text is not readable on the share.
    expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual(['0000000001.json']);
    const onDisk = await readFile(path.join(shared, opFilePath('pc-a', 1)));
    expect(onDisk.subarray(0, 4).toString()).toBe('MTI1');
    expect(onDisk.includes('Kepaniteraan')).toBe(false);

    expect(await b.db.units.get(id)).toBeUndefined();
    const first = await b.engine.runCycle();
    expect(first.applied).toEqual([{ device: 'pc-a', files: 1, ops: 2, changedRows: 2 }]);
    expect(first.waiting).toEqual([]);
    expect(await b.db.units.get(id)).toEqual(await a.db.units.get(id));

    // Both edit the same row: different fields, and the same field on both.
    a.ctx.advance(60_000);
    await putRow(a.ctx, 'units', id, { nama: 'Kepaniteraan Pidana' });
    b.ctx.advance(120_000);
    await putRow(b.ctx, 'units', id, { nama: 'Kepaniteraan Perdata', aktif: false });
    const bOwn = await addUnit(b, 'Kesekretariatan');
    await addUnit(c, 'Hakim');

    for (let round = 0; round < 2; round++) {
      for (const p of [a, b, c]) {
        const report = await p.engine.runCycle();
        expect(report).toMatchObject({ exportError: null, quarantined: [], waiting: [] });
      }
    }
    const rows = await syncedRows(a.db);
    expect(await syncedRows(b.db)).toEqual(rows);
    expect(await syncedRows(c.db)).toEqual(rows);
    // B's edit is later on the clock: it wins both fields; nothing was lost.
    expect(await a.db.units.get(id)).toMatchObject({ nama: 'Kepaniteraan Perdata', aktif: false });
    expect(await c.db.units.get(bOwn)).toMatchObject({ nama: 'Kesekretariatan' });
    expect(rows['units']).toHaveLength(3);
    for (const p of [a, b, c]) expect(await p.engine.pendingLocalChanges()).toBe(0);
    expect(await namesIn(shared, 'devices')).toEqual(['pc-a', 'pc-b', 'pc-c']);
    // B's two changes went out together, in one file.
    expect(await namesIn(shared, 'devices/pc-b/ops')).toEqual(['0000000001.json']);
  });

  it('ignores what Windows, Office and other programs leave in the folder', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Kepaniteraan');
    await a.engine.runCycle();
    const good = await readFile(path.join(shared, opFilePath('pc-a', 1)));

    const junk: [string, Uint8Array | string][] = [
      ['desktop.ini', '[.ShellClassInfo]\r\nIconResource=x\r\n'],
      ['Thumbs.db', 'thumbs'],
      ['devices/desktop.ini', '[.ShellClassInfo]'],
      ['devices/pc-a/desktop.ini', '[.ShellClassInfo]'],
      ['devices/pc-a/ops/Thumbs.db', 'thumbs'],
      ['devices/pc-a/ops/~$0000000002.json', 'owner file'],
      ['devices/pc-a/ops/0000000002.json.k3j4h5g6f7d8.tmp', good],
      ['devices/pc-a/ops/0000000002.tmp', good],
      // Names that almost match: wrong case, too few digits, an extra suffix, a copy.
      ['devices/pc-a/ops/0000000002.JSON', good],
      ['devices/pc-a/ops/2.json', good],
      ['devices/pc-a/ops/0000000002.json.bak', good],
      ['devices/pc-a/ops/0000000002 - Copy.json', good],
      ['devices/PC-C/ops/0000000001.json', good],
      ['devices/pc-c/OPS/0000000001.json', good],
      ['devices/pc-c/ops/0000000000.json', good],
    ];
    for (const [relPath, content] of junk) {
      const target = path.join(shared, ...relPath.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    // A folder named like an op file.
    await mkdir(path.join(shared, 'devices', 'pc-c', 'ops', '0000000001.json'), {
      recursive: true,
    });

    const listing = await call(b.api, 'syncListOps', {});
    expect(listing).toEqual({
      reachable: true,
      files: [{ device: 'pc-a', seq: 1, relPath: opFilePath('pc-a', 1), size: good.length }],
    });
    const report = await b.engine.runCycle();
    expect(report).toMatchObject({
      applied: [{ device: 'pc-a', files: 1, ops: 2, changedRows: 2 }],
      waiting: [],
      quarantined: [],
      exportError: null,
    });
    expect(await namesIn(shared, 'quarantine')).toEqual([]);

    // The junk in its own folder does not confuse the writer either: its next file is number 2.
    await addUnit(a, 'Kesekretariatan');
    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, exportError: null });
    expect(await namesIn(shared, 'devices/pc-a/ops')).toContain('0000000002.json');
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 1, ops: 2, changedRows: 2 },
    ]);
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
    // Nothing of the junk was touched, but for the temp file named as A's own writer names
    // its temp of file 2: a leftover of a write that died, removed once file 2 is written.
    expect(await readFile(path.join(shared, 'desktop.ini'), 'utf8')).toContain('ShellClassInfo');
    const left = await namesIn(shared, 'devices/pc-a/ops');
    expect(left).toHaveLength(9);
    expect(left).not.toContain('0000000002.json.k3j4h5g6f7d8.tmp');
    expect(left).toContain('0000000002.tmp');
  });
});
