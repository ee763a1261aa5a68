import { Paper, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatTanggalJam } from '../../../shared/format/date';
import {
  numberHistoryOf,
  type NumberedForHistory,
  type NumberHistoryKind,
} from '../../../shared/requests/numberHistory';
import { useServices } from '../../kit/servicesContext';

export const NUMBER_KIND_LABELS: Record<NumberHistoryKind, string> = {
  sementara: 'Sementara (dicetak dengan tanda SEMENTARA)',
  final: 'Tetap',
  diganti: 'Pengganti nomor ganda',
};

/** The names of the workspace's PCs by device id, for "oleh" in a number history. */
export function usePcNames(): Map<string, string> {
  const { db } = useServices();
  const peers = useLiveQuery(() => db.syncPeers.toArray(), [db]) ?? [];
  return new Map(peers.filter((p) => !p._deleted).map((p) => [p.id, p.nama]));
}

/** "Riwayat nomor": every number the request carried, oldest first, with when and which PC. */
export function NumberHistoryPanel({ request }: { request: NumberedForHistory }) {
  const names = usePcNames();
  const history = numberHistoryOf(request);
  if (history.length < 2 && !request.nomorSementara) return null;
  return (
    <Paper withBorder p="md" data-testid="riwayat-nomor">
      <Title order={4}>Riwayat nomor</Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nomor ini dicatat sebelum riwayat nomor tersedia.
        </Text>
      ) : (
        <Table mt="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nomor</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Sejak</Table.Th>
              <Table.Th>Oleh PC</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((entry, i) => (
              <Table.Tr key={`${entry.nomor}-${i}`}>
                <Table.Td>
                  {entry.jenis === 'sementara' ? `${entry.nomor} (SEMENTARA)` : entry.nomor}
                </Table.Td>
                <Table.Td>{NUMBER_KIND_LABELS[entry.jenis]}</Table.Td>
                <Table.Td>{formatTanggalJam(new Date(entry.sejak))}</Table.Td>
                <Table.Td>{names.get(entry.oleh) ?? entry.oleh}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
