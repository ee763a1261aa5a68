import type { MejaDatabase } from '../../db/database';

/**
 * While set, this PC joins an office from the first run: the wizard stays on screen after
 * the office arrives from the workspace, until the operator says who uses this PC.
 */
export const SETUP_JOINING_KEY = 'setup:joining';

export async function readSetupJoining(db: MejaDatabase): Promise<boolean> {
  return (await db.local.get(SETUP_JOINING_KEY)) !== undefined;
}

export async function writeSetupJoining(db: MejaDatabase, joining: boolean): Promise<void> {
  if (joining) await db.local.put({ key: SETUP_JOINING_KEY, value: true });
  else await db.local.delete(SETUP_JOINING_KEY);
}
