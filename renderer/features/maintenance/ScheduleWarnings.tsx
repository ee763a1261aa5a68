import { Alert, Button, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '../../../shared/format/date';
import { dueList } from '../../../shared/maintenance/schedule';
import { useServices } from '../../kit/servicesContext';
import { loadTaskRecordSources, recordsByTask } from './scheduleData';
import { listTasks } from './taskStore';

/** The home screen's reminder of scheduled maintenance that is overdue or due today. */
export function ScheduleWarnings({ onOpen }: { onOpen: () => void }) {
  const { db, write } = useServices();
  const due = useLiveQuery(async () => {
    const tasks = (await listTasks(db)).filter((t) => t.aktif);
    const byTask = recordsByTask(tasks, await loadTaskRecordSources(db, tasks));
    return dueList(
      tasks.map((t) => ({
        id: t.id,
        rule: t.pengulangan,
        mulai: t.mulai,
        records: byTask.get(t.id) ?? [],
      })),
      toIsoDate(write.now()),
    );
  }, [db, write]);
  if (!due || due.terlewat.length + due.jatuhTempo.length === 0) return null;
  const late = due.terlewat.length;
  return (
    <Alert color={late ? 'red' : 'orange'} title="Jadwal pemeliharaan">
      <Text size="sm">
        {[
          late ? `${late} jadwal terlewat dan belum dicatat` : '',
          due.jatuhTempo.length ? `${due.jatuhTempo.length} jatuh tempo hari ini` : '',
        ]
          .filter(Boolean)
          .join('; ')}
        .
      </Text>
      <Button size="xs" mt="xs" variant="light" color={late ? 'red' : 'orange'} onClick={onOpen}>
        Buka Jadwal Pemeliharaan
      </Button>
    </Alert>
  );
}
