import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { SetupWizard } from '../features/setup/SetupWizard';
import { readOffice } from '../features/office/officeStore';
import { readSetupJoining } from '../features/setup/joinSetup';
import { useServices } from '../kit/servicesContext';
import { Shell } from './Shell';
import { useNotificationsYield } from './notificationsYield';
import { BackupScheduler } from '../features/backup/public';
import { WebsiteCheckScheduler } from '../features/website/public';
import { SyncProvider } from '../sync/runtime/SyncProvider';
import { ScreenBoundary } from './errors/ScreenBoundary';
import { appAfterSyncCycle } from './afterSyncCycle';
import { JoinReviewDialog } from '../features/sync/JoinReviewDialog';
import { readCurrentUser } from '../features/people/currentUser';
import { SignInScreen } from '../features/signin/SignInScreen';
import { useLockInactive } from '../features/signin/useLockInactive';
import { useAutoLock } from '../features/signin/useAutoLock';

/** The whole app under one error boundary: nothing that breaks while rendering blanks it. */
export function App() {
  return (
    <ScreenBoundary
      screen="app"
      label="Meja TI"
      whole
      back={{ label: 'Muat ulang aplikasi', onClick: () => window.location.reload() }}
    >
      <AppContent />
    </ScreenBoundary>
  );
}

function AppContent() {
  const { db, setActor, audit } = useServices();
  useNotificationsYield();
  const afterCycle = useMemo(() => appAfterSyncCycle(setActor, audit), [setActor, audit]);
  // `null` once loaded and not set up; `undefined` while loading.
  const office = useLiveQuery(() => readOffice(db), [db]);
  // A PC joining from the first run stays in the wizard until its user is chosen.
  const joining = useLiveQuery(() => readSetupJoining(db), [db]);
  // Null while the app is locked: nobody gave a PIN on this PC since the last lock.
  const current = useLiveQuery(() => readCurrentUser(db), [db]);
  useLockInactive(current ?? null);
  useAutoLock(current ?? null);
  if (office === undefined || joining === undefined || current === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  // Sync runs under the wizard too: joining from the first run brings the office.
  return (
    <SyncProvider afterCycle={afterCycle} whileJoined={<JoinReviewDialog />}>
      {/* Scheduled backups run while the app is locked too: a PC left locked overnight. */}
      {office && !joining && <BackupScheduler />}
      {office && !joining && <WebsiteCheckScheduler />}
      {office && !joining ? (
        current ? (
          <Shell office={office} />
        ) : (
          <SignInScreen office={office} />
        )
      ) : (
        <SetupWizard />
      )}
    </SyncProvider>
  );
}
