import { describe, expect, it, vi } from 'vitest';
import type { MejaApi } from '../../../shared/api/contract';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { createWorkspaceSecrets } from '../workspaceCrypto';
import { loadWorkspace, startSync } from './startSync';
import { KEYS_KEY, WORKSPACE_KEY } from './workspace';

describe('starting sync', () => {
  it('says why the workspace could not be read instead of throwing', async () => {
    const db = testDatabase('start-read');
    vi.spyOn(db.local, 'bulkGet').mockRejectedValue(new Error('Basis data tidak dapat dibaca.'));
    expect(await loadWorkspace(db)).toEqual({
      workspace: null,
      error: 'Basis data tidak dapat dibaca.',
    });
  });

  it('reads the workspace when it can', async () => {
    const db = testDatabase('start-ok');
    const { keys } = await createWorkspaceSecrets('Kantor Sleman 2026!');
    const joined = {
      workspaceId: 'ws-1',
      office: 'PN Sleman',
      root: 'X:\\MejaTI',
      joinedAt: '2026-11-22T02:00:00.000Z',
      created: true,
    };
    await db.local.bulkPut([
      { key: WORKSPACE_KEY, value: joined },
      { key: KEYS_KEY, value: keys },
    ]);
    expect(await loadWorkspace(db)).toMatchObject({ workspace: { joined }, error: null });
  });

  it('rejects, with nothing left running, when what it reads first fails', async () => {
    const db = testDatabase('start-fail');
    const write = testWriteContext(db);
    const { keys } = await createWorkspaceSecrets('Kantor Sleman 2026!');
    vi.spyOn(db.local, 'get').mockRejectedValue(new Error('Basis data tidak dapat dibaca.'));
    const api = {} as MejaApi;
    await expect(
      startSync({
        db,
        api,
        write,
        afterCycle: async () => {},
        workspace: {
          joined: {
            workspaceId: 'ws-1',
            office: '',
            root: 'X:\\MejaTI',
            joinedAt: '2026-11-22T02:00:00.000Z',
            created: true,
          },
          keys,
        },
      }),
    ).rejects.toThrow('Basis data tidak dapat dibaca.');
  });
});
