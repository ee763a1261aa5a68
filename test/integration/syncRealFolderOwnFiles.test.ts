import { truncateSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../renderer/api/client';
import { syncedRows } from '../doubles/renderer/syncOffices';
import { opFilePath } from '../../shared/sync/opFile';
import { addUnit, fsError, namesIn, realFolderOffices } from './realFolderOffice';

/**
 * Issue #11 item 4: a PC's own op file cut short by the share, or a folder at its next
 * number, on a real folder on disk through the real service: the PC writes its file again
 * there (what was there moved aside, never deleted) and the others take it.
 */

const open = realFolderOffices();
const FILE_1 = '0000000001.json';
const isAside = (name: string) => /^0000000001\.json\.[a-z0-9]{12}\.damaged$/.test(name);

describe('a PC’s own files on a real shared folder', () => {
  it('writes its file again after the share cut it short and the reply was lost', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Kepaniteraan');
    let cut = false;
    a.fs.afterRename = (_from, to) => {
      if (cut || !to.endsWith(FILE_1)) return;
      cut = true;
      truncateSync(to, 20);
      throw fsError('EIO', to);
    };
    expect((await a.engine.runCycle()).exportError).not.toBeNull();
    expect((await b.engine.runCycle()).quarantined.map((q) => q.relPath)).toEqual([
      opFilePath('pc-a', 1),
    ]);

    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, exportError: null });
    const names = await namesIn(shared, 'devices/pc-a/ops');
    expect(names.filter((n) => !isAside(n))).toEqual([FILE_1]);
    const aside = names.find(isAside);
    expect(aside && (await stat(path.join(shared, 'devices/pc-a/ops', aside))).size).toBe(20);

    expect(await b.engine.runCycle()).toMatchObject({ waiting: [], quarantined: [] });
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it('moves a folder at its next number aside and writes its file there', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await mkdir(path.join(shared, 'devices/pc-a/ops', FILE_1), { recursive: true });
    await addUnit(a, 'Kepaniteraan');

    expect(await a.engine.runCycle()).toMatchObject({ exportedFiles: 1, exportError: null });
    expect((await stat(path.join(shared, 'devices/pc-a/ops', FILE_1))).isFile()).toBe(true);
    expect((await namesIn(shared, 'devices/pc-a/ops')).some(isAside)).toBe(true);
    expect(await b.engine.runCycle()).toMatchObject({ waiting: [], quarantined: [] });
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it('never replaces another PC’s file, nor its own file once it changed', async () => {
    const { shared, pc } = await open();
    const a = await pc('pc-a');
    const b = await pc('pc-b');
    await addUnit(a, 'Unit A');
    await addUnit(b, 'Unit B');
    await a.engine.runCycle();
    await b.engine.runCycle();
    const bFile = path.join(shared, 'devices/pc-b/ops', FILE_1);
    const aFile = path.join(shared, 'devices/pc-a/ops', FILE_1);
    const [bBefore, aBefore] = [await readFile(bFile), await readFile(aFile)];
    const replace = (pcApi: typeof a.api, relPath: string) =>
      call(pcApi, 'syncReplaceDamaged', {
        relPath,
        base64: 'AAAA',
        found: { kind: 'file', sha256: '0'.repeat(64) },
      });

    await expect(replace(a.api, opFilePath('pc-b', 1))).rejects.toThrow(/sendiri/);
    await expect(replace(a.api, opFilePath('pc-a', 1))).rejects.toThrow(/sudah berubah/);
    expect(await readFile(bFile)).toEqual(bBefore);
    expect(await readFile(aFile)).toEqual(aBefore);
  });
});
