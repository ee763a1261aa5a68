import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatTanggalIso } from '../../../shared/format/date';
import type { DueItem, DueList } from '../../../shared/maintenance/schedule';
import type { MaintenanceTaskRow } from '../../db/rows';
import { OCCURRENCE_COLORS } from './scheduleLabels';

const COLUMNS = [
  { key: 'terlewat', title: 'Terlewat', empty: 'Tidak ada yang terlewat.' },
  { key: 'jatuhTempo', title: 'Jatuh tempo hari ini', empty: 'Tidak ada untuk hari ini.' },
  { key: 'akanDatang', title: '7 hari ke depan', empty: 'Tidak ada dalam 7 hari.' },
] as const;

/** What is overdue, due today and coming up, each with a button to record it. */
export function DuePanel({
  due,
  tasks,
  onRecord,
}: {
  due: DueList;
  tasks: ReadonlyMap<string, MaintenanceTaskRow>;
  onRecord: (taskId: string) => void;
}) {
  return (
    <SimpleGrid cols={3}>
      {COLUMNS.map((col) => {
        const items: DueItem[] = due[col.key];
        return (
          <Paper key={col.key} withBorder p="sm" aria-label={col.title} component="section">
            <Title order={4} c={`${OCCURRENCE_COLORS[col.key]}.8`}>
              {col.title} ({items.length})
            </Title>
            <Stack gap={6} mt="xs">
              {items.length === 0 && (
                <Text size="sm" c="dimmed">
                  {col.empty}
                </Text>
              )}
              {items.slice(0, 12).map((item) => (
                <Group key={`${item.taskId}-${item.due}`} justify="space-between" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" lineClamp={2}>
                      {tasks.get(item.taskId)?.judul}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatTanggalIso(item.due)}
                    </Text>
                  </div>
                  <Button
                    size="xs"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    onClick={() => onRecord(item.taskId)}
                  >
                    Catat
                  </Button>
                </Group>
              ))}
              {items.length > 12 && (
                <Text size="xs" c="dimmed">
                  dan {items.length - 12} lainnya.
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
