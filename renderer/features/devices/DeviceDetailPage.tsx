import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { deviceTypeLabel } from '../../../shared/devices/deviceTypes';
import { useDeviceTypes } from './deviceTypeStore';
import { useState } from 'react';
import { bmnLabel, CONDITION_LABELS, deviceName } from '../../../shared/devices/schema';
import { formatTanggal, formatTanggalIso, toIsoDate } from '../../../shared/format/date';
import { CHECK_RESULT_LABELS } from '../../../shared/maintenance/record';
import { REQUEST_STATUS_LABELS } from '../../../shared/requests/schema';
import { useServices } from '../../kit/servicesContext';
import { RecordHistory } from '../audit/public';
import { listPeople } from '../people/public';
import { DeviceModal } from './DeviceModal';
import { CONDITION_COLORS } from './deviceLabels';
import { deviceHistory, listDevices } from './deviceStore';
import { roomsOf } from './deviceFilter';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

/** One device: its data and its history of service requests, checks and repairs. */
export function DeviceDetailPage({ id, onBack }: { id: string; onBack: () => void }) {
  const { db } = useServices();
  const types = useDeviceTypes();
  const data = useLiveQuery(
    async () => ({
      devices: await listDevices(db),
      history: await deviceHistory(db, id),
      people: await listPeople(db),
    }),
    [db, id],
  );
  const [editing, setEditing] = useState(false);
  if (!data) return null;
  const device = data.devices.find((d) => d.id === id);
  if (!device) {
    return (
      <Stack>
        <Text>Perangkat tidak ditemukan.</Text>
        <Button variant="default" onClick={onBack} w="fit-content">
          Kembali
        </Button>
      </Stack>
    );
  }
  const personName = new Map(data.people.map((p) => [p.id, p.nama]));
  const events = [
    ...data.history.records.map((r) => {
      const check = r.perangkat.find((c) => c.deviceId === id);
      return {
        key: `m-${r.id}`,
        tanggal: r.tanggal,
        jenis: 'Pemeliharaan',
        uraian: r.judul,
        hasil: check
          ? [CHECK_RESULT_LABELS[check.hasil], check.temuan, check.tindakan]
              .filter(Boolean)
              .join(' — ')
          : '',
        petugas: personName.get(r.petugasId) ?? '—',
      };
    }),
    ...data.history.requests.map((r) => ({
      key: `r-${r.id}`,
      tanggal: toIsoDate(new Date(r.diterimaPada)),
      jenis: `Permintaan ${r.nomor}`,
      uraian: r.uraian,
      hasil: [REQUEST_STATUS_LABELS[r.status], data.history.repairs.get(r.id)]
        .filter(Boolean)
        .join(' — '),
      petugas: r.pemohon.nama,
    })),
  ].sort((a, b) => b.tanggal.localeCompare(a.tanggal));

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{deviceName(device, types?.labels)}</Title>
          <Text c="dimmed">
            {device.ruangan}
            {device.pengguna ? ` · ${device.pengguna}` : ''}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={onBack}>
            Kembali
          </Button>
          <Button onClick={() => setEditing(true)}>Ubah</Button>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={4}>
          <Field label="Jenis" value={deviceTypeLabel(device.jenis, types?.labels)} />
          <Field label="Kode BMN / NUP" value={bmnLabel(device)} />
          <Field label="Nomor seri" value={device.nomorSeri} />
          <Field label="Tahun perolehan" value={String(device.tahunPerolehan ?? '')} />
          <Field label="Alamat IP" value={device.alamatIp} />
          <div>
            <Text size="xs" c="dimmed">
              Kondisi
            </Text>
            <Badge color={CONDITION_COLORS[device.kondisi]} variant="light">
              {CONDITION_LABELS[device.kondisi]}
            </Badge>
            {!device.aktif && (
              <Badge color="gray" variant="outline" ml={4}>
                Dihapuskan
              </Badge>
            )}
          </div>
          <Field
            label="Terakhir diubah"
            value={`${formatTanggal(new Date(device._updatedAt))}${
              device._updatedBy ? ` oleh ${personName.get(device._updatedBy) ?? '—'}` : ''
            }`}
          />
          <Field label="Catatan" value={device.catatan} />
        </SimpleGrid>
      </Paper>
      <Title order={3}>Riwayat</Title>
      {events.length === 0 ? (
        <Text c="dimmed">Belum ada permintaan layanan atau pemeliharaan untuk perangkat ini.</Text>
      ) : (
        <Table striped withTableBorder aria-label="Riwayat perangkat">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tanggal</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Uraian</Table.Th>
              <Table.Th>Hasil</Table.Th>
              <Table.Th>Petugas/Pemohon</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e) => (
              <Table.Tr key={e.key}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTanggalIso(e.tanggal)}</Table.Td>
                <Table.Td>{e.jenis}</Table.Td>
                <Table.Td>{e.uraian}</Table.Td>
                <Table.Td>{e.hasil}</Table.Td>
                <Table.Td>{e.petugas}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RecordHistory table="devices" recordId={device.id} />
      {editing && (
        <DeviceModal
          device={device}
          rooms={roomsOf(data.devices)}
          onClose={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}
