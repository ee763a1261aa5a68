import { z } from 'zod';
import type { MejaApi } from '../../../shared/api/contract';
import {
  WORKSPACE_MARKER_FORMAT,
  workspaceMarkerSchema,
  type WorkspaceMarker,
} from '../../../shared/sync/workspaceMarker';
import { call } from '../../api/client';
import type { MejaDatabase } from '../../db/database';
import { holdLocalData } from '../joinHold';
import { createWorkspaceSecrets, unlockWorkspace, type WorkspaceKeys } from '../workspaceCrypto';

/**
 * Which workspace this PC belongs to, kept in the `local` table (never synced). The keys
 * are stored as non-extractable CryptoKeys: IndexedDB keeps them usable across restarts
 * while their bytes cannot be read back, and the passphrase itself is never stored.
 */
export const WORKSPACE_KEY = 'sync:workspace';
export const KEYS_KEY = 'sync:keys';

const joinedSchema = z.object({
  workspaceId: z.string(),
  office: z.string(),
  root: z.string(),
  joinedAt: z.string(),
  /** Whether this PC made the workspace (it has nothing to catch up on at first). */
  created: z.boolean(),
});
export type JoinedWorkspace = z.infer<typeof joinedSchema>;

export interface Workspace {
  joined: JoinedWorkspace;
  keys: WorkspaceKeys;
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return typeof CryptoKey !== 'undefined' && value instanceof CryptoKey;
}

/** The workspace this PC has joined, or null (it works alone, or its record is damaged). */
export async function readWorkspace(db: MejaDatabase): Promise<Workspace | null> {
  const [joinedRow, keysRow] = await db.local.bulkGet([WORKSPACE_KEY, KEYS_KEY]);
  const joined = joinedSchema.safeParse(joinedRow?.value);
  const keys = keysRow?.value as Partial<WorkspaceKeys> | undefined;
  if (!joined.success || !isCryptoKey(keys?.encryption) || !isCryptoKey(keys.authentication)) {
    return null;
  }
  return {
    joined: joined.data,
    keys: { encryption: keys.encryption, authentication: keys.authentication },
  };
}

/** What the chosen folder holds. */
export type FolderChoice =
  | { kind: 'canceled' }
  | { kind: 'empty'; root: string }
  | { kind: 'workspace'; root: string; marker: WorkspaceMarker }
  | { kind: 'invalid'; root: string }
  | { kind: 'unreachable'; root: string };

/** Opens main's folder dialog and says what the chosen folder holds. */
export async function chooseSharedFolder(api: MejaApi, device: string): Promise<FolderChoice> {
  const chosen = await call(api, 'syncChooseFolder', { device });
  if (!chosen.chosen) return { kind: 'canceled' };
  return { root: chosen.root, ...(await inspectFolder(api)) };
}

/** The marker of the folder main holds now. */
export async function inspectFolder(
  api: MejaApi,
): Promise<
  | { kind: 'empty' }
  | { kind: 'workspace'; marker: WorkspaceMarker }
  | { kind: 'invalid' }
  | { kind: 'unreachable' }
> {
  const reading = await call(api, 'syncReadMarker', {});
  if (reading.kind === 'absent') return { kind: 'empty' };
  if (reading.kind !== 'found') return { kind: reading.kind };
  const marker = workspaceMarkerSchema.safeParse(reading.value);
  return marker.success ? { kind: 'workspace', marker: marker.data } : { kind: 'invalid' };
}

async function remember(db: MejaDatabase, joined: JoinedWorkspace, keys: WorkspaceKeys) {
  await db.transaction('rw', db.local, async () => {
    await db.local.put({ key: WORKSPACE_KEY, value: joined });
    await db.local.put({ key: KEYS_KEY, value: keys });
  });
}

/** Makes the chosen (empty) folder a new workspace with the office passphrase. */
export async function createWorkspace(
  api: MejaApi,
  db: MejaDatabase,
  options: { root: string; passphrase: string; office: string; now: Date; workspaceId: string },
): Promise<Workspace> {
  const { marker: key, keys } = await createWorkspaceSecrets(options.passphrase);
  const marker: WorkspaceMarker = {
    format: WORKSPACE_MARKER_FORMAT,
    workspaceId: options.workspaceId,
    createdAt: options.now.toISOString(),
    office: options.office,
    key,
  };
  await call(api, 'syncCreateMarker', { marker });
  const joined: JoinedWorkspace = {
    workspaceId: marker.workspaceId,
    office: marker.office,
    root: options.root,
    joinedAt: options.now.toISOString(),
    created: true,
  };
  await remember(db, joined, keys);
  return { joined, keys };
}

/**
 * Joins the workspace in the chosen folder; a wrong passphrase throws WrongPassphraseError
 * (its message says so in Indonesian) and nothing is stored. A PC with an office of its own
 * holds its export until the operator has chosen between its data and the workspace's
 * (joinHold.ts); an empty PC (joining from the first run) just imports.
 */
export async function joinWorkspace(
  db: MejaDatabase,
  options: { root: string; passphrase: string; marker: WorkspaceMarker; now: Date },
): Promise<Workspace> {
  const keys = await unlockWorkspace(options.passphrase, options.marker.key);
  const joined: JoinedWorkspace = {
    workspaceId: options.marker.workspaceId,
    office: options.marker.office,
    root: options.root,
    joinedAt: options.now.toISOString(),
    created: false,
  };
  await holdLocalData(db);
  await remember(db, joined, keys);
  return { joined, keys };
}

/** This PC stops syncing; its data stays, and main forgets the folder. */
export async function leaveWorkspace(api: MejaApi, db: MejaDatabase): Promise<void> {
  await db.local.bulkDelete([WORKSPACE_KEY, KEYS_KEY]);
  await call(api, 'syncForgetFolder', {});
}
