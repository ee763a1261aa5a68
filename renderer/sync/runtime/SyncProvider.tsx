import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useServices } from '../../app/servicesContext';
import { afterSyncCycle } from '../../features/requests/registerNumbers';
import { readCurrentUser } from '../../features/people/currentUser';
import { afterJoinCycle } from '../../features/sync/joinReview';
import { JoinReviewDialog } from '../../features/sync/JoinReviewDialog';
import { exportHeld } from '../joinHold';
import { createSyncEngine } from '../engine';
import { createIpcFolder } from './ipcFolder';
import { createSyncDriver, type SyncDriver } from './syncDriver';
import { SyncContext, type SyncHandle } from './syncContext';
import { appendSyncLog } from './syncLog';
import { readWorkspace, type Workspace } from './workspace';

const LAST_SYNC_KEY = 'sync:lastSyncAt';

/**
 * Runs sync in the background while this PC belongs to a workspace: a driver over the
 * engine over main's folder, nudged by every change to the outbox. Screens reach it
 * through SyncContext.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const { db, api, write, setActor } = useServices();
  const workspace = useLiveQuery(() => readWorkspace(db), [db]);
  const identity = workspace ? `${workspace.joined.workspaceId}@${workspace.joined.joinedAt}` : '';
  const [running, setRunning] = useState<{
    identity: string;
    driver: SyncDriver;
    folder: SyncHandle['folder'];
  } | null>(null);

  useEffect(() => {
    if (!workspace) return undefined;
    let stopped = false;
    let stop = () => {};
    void start(workspace).then((started) => {
      if (stopped) started.stop();
      else stop = started.stop;
    });
    return () => {
      stopped = true;
      stop();
      setRunning(null);
    };

    async function start(current: Workspace) {
      const folder = createIpcFolder(api);
      const last = await db.local.get(LAST_SYNC_KEY);
      // The engine reports progress to the driver made right after it.
      const holder: { driver?: SyncDriver } = {};
      const engine = createSyncEngine({
        db,
        device: write.device,
        clock: write.clock,
        keys: current.keys,
        folder,
        now: write.now,
        onProgress: (progress) => holder.driver?.setProgress(progress),
      });
      const created = createSyncDriver({
        engine,
        now: write.now,
        lastSyncAt:
          typeof last?.value === 'string'
            ? last.value
            : current.joined.created
              ? current.joined.joinedAt
              : null,
        rememberSync: async (at) => {
          await db.local.put({ key: LAST_SYNC_KEY, value: at });
        },
        log: (entries) => appendSyncLog(db, entries),
        afterCycle: async (report) => {
          // A PC joining with data of its own claims no number before its review is done.
          if (!(await exportHeld(db))) await afterSyncCycle(write, folder);
          // Staff merged per NIP may move this PC's user to the surviving person.
          if (await afterJoinCycle(write, report)) setActor(await readCurrentUser(db));
        },
      });
      holder.driver = created;
      created.start();
      // Every local write appends to the outbox: sync shortly after it.
      let first = true;
      const outbox = liveQuery(() => db.outbox.count()).subscribe(() => {
        if (first) first = false;
        else created.nudge();
      });
      setRunning({ identity, driver: created, folder });
      return {
        stop() {
          created.stop();
          outbox.unsubscribe();
        },
      };
    }
    // The workspace object changes with every local-table write; only its identity matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [identity, db, api, write, setActor]);

  const value = useMemo<SyncHandle>(
    () =>
      running && running.identity === identity
        ? { folder: running.folder, driver: running.driver, workspace: workspace ?? null }
        : { folder: null, driver: null, workspace: workspace ?? null },
    [running, identity, workspace],
  );
  return (
    <SyncContext.Provider value={value}>
      {children}
      {workspace && <JoinReviewDialog />}
    </SyncContext.Provider>
  );
}
