import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { endOfMonth } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deviceName } from '../../../shared/devices/schema';
import { formatTanggalIso, toIsoDate } from '../../../shared/format/date';
import { formatDurasiMenit } from '../../../shared/format/number';
import { MonthPicker, thisMonth } from '../../kit/MonthPicker';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import { listDevices } from '../devices/public';
import { listPeople } from '../people/public';
import { RecordModal } from './RecordModal';
import { deleteMaintenanceRecord, listRecords } from './recordStore';

/** Catatan Pemeliharaan: the rounds done in a month, with what each found. */
export function RecordsPage() {
  const { db, write } = useServices();
  const [shown, setShown] = useState(() => thisMonth(write.now()));
  const [recording, setRecording] = useState(false);
  const first = new Date(shown.year, shown.month - 1, 1);
  const from = toIsoDate(first);
  const to = toIsoDate(endOfMonth(first));
  const data = useLiveQuery(
    async () => ({
      records: await listRecords(db, from, to),
      devices: await listDevices(db),
      people: await listPeople(db),
    }),
    [db, from, to],
  );
  const remove = async (id: string, judul: string) => {
    if (!window.confirm(`Hapus catatan "${judul}"? Kondisi perangkat tidak dikembalikan.`)) return;
    try {
      await deleteMaintenanceRecord(write, id);
      notifications.show({ color: 'gray', message: 'Catatan dihapus.' });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };
  if (!data) return null;
  const personName = new Map(data.people.map((p) => [p.id, p.nama]));
  const device = new Map(data.devices.map((d) => [d.id, d]));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Catatan Pemeliharaan</Title>
        <Button onClick={() => setRecording(true)}>Catat Pemeliharaan</Button>
      </Group>
      <MonthPicker value={shown} onChange={setShown} />
      {data.records.length === 0 ? (
        <Text c="dimmed">Belum ada catatan pemeliharaan pada bulan ini.</Text>
      ) : (
        <Table striped withTableBorder aria-label="Catatan pemeliharaan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tanggal</Table.Th>
              <Table.Th>Kegiatan</Table.Th>
              <Table.Th>Perangkat</Table.Th>
              <Table.Th>Temuan dan tindakan</Table.Th>
              <Table.Th>Petugas</Table.Th>
              <Table.Th>Durasi</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.records.map((r) => {
              const found = r.perangkat.filter((c) => c.hasil === 'adaTemuan');
              const notes = [
                ...found.map((c) => {
                  const d = device.get(c.deviceId);
                  const name = d ? `${deviceName(d)} (${d.ruangan})` : 'Perangkat';
                  return `${name}: ${c.temuan}${c.tindakan ? ` — ${c.tindakan}` : ''}`;
                }),
                ...(r.temuan ? [r.temuan] : []),
                ...(r.tindakan ? [`Tindak lanjut: ${r.tindakan}`] : []),
              ];
              return (
                <Table.Tr key={r.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatTanggalIso(r.tanggal)}
                  </Table.Td>
                  <Table.Td>{r.judul}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {r.perangkat.length
                      ? `${r.perangkat.length} diperiksa${found.length ? `, ${found.length} temuan` : ''}`
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    {notes.length
                      ? notes.map((n) => (
                          <Text key={n} size="sm">
                            {n}
                          </Text>
                        ))
                      : '—'}
                  </Table.Td>
                  <Table.Td>{personName.get(r.petugasId) ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {r.durasiMenit ? formatDurasiMenit(r.durasiMenit) : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void remove(r.id, r.judul)}
                    >
                      Hapus
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {recording && <RecordModal taskId={null} onClose={() => setRecording(false)} />}
    </Stack>
  );
}
