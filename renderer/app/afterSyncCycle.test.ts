import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MejaDatabase } from '../db/database';
import { createRow } from '../db/repository';
import { readCurrentUser, writeCurrentUser } from '../features/people/public';
import { readRequestSettings } from '../features/requests/requestSettings';
import { registerRequest } from '../features/requests/requestStore';
import type { CycleReport } from '../sync/engine';
import type { FolderPort } from '../sync/folderPort';
import { JOIN_HOLD_KEY } from '../sync/joinHold';
import { createMemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import { testDatabase, testWriteContext } from '../../test/doubles/renderer/testDatabase';
import { testReception } from '../../test/doubles/renderer/testReception';
import { appAfterSyncCycle } from './afterSyncCycle';

const QUIET: CycleReport = {
  exportedOps: 0,
  exportedFiles: 0,
  restoredFiles: 0,
  exportError: null,
  applied: [],
  waiting: [],
  quarantined: [],
  folderUnreachable: false,
  pendingLocalChanges: 0,
  clockDriftMs: null,
  retired: false,
};

/** The memory folder, with every claim it was asked for written down. */
function watchedFolder() {
  const folder = createMemoryFolder({ seed: 1 });
  const claimed: string[] = [];
  const port: FolderPort = {
    ...folder,
    claim: (relDir) => {
      claimed.push(relDir);
      return folder.claim(relDir);
    },
  };
  return { port, claimed };
}

describe("the app's work after a sync cycle", () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function withLocalNumber() {
    db = testDatabase('after-cycle');
    const write = testWriteContext(db, {
      actor: 'op-a',
      start: new Date(2026, 10, 23, 10).getTime(),
    });
    // Registered with no share: a local number, to be claimed after the next cycle.
    await registerRequest(
      write,
      testReception(new Date(2026, 10, 23, 9)),
      await readRequestSettings(db),
    );
    return write;
  }

  it('claims on the share the register numbers given while away from it', async () => {
    const write = await withLocalNumber();
    const { port, claimed } = watchedFolder();
    const setActor = vi.fn();
    await appAfterSyncCycle(setActor)({ write, folder: port, report: QUIET });
    expect(claimed).toEqual(['claims/2026/1']);
    expect(setActor).not.toHaveBeenCalled();
  });

  it('claims nothing while a join review holds this PC’s changes', async () => {
    const write = await withLocalNumber();
    await db.local.put({
      key: JOIN_HOLD_KEY,
      value: { phase: 'review', localOffice: null, localPeopleIds: [] },
    });
    const { port, claimed } = watchedFolder();
    await appAfterSyncCycle(vi.fn())({ write, folder: port, report: QUIET });
    expect(claimed).toEqual([]);
  });

  it("moves this PC's user to the surviving person when staff merge per NIP", async () => {
    db = testDatabase('after-cycle-merge');
    const write = testWriteContext(db);
    const person = { nip: '198903152015031002', jabatan: 'Staf', unitId: null, aktif: true };
    // Two PCs created the same person apart; both rows arrived here.
    const first = await createRow(write, 'people', { ...person, nama: 'Rahmat', roles: [] });
    const second = await createRow(write, 'people', { ...person, nama: 'Rahmat H.', roles: [] });
    const [survivor, loser] = [first, second].sort();
    await writeCurrentUser(db, loser ?? null);
    const setActor = vi.fn();
    await appAfterSyncCycle(setActor)({ write, folder: watchedFolder().port, report: QUIET });
    expect(await readCurrentUser(db)).toBe(survivor);
    expect(setActor).toHaveBeenCalledWith(survivor);
  });
});
