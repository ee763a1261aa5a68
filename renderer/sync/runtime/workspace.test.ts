import { describe, expect, it } from 'vitest';
import type { MejaApi } from '../../../shared/api/contract';
import { fail, ok } from '../../../shared/api/result';
import { testDatabase } from '../../../test/doubles/renderer/testDatabase';
import { WRONG_PASSPHRASE_MESSAGE } from '../cryptoErrors';
import {
  chooseSharedFolder,
  createWorkspace,
  joinWorkspace,
  KEYS_KEY,
  leaveWorkspace,
  readWorkspace,
} from './workspace';

const PASSPHRASE = 'Kantor Sleman 2026!';

/** Main's side of the marker channels, over one in-memory folder. */
function fakeMain() {
  let marker: unknown;
  let root: string | null = null;
  const api = {
    syncChooseFolder: async () => {
      root = '\\\\server\\data\\MejaTI';
      return ok({ chosen: true as const, root });
    },
    syncReadMarker: async () =>
      ok(
        marker === undefined
          ? { kind: 'absent' as const }
          : { kind: 'found' as const, value: marker as never },
      ),
    syncCreateMarker: async ({ marker: next }: { marker: unknown }) => {
      if (marker !== undefined)
        return fail('syncExists', 'Folder ini sudah berisi ruang kerja Meja TI.');
      marker = next;
      return ok({});
    },
    syncForgetFolder: async () => {
      root = null;
      return ok({});
    },
  };
  return { api: api as unknown as MejaApi, marker: () => marker, root: () => root };
}

describe('joining a workspace', () => {
  it('creates one in an empty folder and joins it from another PC with the passphrase', async () => {
    const main = fakeMain();
    const first = testDatabase('ws-first');
    const choice = await chooseSharedFolder(main.api, 'aaaa-1111');
    expect(choice).toEqual({ kind: 'empty', root: '\\\\server\\data\\MejaTI' });
    await createWorkspace(main.api, first, {
      root: '\\\\server\\data\\MejaTI',
      passphrase: PASSPHRASE,
      office: 'Pengadilan Negeri Sleman',
      now: new Date('2026-11-22T02:00:00Z'),
      workspaceId: 'ws-0001-abcd',
    });
    // The marker holds a salt and a verifier; never the passphrase.
    expect(JSON.stringify(main.marker())).not.toContain('Sleman 2026');
    expect((await readWorkspace(first))?.joined).toMatchObject({
      workspaceId: 'ws-0001-abcd',
      created: true,
    });

    const second = testDatabase('ws-second');
    const found = await chooseSharedFolder(main.api, 'bbbb-2222');
    if (found.kind !== 'workspace') throw new Error(`expected a workspace, got ${found.kind}`);
    expect(found.marker.office).toBe('Pengadilan Negeri Sleman');
    await expect(
      joinWorkspace(second, {
        root: found.root,
        passphrase: 'kata sandi lain',
        marker: found.marker,
        now: new Date(),
      }),
    ).rejects.toThrow(WRONG_PASSPHRASE_MESSAGE);
    expect(await readWorkspace(second)).toBeNull();
    expect(await second.local.get(KEYS_KEY)).toBeUndefined();

    const joined = await joinWorkspace(second, {
      root: found.root,
      passphrase: PASSPHRASE,
      marker: found.marker,
      now: new Date('2026-11-22T03:00:00Z'),
    });
    expect(joined.joined).toMatchObject({ workspaceId: 'ws-0001-abcd', created: false });
    // Both PCs hold keys that open each other's files: same key material.
    const firstKeys = (await readWorkspace(first))?.keys;
    if (!firstKeys) throw new Error('the first PC lost its keys');
    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      firstKeys.encryption,
      new Uint8Array([1, 2, 3]),
    );
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv },
      joined.keys.encryption,
      sealed,
    );
    expect([...new Uint8Array(opened)]).toEqual([1, 2, 3]);
  });

  it('refuses to make a second workspace where one exists, and leaving forgets the keys', async () => {
    const main = fakeMain();
    const db = testDatabase('ws-leave');
    const options = {
      root: 'Z:\\MejaTI',
      passphrase: PASSPHRASE,
      office: 'PN Sleman',
      now: new Date(),
      workspaceId: 'ws-0002-abcd',
    };
    await createWorkspace(main.api, db, options);
    await expect(createWorkspace(main.api, testDatabase('ws-other'), options)).rejects.toThrow(
      'sudah berisi ruang kerja',
    );
    await leaveWorkspace(main.api, db);
    expect(await readWorkspace(db)).toBeNull();
    expect(main.root()).toBeNull();
  });
});
