import { readCurrentUser } from '../features/people/currentUser';
import { afterSyncCycle as claimRegisterNumbers } from '../features/requests/registerNumbers';
import { afterJoinCycle } from '../features/sync/joinReview';
import { exportHeld } from '../sync/joinHold';
import type { AfterSyncCycle } from '../sync/runtime/startSync';

/**
 * The features' work after each sync cycle, wired here so that sync imports no feature:
 * register numbers claimed on the share, and the join review settled.
 */
export function appAfterSyncCycle(setActor: (personId: string | null) => void): AfterSyncCycle {
  return async ({ write, folder, report }) => {
    // A PC joining with data of its own claims no number before its review is done.
    if (!(await exportHeld(write.db))) await claimRegisterNumbers(write, folder);
    // Staff merged per NIP may move this PC's user to the surviving person.
    if (await afterJoinCycle(write, report)) setActor(await readCurrentUser(write.db));
  };
}
