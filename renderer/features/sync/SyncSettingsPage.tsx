import { Alert, Button, Center, Loader, Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useServices } from '../../kit/servicesContext';
import { useSync, useSyncStatus } from '../../sync/runtime/syncContext';
import { readQuarantine } from '../../sync/syncState';
import { JoinWorkspacePanel } from './JoinWorkspacePanel';
import { PeersPanel } from './PeersPanel';
import { QuarantinePanel, SyncLogPanel } from './SyncLogPanel';
import { StalledFilesPanel } from './StalledFilesPanel';
import { WorkspacePanel } from './WorkspacePanel';

/** Pengaturan Sinkronisasi: join a workspace, see how sync goes, manage its PCs. */
export function SyncSettingsPage({
  office,
  showQuarantine = 0,
}: {
  office: string;
  /** Grows each time the header's quarantine mark is clicked: scroll to the list. */
  showQuarantine?: number;
}) {
  const { db, write } = useServices();
  const { workspace, driver, startError, retryStart } = useSync();
  const quarantineRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (showQuarantine > 0) quarantineRef.current?.scrollIntoView({ block: 'start' });
  }, [showQuarantine, workspace]);
  const status = useSyncStatus();
  const stored = useLiveQuery(() => readQuarantine(db), [db]) ?? [];
  const names = useLiveQuery(() => db.syncPeers.toArray(), [db]) ?? [];
  const peerName = (device: string) =>
    names.find((peer) => peer.id === device)?.nama ?? device.slice(0, 8);

  if (workspace === undefined) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  return (
    <Stack gap="md">
      <Title order={2}>Pengaturan Sinkronisasi</Title>
      {startError && (
        <Alert color="red" title="Sinkronisasi tidak berjalan">
          <Stack gap="xs" align="flex-start">
            {`Sinkronisasi gagal dimulai: ${startError}. PC ini bekerja sendiri sementara; perubahannya tersimpan dan dikirim setelah sinkronisasi berjalan lagi.`}
            <Button size="xs" variant="default" onClick={retryStart}>
              Coba mulai lagi
            </Button>
          </Stack>
        </Alert>
      )}
      {startError && !workspace ? null : workspace ? (
        <>
          <WorkspacePanel workspace={workspace} driver={driver} />
          <PeersPanel />
          <StalledFilesPanel files={status?.stalled ?? []} peerName={peerName} now={write.now()} />
          <div ref={quarantineRef}>
            <QuarantinePanel files={status?.quarantined ?? stored} peerName={peerName} />
          </div>
          <SyncLogPanel />
        </>
      ) : (
        <JoinWorkspacePanel office={office} defaultPcName="" />
      )}
    </Stack>
  );
}
