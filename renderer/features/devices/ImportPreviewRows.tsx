import { List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ParsedDeviceSheet } from '../../../shared/devices/deviceSheet';
import { deviceTypeLabel, type DeviceTypeLabels } from '../../../shared/devices/deviceTypes';
import { bmnLabel, CONDITION_LABELS } from '../../../shared/devices/schema';

/** The preview lists this many rows of each kind; the import takes them all. */
const SHOWN_ROWS = 200;

/** The rows of a device sheet ready to import, as the preview shows them. */
export function ValidRows({
  sheet,
  labels,
}: {
  sheet: ParsedDeviceSheet;
  labels: DeviceTypeLabels;
}) {
  if (sheet.valid.length === 0) return null;
  return (
    <Stack gap={4}>
      <ScrollArea.Autosize mah={320} type="auto">
        <Table striped withTableBorder stickyHeader aria-label="Pratinjau perangkat">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>No. baris</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Merek/Model</Table.Th>
              <Table.Th>Kode BMN/NUP</Table.Th>
              <Table.Th>Ruangan</Table.Th>
              <Table.Th>Kondisi</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.valid.slice(0, SHOWN_ROWS).map(({ rowNumber, device }) => (
              <Table.Tr key={rowNumber}>
                <Table.Td>{rowNumber}</Table.Td>
                <Table.Td>{deviceTypeLabel(device.jenis, labels)}</Table.Td>
                <Table.Td>{[device.merek, device.model].filter(Boolean).join(' ')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{bmnLabel(device)}</Table.Td>
                <Table.Td>{device.ruangan}</Table.Td>
                <Table.Td>{CONDITION_LABELS[device.kondisi]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {sheet.valid.length > SHOWN_ROWS && (
        <Text size="sm" c="dimmed">
          Menampilkan {SHOWN_ROWS} baris pertama dari {sheet.valid.length}; semuanya akan diimpor.
        </Text>
      )}
    </Stack>
  );
}

/** The rows of a device sheet left out, each with its reasons. */
export function RowErrors({ sheet }: { sheet: ParsedDeviceSheet }) {
  if (sheet.errors.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="red.8">
        Baris bermasalah (dilewati):
      </Text>
      <ScrollArea.Autosize mah={200} type="auto">
        <List size="sm" c="red.8" spacing={2} aria-label="Baris bermasalah">
          {sheet.errors.slice(0, SHOWN_ROWS).map(({ rowNumber, messages }) => (
            <List.Item key={rowNumber}>
              Baris {rowNumber}: {messages.join('; ')}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {sheet.errors.length > SHOWN_ROWS && (
        <Text size="sm" c="dimmed">
          Menampilkan {SHOWN_ROWS} dari {sheet.errors.length} baris bermasalah.
        </Text>
      )}
    </Stack>
  );
}
