import { Paper, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatTanggalJam } from '../../../shared/format/date';
import { useServices } from '../../kit/servicesContext';
import { listPeople } from '../people/public';
import { tanggalOrDash } from './sopLabels';
import { listRevisions } from './sopRevisions';

/** Every revision of an office SOP: when it takes effect, what changed, who saved it. */
export function SopRevisionHistory({ sopId }: { sopId: string }) {
  const { db } = useServices();
  const data = useLiveQuery(
    async () => ({ revisions: await listRevisions(db, sopId), people: await listPeople(db) }),
    [db, sopId],
  );
  if (!data) return null;
  const name = new Map(data.people.map((p) => [p.id, p.nama]));
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        Riwayat Revisi
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Revisi</Table.Th>
            <Table.Th w={170}>Tanggal revisi</Table.Th>
            <Table.Th>Perubahan</Table.Th>
            <Table.Th w={260}>Disimpan oleh</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.revisions.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.revision}</Table.Td>
              <Table.Td>{tanggalOrDash(r.tanggalRevisi)}</Table.Td>
              <Table.Td>{r.perubahan}</Table.Td>
              <Table.Td>
                {(r._updatedBy && name.get(r._updatedBy)) ?? 'Tidak diketahui'}
                <Text size="xs" c="dimmed">
                  {formatTanggalJam(new Date(r._updatedAt))}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
