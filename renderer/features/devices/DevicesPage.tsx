import {
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  bmnLabel,
  CONDITION_LABELS,
  CONDITIONS,
  type Condition,
} from '../../../shared/devices/schema';
import { useServices } from '../../kit/servicesContext';
import type { DeviceRow } from '../../db/rows';
import { DeviceExportButton } from './DeviceExportButton';
import { DeviceImportModal } from './DeviceImportModal';
import { DeviceModal } from './DeviceModal';
import { DeviceTypesModal } from './DeviceTypesModal';
import { CONDITION_COLORS } from './deviceLabels';
import {
  DEVICES_SCREEN,
  filterDevices,
  handedDeviceFilter,
  NO_DEVICE_FILTER,
  roomsOf,
  type DeviceFilter,
} from './deviceFilter';
import { takeScreenFilter } from '../../kit/screenFilters';
import { listDevices } from './deviceStore';
import { useDeviceTypes } from './deviceTypeStore';
import { deviceTypeLabel, deviceTypeOptions } from '../../../shared/devices/deviceTypes';

/** Perangkat TI: the inventory, searchable, with import and export. */
export function DevicesPage({ onOpen }: { onOpen: (id: string) => void }) {
  const { db } = useServices();
  const devices = useLiveQuery(() => listDevices(db), [db]);
  const types = useDeviceTypes();
  const [editing, setEditing] = useState<DeviceRow | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [typesOpen, setTypesOpen] = useState(false);
  const [filter, setFilter] = useState<DeviceFilter>(() =>
    takeScreenFilter(DEVICES_SCREEN, NO_DEVICE_FILTER, handedDeviceFilter),
  );
  if (!devices) return null;
  const rooms = roomsOf(devices);
  const shown = filterDevices(devices, filter, types?.labels);
  const set = (patch: Partial<DeviceFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const active = devices.filter((d) => d.aktif);
  const count = (k: Condition) => active.filter((d) => d.kondisi === k).length;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Perangkat TI</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setTypesOpen(true)}>
            Jenis perangkat
          </Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            Impor .xlsx
          </Button>
          <DeviceExportButton />
          <Button onClick={() => setEditing('new')}>Tambah Perangkat</Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {active.length} perangkat digunakan: {count('baik')} baik, {count('rusakRingan')} rusak
        ringan, {count('rusakBerat')} rusak berat.
      </Text>
      <Group align="flex-end">
        <TextInput
          label="Cari"
          placeholder="Merek, kode BMN, ruangan, pengguna, IP…"
          value={filter.query}
          onChange={(e) => set({ query: e.currentTarget.value })}
          w={300}
        />
        <Select
          label="Jenis"
          clearable
          placeholder="Semua"
          data={deviceTypeOptions(types?.types ?? [])}
          value={filter.jenis}
          onChange={(v) => set({ jenis: v })}
          w={150}
        />
        <Select
          label="Kondisi"
          clearable
          placeholder="Semua"
          data={CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
          value={filter.kondisi}
          onChange={(v) => set({ kondisi: v as Condition | null })}
          w={150}
        />
        <Select
          label="Ruangan"
          clearable
          searchable
          placeholder="Semua"
          data={rooms}
          value={filter.ruangan}
          onChange={(v) => set({ ruangan: v })}
          w={220}
        />
        <Switch
          mb={8}
          label="Termasuk yang dihapuskan"
          checked={filter.termasukNonaktif}
          onChange={(e) => set({ termasukNonaktif: e.currentTarget.checked })}
        />
      </Group>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Perangkat</Table.Th>
            <Table.Th>Kode BMN / NUP</Table.Th>
            <Table.Th>Ruangan</Table.Th>
            <Table.Th>Pengguna</Table.Th>
            <Table.Th>Tahun</Table.Th>
            <Table.Th>Kondisi</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {deviceTypeLabel(d.jenis, types?.labels)} {d.merek} {d.model}
                </Text>
                {d.nomorSeri && (
                  <Text size="xs" c="dimmed">
                    S/N {d.nomorSeri}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{bmnLabel(d)}</Table.Td>
              <Table.Td>{d.ruangan}</Table.Td>
              <Table.Td>{d.pengguna || '—'}</Table.Td>
              <Table.Td>{d.tahunPerolehan ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={CONDITION_COLORS[d.kondisi]} variant="light">
                  {CONDITION_LABELS[d.kondisi]}
                </Badge>
                {!d.aktif && (
                  <Badge color="gray" variant="outline" ml={4}>
                    Dihapuskan
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onOpen(d.id)}
                  aria-label={`Riwayat ${d.merek} ${d.model}`}
                >
                  Riwayat
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setEditing(d)}
                  aria-label={`Ubah ${d.merek} ${d.model}`}
                >
                  Ubah
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown.length === 0 && (
        <Text c="dimmed">
          {devices.length === 0
            ? 'Belum ada perangkat. Tambahkan satu per satu atau impor dari berkas .xlsx.'
            : 'Tidak ada perangkat yang cocok.'}
        </Text>
      )}
      {editing && (
        <DeviceModal
          key={editing === 'new' ? 'baru' : editing.id}
          device={editing === 'new' ? null : editing}
          rooms={rooms}
          onClose={() => setEditing(null)}
        />
      )}
      <DeviceImportModal opened={importing} onClose={() => setImporting(false)} />
      <DeviceTypesModal opened={typesOpen} onClose={() => setTypesOpen(false)} />
    </Stack>
  );
}
