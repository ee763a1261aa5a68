import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { SetupWizard } from '../features/setup/SetupWizard';
import { readOffice } from '../features/office/officeStore';
import { useServices } from './servicesContext';
import { Shell } from './Shell';
import { SyncProvider } from '../sync/runtime/SyncProvider';
import { ScreenBoundary } from './errors/ScreenBoundary';

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
  const { db } = useServices();
  // `null` once loaded and not set up; `undefined` while loading.
  const office = useLiveQuery(() => readOffice(db), [db]);
  if (office === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return office ? (
    <SyncProvider>
      <Shell office={office} />
    </SyncProvider>
  ) : (
    <SetupWizard />
  );
}
