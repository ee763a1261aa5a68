import { Alert, Button, Code, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import type { SyncDriver } from '../../sync/runtime/syncDriver';
import { useSync, useSyncStatus } from '../../sync/runtime/syncContext';
import { leaveWorkspace, type Workspace } from '../../sync/runtime/workspace';
import { clockMessage } from '../../sync/runtime/cycleLog';
import { syncStatusText } from './syncStatusText';

/** The joined workspace: where it is, how sync goes, sync now, leave. */
export function WorkspacePanel({
  workspace,
  driver,
}: {
  workspace: Workspace;
  driver: SyncDriver | null;
}) {
  const { api, db, write } = useServices();
  const status = useSyncStatus();
  const { startError } = useSync();
  const text = syncStatusText(status, write.now(), { startError, joined: true });
  const syncing = useSaving();
  const leaving = useSaving();
  const [confirmLeave, setConfirmLeave] = useState(false);
  const { joined } = workspace;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Ruang kerja</Title>
        <Table variant="vertical" withTableBorder={false} maw={720}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={200}>Folder bersama</Table.Th>
              <Table.Td>
                <Code>{joined.root}</Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Kantor</Table.Th>
              <Table.Td>{joined.office || '–'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>PC ini bergabung</Table.Th>
              <Table.Td>{formatTanggalJam(new Date(joined.joinedAt))}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Status</Table.Th>
              <Table.Td>
                <Text fw={600} c={text.tone === 'gray' ? 'dimmed' : text.tone}>
                  {text.label}
                </Text>
                {text.detail && (
                  <Text size="sm" c="dimmed">
                    {text.detail}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {status?.clockDriftMs != null && (
          <Alert color="orange" title="Jam komputer berselisih">
            {clockMessage(status.clockDriftMs)}
          </Alert>
        )}
        {status?.retired && (
          <Alert color="red" title="PC ini dikeluarkan dari ruang kerja">
            Operator di PC lain mengeluarkan PC ini. Perubahan di PC ini tidak lagi dikirim. Keluar
            dari ruang kerja, lalu bergabung lagi bila PC ini masih dipakai.
          </Alert>
        )}
        {syncing.error && <Alert color="red">{syncing.error}</Alert>}
        {leaving.error && <Alert color="red">{leaving.error}</Alert>}
        <Group>
          <Button
            onClick={() => void syncing.run(async () => driver?.syncNow())}
            loading={syncing.saving || status?.running}
            disabled={!driver}
          >
            Sinkronkan sekarang
          </Button>
          <Button variant="default" color="red" onClick={() => setConfirmLeave(true)}>
            Keluar dari ruang kerja…
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirmLeave}
        onClose={() => setConfirmLeave(false)}
        title="Keluar dari ruang kerja?"
      >
        <Stack>
          <Text size="sm">
            PC ini berhenti bersinkronisasi. Data di PC ini tetap ada; perubahan yang belum terkirim
            ({status?.pending ?? 0}) akan terkirim bila PC ini bergabung lagi.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmLeave(false)}>
              Batal
            </Button>
            <Button
              color="red"
              loading={leaving.saving}
              onClick={() =>
                void leaving.run(async () => {
                  await leaveWorkspace(api, db);
                  setConfirmLeave(false);
                })
              }
            >
              Keluar
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
