import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { opFilePath } from '../../shared/sync/opFile';
import { createRow } from '../db/repository';
import { utf8 } from './bytes';
import { sealFile } from './fileEnvelope';
import { createMemoryFolder, type MemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import { exportStateRow, readExportState } from './syncState';
import { fastKeys, syncedRows, testPc, type TestPc } from '../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from './workspaceCrypto';

/** A PC's own files on the share: checked, and written again when damaged or lost. */

let keys: WorkspaceKeys;
let otherKeys: WorkspaceKeys;
let pcs: TestPc[] = [];

beforeAll(async () => {
  keys = await fastKeys();
  otherKeys = await fastKeys('Kata sandi kantor yang lain!');
});

afterEach(() => {
  for (const pc of pcs) pc.db.close();
  pcs = [];
});

function office(folder: MemoryFolder): [TestPc, TestPc] {
  const a = testPc({ device: 'pc-a', folder, keys });
  const b = testPc({ device: 'pc-b', folder, keys });
  pcs.push(a, b);
  return [a, b];
}

const unit = (nama: string) => ({ nama, aktif: true });
const FILE_1 = opFilePath('pc-a', 1);

/** b has applied everything of a's, refuses nothing and waits at nothing. */
async function expectCaughtUp(a: TestPc, b: TestPc): Promise<void> {
  const report = await b.engine.runCycle();
  expect(report).toMatchObject({ waiting: [], quarantined: [], stalled: [] });
  expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
}

describe('a PC’s own files on the share', () => {
  it('writes its file again when the share cut it short after the rename and the reply was lost', async () => {
    const folder = createMemoryFolder({ seed: 21, faults: { truncatedWrites: 1 } });
    const [a, b] = office(folder);
    await createRow(a.ctx, 'units', unit('Satu'));
    expect((await a.engine.runCycle()).exportError).not.toBeNull();
    folder.setFaults({ truncatedWrites: 0 });
    // b finds the cut file and refuses it.
    expect((await b.engine.runCycle()).quarantined.map((q) => q.relPath)).toEqual([FILE_1]);

    // On the retry a finds its name taken by a file that is not valid: it writes the file
    // again there, and skips no number.
    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, exportError: null });
    expect((await readExportState(a.db)).files).not.toContain(null);
    expect(folder.paths().some((p) => p.startsWith(`${FILE_1}.`) && p.endsWith('.damaged'))).toBe(
      true,
    );
    await expectCaughtUp(a, b);
  });

  it('writes again a file the share cut short after a write it was told had succeeded', async () => {
    const folder = createMemoryFolder({ seed: 22 });
    const [a, b] = office(folder);
    await createRow(a.ctx, 'units', unit('Satu'));
    await a.engine.runCycle();
    const whole = folder.getRaw(FILE_1);
    if (!whole) throw new Error('file 1 not written');
    folder.putRaw(FILE_1, whole.slice(0, whole.length - 7));

    expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 1, exportError: null });
    expect(folder.getRaw(FILE_1)?.length).toBe(whole.length);
    await expectCaughtUp(a, b);
  });

  it('writes its next file in place of a folder someone made at its name', async () => {
    const folder = createMemoryFolder({ seed: 23 });
    const [a, b] = office(folder);
    folder.putDirectory(FILE_1);
    await createRow(a.ctx, 'units', unit('Satu'));

    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, exportError: null });
    expect(folder.paths()).toContain(FILE_1);
    await expectCaughtUp(a, b);
  });

  it('moves another workspace’s file at its next number aside, keeping it, and writes its own', async () => {
    const folder = createMemoryFolder({ seed: 24 });
    const [a, b] = office(folder);
    const content = {
      format: 'meja-ti/ops@1',
      device: 'pc-a',
      seq: 1,
      createdAt: new Date(0).toISOString(),
      ops: [],
    };
    const foreign = await sealFile(otherKeys, utf8(JSON.stringify(content)), FILE_1);
    folder.putRaw(FILE_1, foreign);
    await createRow(a.ctx, 'units', unit('Satu'));

    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, exportError: null });
    expect((await readExportState(a.db)).files).not.toContain(null);
    const aside = folder.paths().find((p) => p.startsWith(`${FILE_1}.`) && p.endsWith('.damaged'));
    expect(aside && folder.getRaw(aside)).toEqual(foreign);
    await expectCaughtUp(a, b);
  });

  it('takes a number another workspace’s file holds past its last file, with a file of no ops', async () => {
    const folder = createMemoryFolder({ seed: 27 });
    const [a, b] = office(folder);
    const content = { format: 'meja-ti/ops@1', device: 'pc-a', seq: 2, ops: [] };
    const createdAt = new Date(0).toISOString();
    const path2 = opFilePath('pc-a', 2);
    folder.putRaw(
      path2,
      await sealFile(otherKeys, utf8(JSON.stringify({ ...content, createdAt })), path2),
    );
    // b finds a gap before it; a, with nothing to send, takes numbers 1 and 2.
    expect((await b.engine.runCycle()).waiting).toEqual([{ device: 'pc-a', seq: 1, why: 'gap' }]);

    expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 2, exportError: null });
    await createRow(a.ctx, 'units', unit('Sesudahnya'));
    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, pendingLocalChanges: 0 });
    expect(folder.paths()).toContain(opFilePath('pc-a', 3));
    await expectCaughtUp(a, b);
  });

  it('writes a number it skipped earlier, with no ops, once the file there is gone', async () => {
    const folder = createMemoryFolder({ seed: 25 });
    const [a, b] = office(folder);
    await createRow(a.ctx, 'units', unit('Satu'));
    // As an older version left it: number 1 skipped (its file deleted by hand since), the
    // ops planned for file 2.
    const last = (await a.db.outbox.orderBy('hlc').last())?.hlc ?? null;
    await a.db.local.put(exportStateRow({ files: [null, last], written: 0 }));

    await a.engine.runCycle();
    expect(folder.paths()).toContain(FILE_1);
    await expectCaughtUp(a, b);
  });

  it('tells the operator which PC and number it has waited at for ten minutes', async () => {
    const folder = createMemoryFolder({ seed: 26 });
    const [a, b] = office(folder);
    await createRow(a.ctx, 'units', unit('Satu'));
    await a.engine.runCycle();
    await createRow(a.ctx, 'units', unit('Dua'));
    await a.engine.runCycle();
    folder.remove(FILE_1);

    const since = b.ctx.now().toISOString();
    const first = await b.engine.runCycle();
    expect(first.waiting).toEqual([{ device: 'pc-a', seq: 1, why: 'gap' }]);
    expect(first.stalled).toEqual([]);
    b.ctx.advance(10 * 60_000 - 1);
    expect((await b.engine.runCycle()).stalled).toEqual([]);
    b.ctx.advance(1);
    expect((await b.engine.runCycle()).stalled).toEqual([
      { device: 'pc-a', seq: 1, why: 'gap', since },
    ]);
    // The share goes away: the operator still sees it.
    folder.goAway();
    expect((await b.engine.runCycle()).stalled).toHaveLength(1);
    folder.comeBack();

    // a writes its lost file again; b takes it and waits no more.
    await a.engine.runCycle();
    await expectCaughtUp(a, b);
  });
});
