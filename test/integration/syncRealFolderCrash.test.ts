import { readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncedRows } from '../doubles/renderer/syncOffices';
import { opFilePath } from '../../shared/sync/opFile';
import { addUnit, deadProcess, isTemp, namesIn, realFolderOffices } from './realFolderOffice';

/**
 * Issue #5: a process that dies between writing the temp file and renaming it, a reply
 * lost after the rename, and a file cut short by another writer, on a real folder.
 */

const open = realFolderOffices();

describe('a crash on a real folder', () => {
  it('loses nothing when the process dies between writing the temp file and the rename', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Kepaniteraan');
    await addUnit(a, 'Kesekretariatan');

    // The temp file is written and flushed; then the process dies at the rename.
    a.fs.before = async (call, file) => {
      if (call === 'rename' && isTemp(file)) {
        a.fs.before = deadProcess;
        await deadProcess(call, file);
      }
    };
    const crashed = await a.engine.runCycle();
    expect(crashed.exportedFiles).toBe(0);
    expect(crashed.exportError).toEqual(expect.stringContaining(opFilePath('pc-a', 1)));
    expect(crashed.pendingLocalChanges).toBe(4);

    // What a dead process leaves: the whole temp file under the writer's temp name, no op file.
    const left = await namesIn(shared, 'devices/pc-a/ops');
    expect(left).toHaveLength(1);
    const [temp] = left;
    expect(temp).toMatch(/^0000000001\.json\.[a-z0-9]{12}\.tmp$/);
    // Its bytes are a complete op file: only the rename was missing.
    const tempPath = path.join(shared, 'devices', 'pc-a', 'ops', temp ?? '');
    expect((await stat(tempPath)).size).toBeGreaterThan(100);

    // Other PCs see nothing yet, and do not take the temp file for anything.
    expect(await b.engine.runCycle()).toMatchObject({ applied: [], waiting: [], quarantined: [] });

    // Meja TI starts again on A: the same database, a fresh service.
    a.restart();
    expect(await a.engine.runCycle()).toMatchObject({
      exportedOps: 4,
      exportedFiles: 1,
      exportError: null,
      pendingLocalChanges: 0,
    });
    // The file is there, and the temp the dead attempt left is cleaned up with it.
    expect(temp).toMatch(/^0000000001\.json\.[0-9a-z]{12}\.tmp$/);
    expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual(['0000000001.json']);

    const report = await b.engine.runCycle();
    expect(report).toMatchObject({
      applied: [{ device: 'pc-a', files: 1, ops: 4, changedRows: 4 }],
      waiting: [],
      quarantined: [],
    });
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));

    // Later files go on from number 2; the stray temp file stays ignored.
    await addUnit(a, 'Hakim');
    await a.engine.runCycle();
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 1, ops: 2, changedRows: 2 },
    ]);
    expect(await b.db.units.count()).toBe(3);
  });

  it('ignores a half-written temp file left by a crash during the write', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Kepaniteraan');
    await a.engine.runCycle();
    const whole = await readFile(path.join(shared, opFilePath('pc-a', 1)));
    // A second file died half-written: a temp name, half the bytes.
    await writeFile(
      path.join(shared, 'devices', 'pc-a', 'ops', '0000000002.json.0a1b2c3d4e5f.tmp'),
      whole.subarray(0, whole.length >> 1),
    );
    expect(await b.engine.runCycle()).toMatchObject({
      applied: [{ device: 'pc-a', files: 1, ops: 2, changedRows: 2 }],
      waiting: [],
      quarantined: [],
    });
    await addUnit(a, 'Kesekretariatan');
    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, exportError: null });
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 1, ops: 2, changedRows: 2 },
    ]);
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it('neither duplicates nor loses ops when the rename landed but its reply was lost', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Kepaniteraan');
    a.fs.afterRename = () => {
      a.fs.afterRename = null;
      throw Object.assign(new Error('the network name is no longer available'), {
        code: 'ENETRESET',
      });
    };
    const lost = await a.engine.runCycle();
    expect(lost).toMatchObject({ exportedFiles: 0, pendingLocalChanges: 2 });
    expect(lost.exportError).toEqual(expect.stringContaining('tidak dapat disimpan'));
    expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual(['0000000001.json']);

    await addUnit(a, 'Kesekretariatan');
    // The retry finds file 1 there, reads it back, sees its own ops: counted, not rewritten.
    expect(await a.engine.runCycle()).toMatchObject({
      exportedOps: 4,
      exportedFiles: 2,
      exportError: null,
      pendingLocalChanges: 0,
    });
    expect(await namesIn(shared, 'devices/pc-a/ops')).toEqual([
      '0000000001.json',
      '0000000002.json',
    ]);
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 2, ops: 4, changedRows: 4 },
    ]);
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });
});

describe('a file cut short by another writer', () => {
  it('is quarantined with its reason, other devices still apply, and its PC writes it again', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    const c = await pc('pc-c');
    await addUnit(a, 'Unit A1');
    await a.engine.runCycle();
    await addUnit(a, 'Unit A2');
    await a.engine.runCycle();
    await addUnit(c, 'Unit C1');
    await c.engine.runCycle();

    const damaged = opFilePath('pc-a', 1);
    const damagedAbs = path.join(shared, ...damaged.split('/'));
    await truncate(damagedAbs, (await stat(damagedAbs)).size >> 1);

    const report = await b.engine.runCycle();
    expect(report.applied).toEqual([{ device: 'pc-c', files: 1, ops: 2, changedRows: 2 }]);
    expect(report.waiting).toEqual([{ device: 'pc-a', seq: 1, why: 'quarantined' }]);
    expect(report.quarantined).toEqual([
      expect.objectContaining({ relPath: damaged, device: 'pc-a', seq: 1 }),
    ]);
    const reason = report.quarantined[0]?.reason ?? '';
    expect(reason).toContain(damaged);
    expect(reason).toMatch(/ditolak: tidak lolos pemeriksaan keaslian/);
    expect(await b.engine.quarantined()).toEqual(report.quarantined);
    // B keeps what it got from C, and took nothing from A: not file 1, nor file 2 after it.
    expect((await b.db.units.toArray()).map((u) => u.nama)).toEqual(['Unit C1']);

    // The other PCs learn why from the record B left in the folder; the file itself stays.
    const records = await namesIn(shared, 'quarantine/pc-b');
    expect(records).toHaveLength(1);
    const record: unknown = JSON.parse(
      await readFile(path.join(shared, 'quarantine', 'pc-b', records[0] ?? ''), 'utf8'),
    );
    expect(record).toMatchObject({ file: damaged, reason });
    expect((await stat(damagedAbs)).size).toBeGreaterThan(0);

    // A finds its file cut short (its size is not the one it wrote): it moves it aside and
    // writes it again from its outbox, and B catches up (issue #11 item 4).
    expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 1, exportError: null });
    expect(
      (await namesIn(shared, 'devices/pc-a/ops')).filter((n) => n.endsWith('.damaged')),
    ).toHaveLength(1);
    const repaired = await b.engine.runCycle();
    expect(repaired).toMatchObject({
      applied: [{ device: 'pc-a', files: 2, ops: 4, changedRows: 4 }],
      waiting: [],
      quarantined: [],
    });
    expect(await namesIn(shared, 'quarantine/pc-b')).toHaveLength(1);

    // Cut to nothing, or removed by hand, it is written again the same way.
    await truncate(damagedAbs, 0);
    expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 1, exportError: null });
    await rm(damagedAbs);
    expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 1, exportError: null });
    expect(await b.engine.runCycle()).toMatchObject({ waiting: [], quarantined: [] });
    for (const p of [a, c]) await p.engine.runCycle();
    const rows = await syncedRows(a.db);
    expect(rows['units']).toHaveLength(3);
    expect(await syncedRows(b.db)).toEqual(rows);
    expect(await syncedRows(c.db)).toEqual(rows);
  });

  it('refuses a file cut to a few bytes as cut short', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Unit A1');
    await a.engine.runCycle();
    await truncate(path.join(shared, 'devices', 'pc-a', 'ops', '0000000001.json'), 20);
    const report = await b.engine.runCycle();
    expect(report.quarantined.map((q) => q.reason)).toEqual([
      expect.stringMatching(/bukan berkas terenkripsi Meja TI atau isinya terpotong/),
    ]);
    expect(await b.db.units.count()).toBe(0);
    expect(await readdir(path.join(shared, 'quarantine', 'pc-b'))).toHaveLength(1);
  });
});
