import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { rendererErrorReport, reportRendererError } from '../../api/errorReport';
import { useServices } from '../../kit/servicesContext';
import { SyncContext, type SyncHandle } from './syncContext';
import {
  loadWorkspace,
  startFailureReason,
  startSync,
  type AfterSyncCycle,
  type RunningSync,
} from './startSync';

/**
 * Runs sync in the background while this PC belongs to a workspace. Screens reach it
 * through SyncContext. A start that fails (the workspace or its keys unreadable, main
 * away) is shown in the header and in Pengaturan Sinkronisasi, and logged in main; it is
 * never thrown into React, and the rest of the app goes on.
 */
export function SyncProvider({
  afterCycle,
  whileJoined,
  children,
}: {
  /** The app's work after each cycle; a new function here does not restart sync. */
  afterCycle: AfterSyncCycle;
  /** Shown while this PC belongs to a workspace (the app's join review). */
  whileJoined?: ReactNode;
  children: ReactNode;
}) {
  const { db, api, write } = useServices();
  // The latest after-cycle work, without restarting sync when its identity changes.
  const afterCycleRef = useRef(afterCycle);
  useEffect(() => {
    afterCycleRef.current = afterCycle;
  }, [afterCycle]);
  const [attempt, setAttempt] = useState(0);
  const loaded = useLiveQuery(() => loadWorkspace(db), [db, attempt]);
  const workspace = loaded?.workspace;
  const identity = workspace ? `${workspace.joined.workspaceId}@${workspace.joined.joinedAt}` : '';
  const [running, setRunning] = useState<(RunningSync & { identity: string }) | null>(null);
  const [failure, setFailure] = useState<{ identity: string; message: string } | null>(null);

  useEffect(() => {
    if (!workspace) return undefined;
    let stopped = false;
    let stop = () => {};
    const runAfterCycle: AfterSyncCycle = (cycle) => afterCycleRef.current(cycle);
    startSync({ db, api, write, workspace, afterCycle: runAfterCycle }).then(
      (started) => {
        if (stopped) started.stop();
        else {
          stop = started.stop;
          setRunning({ ...started, identity });
        }
      },
      (error: unknown) => {
        if (stopped) return;
        setFailure({ identity, message: startFailureReason(error) });
        void reportRendererError(api, rendererErrorReport('startup', error));
      },
    );
    return () => {
      stopped = true;
      stop();
      setRunning(null);
      setFailure(null);
    };
    // The workspace object changes with every local-table write; only its identity matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [identity, db, api, write, attempt]);

  const startError =
    loaded?.error ?? (failure && failure.identity === identity ? failure.message : null);
  const value = useMemo<SyncHandle>(() => {
    const retryStart = () => setAttempt((n) => n + 1);
    return running && running.identity === identity
      ? { folder: running.folder, driver: running.driver, workspace, startError, retryStart }
      : { folder: null, driver: null, workspace, startError, retryStart };
  }, [running, identity, workspace, startError]);
  return (
    <SyncContext.Provider value={value}>
      {children}
      {workspace && whileJoined}
    </SyncContext.Provider>
  );
}
