import { Alert, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api/contract';
import { useServices } from '../../kit/servicesContext';
import { call, errorMessage } from '../../api/client';
import { BackupPanel, RestorePanel } from '../backup/public';
import { UpdatesPanel } from '../updates/public';
import { DataExportPanel } from './DataExportPanel';

export function AboutPage() {
  const { api, write } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(api, 'getAppInfo', {}).then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, [api]);

  return (
    <Stack>
      <Title order={2}>Tentang Meja TI</Title>
      <Text>
        Meja TI menjalankan SOP teknologi informasi pengadilan sebagai pekerjaan harian: permintaan
        layanan, pemeliharaan perangkat, pengamanan, situs web dan kebijakan TI, tanpa internet.
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {info && (
        <Paper withBorder p="md">
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={220}>Versi</Table.Th>
                <Table.Td>{info.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Lokasi data</Table.Th>
                <Table.Td>
                  <Code>{info.dataPath}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Kode perangkat ini</Table.Th>
                <Table.Td>
                  <Code>{write.device}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Sistem</Table.Th>
                <Table.Td>{info.platform}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Text size="sm" c="dimmed">
        Huruf dokumen: Tinos dan Arimo (SIL Open Font License 1.1). Data milik pengadilan dan tidak
        dikirim ke mana pun.
      </Text>
      {info && <UpdatesPanel runningVersion={info.version} />}
      <BackupPanel />
      <RestorePanel />
      <DataExportPanel />
    </Stack>
  );
}
