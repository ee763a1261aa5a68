import { Button, Group, SegmentedControl, Select, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  bmnLabel,
  CONDITION_LABELS,
  CONDITIONS,
  deviceName,
  type Condition,
} from '../../../shared/devices/schema';
import {
  CHECK_RESULT_LABELS,
  CHECK_RESULTS,
  type CheckResult,
} from '../../../shared/maintenance/record';
import type { DeviceRow } from '../../db/rows';
import type { RecordFormValues } from './recordValues';

/**
 * The quick entry of a round: one line per device, each "Baik" until marked otherwise;
 * findings and action only asked for where something was found.
 */
export function DeviceChecksTable({
  form,
  devices,
}: {
  form: UseFormReturnType<RecordFormValues>;
  devices: ReadonlyMap<string, DeviceRow>;
}) {
  const checks = form.values.perangkat;
  if (checks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Tidak ada perangkat dalam catatan ini.
      </Text>
    );
  }
  const found = checks.filter((c) => c.hasil === 'adaTemuan').length;
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {checks.length} perangkat diperiksa{found ? `, ${found} ada temuan` : ''}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          onClick={() =>
            form.setFieldValue(
              'perangkat',
              checks.map((c) => ({ ...c, hasil: 'baik' as const, temuan: '', tindakan: '' })),
            )
          }
        >
          Tandai semua baik
        </Button>
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label="Hasil per perangkat">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Perangkat</Table.Th>
            <Table.Th>Hasil</Table.Th>
            <Table.Th>Kondisi</Table.Th>
            <Table.Th>Temuan</Table.Th>
            <Table.Th>Tindakan</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((check, i) => {
            const device = devices.get(check.deviceId);
            const name = device ? deviceName(device) : 'Perangkat tidak dikenal';
            return (
              <Table.Tr key={check.deviceId}>
                <Table.Td>
                  <Text size="sm">{name}</Text>
                  <Text size="xs" c="dimmed">
                    {device?.ruangan}
                    {device && bmnLabel(device) !== '-' ? ` · ${bmnLabel(device)}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={`Hasil ${name} ${device?.ruangan ?? ''}`}
                    data={CHECK_RESULTS.map((r) => ({ value: r, label: CHECK_RESULT_LABELS[r] }))}
                    value={check.hasil}
                    onChange={(v) => form.setFieldValue(`perangkat.${i}.hasil`, v as CheckResult)}
                  />
                </Table.Td>
                <Table.Td w={150}>
                  <Select
                    size="xs"
                    aria-label={`Kondisi ${name}`}
                    allowDeselect={false}
                    data={CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
                    value={check.kondisi}
                    onChange={(v) =>
                      v && form.setFieldValue(`perangkat.${i}.kondisi`, v as Condition)
                    }
                  />
                </Table.Td>
                <Table.Td>
                  {check.hasil === 'adaTemuan' && (
                    <TextInput
                      size="xs"
                      aria-label={`Temuan ${name}`}
                      {...form.getInputProps(`perangkat.${i}.temuan`)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {check.hasil === 'adaTemuan' && (
                    <TextInput
                      size="xs"
                      aria-label={`Tindakan ${name}`}
                      {...form.getInputProps(`perangkat.${i}.tindakan`)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="gray"
                    aria-label={`Keluarkan ${name}`}
                    onClick={() => form.removeListItem('perangkat', i)}
                  >
                    ✕
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
