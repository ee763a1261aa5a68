import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import { formatDurasiMenit } from '../../../shared/format/number';
import { describeRecurrence } from '../../../shared/maintenance/recurrence';
import { dueList } from '../../../shared/maintenance/schedule';
import { TASK_RECORD_KIND_LABELS } from '../../../shared/maintenance/task';
import { describeTarget } from '../../../shared/maintenance/taskTargets';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import type { MaintenanceTaskRow } from '../../db/rows';
import { listDevices, useDeviceTypes } from '../devices/public';
import { DuePanel } from './DuePanel';
import { MonthCalendar } from './MonthCalendar';
import { RecordModal } from './RecordModal';
import { loadTaskRecordSources, monthEntries, recordsByTask } from './scheduleData';
import { TaskModal } from './TaskModal';
import { generateTasksFromSop, listTasks } from './taskStore';

/** Jadwal Pemeliharaan: the recurring tasks of SOP C and D, what is due, and the month. */
export function SchedulePage({ onOpenSecurity }: { onOpenSecurity: () => void }) {
  const { db, write } = useServices();
  const types = useDeviceTypes();
  const now = write.now();
  const today = toIsoDate(now);
  const [shown, setShown] = useState({ year: now.getFullYear(), month: now.getMonth() + 1 });
  const [editing, setEditing] = useState<MaintenanceTaskRow | 'new' | null>(null);
  const [recording, setRecording] = useState<string | null | undefined>(undefined);
  const data = useLiveQuery(async () => {
    const tasks = await listTasks(db);
    return {
      tasks,
      sources: await loadTaskRecordSources(db, tasks),
      devices: await listDevices(db),
    };
  }, [db]);
  if (!data) return null;
  const byTask = recordsByTask(data.tasks, data.sources);
  const active = data.tasks.filter((t) => t.aktif);
  const due = dueList(
    active.map((t) => ({
      id: t.id,
      rule: t.pengulangan,
      mulai: t.mulai,
      records: byTask.get(t.id) ?? [],
    })),
    today,
  );
  const taskById = new Map(data.tasks.map((t) => [t.id, t]));
  // Work with its own records (network watch, UAT, backups) is recorded in Pengamanan.
  const record = (taskId: string) => {
    const kind = taskById.get(taskId)?.dicatatDi ?? 'pemeliharaan';
    if (kind === 'pemeliharaan') setRecording(taskId);
    else onOpenSecurity();
  };

  const generate = async () => {
    try {
      const added = await generateTasksFromSop(write);
      notifications.show({
        color: added ? 'green' : 'gray',
        message: added
          ? `${added} kegiatan dari SOP ditambahkan ke jadwal.`
          : 'Semua kegiatan berjadwal dari SOP sudah ada di jadwal.',
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Jadwal Pemeliharaan</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void generate()}>
            Ambil dari SOP
          </Button>
          <Button variant="default" onClick={() => setEditing('new')}>
            Tambah Kegiatan
          </Button>
          <Button onClick={() => setRecording(null)}>Catat Pemeliharaan</Button>
        </Group>
      </Group>
      {data.tasks.length === 0 ? (
        <Alert color="blue" title="Jadwal masih kosong">
          Tekan “Ambil dari SOP” untuk menjadwalkan langkah prosedur C (Monitoring dan Pemeliharaan)
          dan D (Pengamanan) yang mencantumkan frekuensi, seperti “1 Minggu” atau “1 Bulan”. Jadwal
          dapat diubah dan ditambah sesudahnya.
        </Alert>
      ) : (
        <DuePanel due={due} tasks={taskById} onRecord={record} />
      )}
      <MonthCalendar
        year={shown.year}
        month={shown.month}
        today={today}
        entries={monthEntries(data.tasks, byTask, shown.year, shown.month, today)}
        onMonth={(year, month) => setShown({ year, month })}
      />
      <Title order={3}>Kegiatan terjadwal</Title>
      <Table striped withTableBorder aria-label="Kegiatan terjadwal">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kegiatan</Table.Th>
            <Table.Th>SOP</Table.Th>
            <Table.Th>Pengulangan</Table.Th>
            <Table.Th>Sasaran</Table.Th>
            <Table.Th>Waktu standar</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.tasks.map((t) => (
            <Table.Tr key={t.id} style={{ opacity: t.aktif ? 1 : 0.55 }}>
              <Table.Td>
                {t.judul}
                {t.dicatatDi && t.dicatatDi !== 'pemeliharaan' && (
                  <Text size="xs" c="dimmed">
                    Dicatat di {TASK_RECORD_KIND_LABELS[t.dicatatDi]}
                  </Text>
                )}
                {!t.aktif && (
                  <Badge ml={6} size="xs" color="gray" variant="outline">
                    Dihentikan
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t.sumber ? `${t.sumber.procedureKey}.${t.sumber.stepNo}` : '—'}
              </Table.Td>
              <Table.Td>{describeRecurrence(t.pengulangan)}</Table.Td>
              <Table.Td>{describeTarget(t.sasaran, types?.labels)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t.durasiMenit ? formatDurasiMenit(t.durasiMenit) : '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Button size="xs" variant="subtle" onClick={() => record(t.id)}>
                  Catat
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setEditing(t)}
                  aria-label={`Ubah jadwal ${t.judul}`}
                >
                  Ubah
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <TaskModal
          task={editing === 'new' ? null : editing}
          devices={data.devices}
          onClose={() => setEditing(null)}
        />
      )}
      {recording !== undefined && (
        <RecordModal
          key={recording ?? 'bebas'}
          taskId={recording}
          onClose={() => setRecording(undefined)}
        />
      )}
    </Stack>
  );
}
