import { Alert, Button, List, Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '../../../shared/format/date';
import { backupStatus } from '../../../shared/security/backupStatus';
import { useServices } from '../../kit/servicesContext';
import { lateBackupLine } from './securityLabels';
import { listBackups, readBackupItems } from './securityStore';

/** The home screen's warning about items whose last backup is older than their schedule. */
export function BackupWarnings({ onOpen }: { onOpen: () => void }) {
  const { db, write } = useServices();
  const data = useLiveQuery(
    async () => ({ items: await readBackupItems(db), backups: await listBackups(db) }),
    [db],
  );
  if (!data) return null;
  const late = backupStatus(data.items, data.backups, toIsoDate(write.now())).filter(
    (s) => s.terlambat,
  );
  if (late.length === 0) return null;
  // Red once a backup is overdue; orange while items have simply never been backed up.
  const overdue = late.some((s) => s.terakhir !== null);
  return (
    <Alert color={overdue ? 'red' : 'orange'} title="Cadangan data terlambat">
      <Stack gap="xs" align="flex-start">
        <List size="sm">
          {late.map((s) => (
            <List.Item key={s.item.id}>{lateBackupLine(s)}</List.Item>
          ))}
        </List>
        <Button size="xs" variant="light" color={overdue ? 'red' : 'orange'} onClick={onOpen}>
          Buka Pengamanan
        </Button>
      </Stack>
    </Alert>
  );
}
