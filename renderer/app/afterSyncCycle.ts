import { uploadPendingAttachments } from '../features/attachments/public';
import { readCurrentUser } from '../features/people/currentUser';
import { afterSyncCycle as claimRegisterNumbers } from '../features/requests/registerNumbers';
import { afterJoinCycle } from '../features/sync/joinReview';
import { exportHeld } from '../sync/joinHold';
import { readWorkspace } from '../sync/runtime/workspace';
import type { AuditEventReporter } from '../kit/auditEvents';
import type { AfterSyncCycle } from '../sync/runtime/startSync';
import { syncAuditEvent } from './syncAuditEvent';

/**
 * The features' work after each sync cycle, wired here so that sync imports no feature:
 * register numbers claimed on the share, the join review settled, the cycle audited, the
 * attachments kept since the last cycle put into the folder.
 */
export function appAfterSyncCycle(
  setActor: (personId: string | null) => void,
  audit?: AuditEventReporter,
): AfterSyncCycle {
  const recordedRefusals = new Set<string>();
  return async ({ write, folder, report }) => {
    const event = syncAuditEvent(report, recordedRefusals);
    if (event && audit) await audit(event);
    // A PC joining with data of its own claims no number before its review is done.
    if (!(await exportHeld(write.db))) await claimRegisterNumbers(write, folder);
    // Staff merged per NIP may move this PC's user to the surviving person.
    if (await afterJoinCycle(write, report)) setActor(await readCurrentUser(write.db));
    const workspace = await readWorkspace(write.db);
    if (workspace) await uploadPendingAttachments(write.db, { folder, keys: workspace.keys });
  };
}
