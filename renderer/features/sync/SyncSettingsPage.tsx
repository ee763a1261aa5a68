import { Center, Loader, Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/servicesContext';
import { useSync, useSyncStatus } from '../../sync/runtime/syncContext';
import { readQuarantine } from '../../sync/syncState';
import { JoinWorkspacePanel } from './JoinWorkspacePanel';
import { PeersPanel } from './PeersPanel';
import { QuarantinePanel, SyncLogPanel } from './SyncLogPanel';
import { StalledFilesPanel } from './StalledFilesPanel';
import { WorkspacePanel } from './WorkspacePanel';

/** Pengaturan Sinkronisasi: join a workspace, see how sync goes, manage its PCs. */
export function SyncSettingsPage({ office }: { office: string }) {
  const { db, write } = useServices();
  const { workspace, driver } = useSync();
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
      {workspace ? (
        <>
          <WorkspacePanel workspace={workspace} driver={driver} />
          <PeersPanel />
          <StalledFilesPanel files={status?.stalled ?? []} peerName={peerName} now={write.now()} />
          <QuarantinePanel files={status?.quarantined ?? stored} peerName={peerName} />
          <SyncLogPanel />
        </>
      ) : (
        <JoinWorkspacePanel office={office} defaultPcName="" />
      )}
    </Stack>
  );
}
