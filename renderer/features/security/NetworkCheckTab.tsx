import { Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { NETWORK_STATUS_LABELS } from '../../../shared/security/schema';
import { useServices } from '../../kit/servicesContext';
import { Tag } from './Tag';
import type { PersonRow } from '../../db/rows';
import { NetworkCheckForm } from './NetworkCheckForm';
import { nameOf, NETWORK_STATUS_COLORS, tanggalLabel } from './securityLabels';
import { listNetworkChecks } from './securityStore';

/** Pemantauan Jaringan: the form and the log, newest first. */
export function NetworkCheckTab({ people }: { people: PersonRow[] }) {
  const { db } = useServices();
  const checks = useLiveQuery(() => listNetworkChecks(db), [db]);
  return (
    <Stack>
      <NetworkCheckForm people={people} />
      <Table striped withTableBorder aria-label="Catatan pemantauan jaringan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tanggal</Table.Th>
            <Table.Th>Petugas</Table.Th>
            <Table.Th>Yang dipantau</Table.Th>
            <Table.Th>Hasil</Table.Th>
            <Table.Th>Temuan</Table.Th>
            <Table.Th>Tindakan pencegahan</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(checks ?? []).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{tanggalLabel(c.tanggal)}</Table.Td>
              <Table.Td>{nameOf(people, c.petugasId)}</Table.Td>
              <Table.Td>{c.objek}</Table.Td>
              <Table.Td>
                <Tag color={NETWORK_STATUS_COLORS[c.status]}>{NETWORK_STATUS_LABELS[c.status]}</Tag>
              </Table.Td>
              <Table.Td>{c.temuan || '—'}</Table.Td>
              <Table.Td>{c.tindakan || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {checks?.length === 0 && <Text c="dimmed">Belum ada catatan pemantauan jaringan.</Text>}
    </Stack>
  );
}
