import { Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatTanggalJam } from '../../../shared/format/date';
import { useServices } from '../../kit/servicesContext';
import { listPeople } from '../people/public';
import { pcNames, recordsHistory, type HistoryRecord } from './auditRead';
import { readDeviceTypeLabels } from './deviceTypeNames';
import { fieldLabel, fieldValueText } from './fieldLabels';
import { kindLabel } from './kindLabels';

const NONE: readonly HistoryRecord[] = [];
const PERSON_FIELDS: ReadonlySet<string> = new Set(['personId', 'olehPersonId']);

/**
 * "Riwayat perubahan" of one record: every change field by field, from its audit entries;
 * with the changes of `related` records (a request's step records) in the same list.
 */
export function RecordHistory({
  table,
  recordId,
  related = NONE,
}: {
  table: string;
  recordId: string;
  related?: readonly HistoryRecord[];
}) {
  const { db, write } = useServices();
  const data = useLiveQuery(
    async () => ({
      lines: await recordsHistory(db, [{ table, recordId }, ...related]),
      people: await listPeople(db),
      pcs: await pcNames(db, write.device),
      deviceTypes: await readDeviceTypeLabels(db),
    }),
    [db, write.device, table, recordId, related],
  );
  if (!data) return null;
  const names = new Map(data.people.map((p) => [p.id, p.nama]));
  // A staff member's id reads as their name; a related record's link to this one says nothing.
  const text = (t: string, field: string, value: unknown) =>
    PERSON_FIELDS.has(field) && typeof value === 'string' && names.has(value)
      ? (names.get(value) ?? '')
      : fieldValueText(t, field, value, data.deviceTypes);
  const lines = data.lines.filter(
    ({ record, line }) => !(record.label && line.field === 'requestId'),
  );
  return (
    <>
      <Title order={3}>Riwayat perubahan</Title>
      {lines.length === 0 ? (
        <Text c="dimmed">Belum ada perubahan yang tercatat.</Text>
      ) : (
        <Table striped withTableBorder aria-label="Riwayat perubahan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Waktu</Table.Th>
              <Table.Th>Oleh</Table.Th>
              <Table.Th>PC</Table.Th>
              <Table.Th>Kolom</Table.Th>
              <Table.Th>Sebelum</Table.Th>
              <Table.Th>Sesudah</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map(({ record, line }) => (
              <Table.Tr key={line.key}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatTanggalJam(new Date(line.at))}
                </Table.Td>
                <Table.Td>{(line.actor && names.get(line.actor)) ?? '—'}</Table.Td>
                <Table.Td>{data.pcs.get(line.device) ?? line.device}</Table.Td>
                <Table.Td>
                  {record.label ? `${record.label}: ` : ''}
                  {line.field ? fieldLabel(record.table, line.field) : kindLabel(line.kind)}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  {line.field ? text(record.table, line.field, line.sebelum) : '—'}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  {line.field ? text(record.table, line.field, line.sesudah) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
