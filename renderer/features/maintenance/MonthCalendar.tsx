import { Badge, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { formatBulanTahun } from '../../../shared/format/date';
import { NAMA_HARI } from '../../../shared/format/calendarNames';
import { monthGrid } from '../../../shared/maintenance/schedule';
import { MonthPicker } from '../../kit/MonthPicker';
import type { DayEntry } from './scheduleData';
import { OCCURRENCE_COLORS, OCCURRENCE_LABELS } from './scheduleLabels';

/** A month of the schedule: each day's tasks, coloured by whether they were done. */
export function MonthCalendar({
  year,
  month,
  today,
  entries,
  onMonth,
}: {
  year: number;
  month: number;
  today: string;
  entries: ReadonlyMap<string, DayEntry[]>;
  onMonth: (year: number, month: number) => void;
}) {
  const prefix = `${year}-${String(month).padStart(2, '0')}`;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>Kalender {formatBulanTahun(year, month)}</Title>
        <MonthPicker
          value={{ year, month }}
          onChange={(v) => onMonth(v.year, v.month)}
          showLabel={false}
        />
      </Group>
      <div
        role="grid"
        aria-label={`Kalender ${formatBulanTahun(year, month)}`}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}
      >
        {NAMA_HARI.map((h) => (
          <Text key={h} size="xs" fw={600} ta="center" role="columnheader">
            {h}
          </Text>
        ))}
        {monthGrid(year, month)
          .flat()
          .map((day) => {
            const inMonth = day.startsWith(prefix);
            const list = inMonth ? (entries.get(day) ?? []) : [];
            return (
              <Paper
                key={day}
                role="gridcell"
                aria-label={day}
                withBorder
                p={4}
                mih={72}
                bg={day === today ? 'blue.0' : undefined}
                style={{ opacity: inMonth ? 1 : 0.35, minWidth: 0 }}
              >
                <Text size="xs" fw={day === today ? 700 : 400}>
                  {Number(day.slice(8))}
                </Text>
                <Stack gap={2}>
                  {list.map(({ task, occurrence }) => (
                    <Tooltip
                      key={task.id}
                      label={`${task.judul} — ${OCCURRENCE_LABELS[occurrence.status]}`}
                      multiline
                      w={280}
                    >
                      <Badge
                        size="xs"
                        radius="sm"
                        variant="light"
                        color={OCCURRENCE_COLORS[occurrence.status]}
                        fullWidth
                        style={{ textTransform: 'none', justifyContent: 'flex-start' }}
                      >
                        {task.judul}
                      </Badge>
                    </Tooltip>
                  ))}
                </Stack>
              </Paper>
            );
          })}
      </div>
      <Group gap="xs">
        {(['tepatWaktu', 'terlambat', 'terlewat', 'jatuhTempo', 'akanDatang'] as const).map((s) => (
          <Badge
            key={s}
            size="xs"
            variant="light"
            color={OCCURRENCE_COLORS[s]}
            style={{ textTransform: 'none' }}
          >
            {OCCURRENCE_LABELS[s]}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
