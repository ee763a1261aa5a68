import { ActionIcon, Group, Text } from '@mantine/core';
import { formatBulanTahun } from '../../shared/format/date';

export interface YearMonth {
  year: number;
  /** 1..12 */
  month: number;
}

export function thisMonth(now: Date): YearMonth {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

/** The month `delta` months away: December + 1 is January of the next year. */
export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const m = year * 12 + (month - 1) + delta;
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

/** ‹ November 2026 › */
export function MonthPicker({
  value,
  onChange,
  showLabel = true,
}: {
  value: YearMonth;
  onChange: (value: YearMonth) => void;
  showLabel?: boolean;
}) {
  return (
    <Group gap={4}>
      <ActionIcon
        variant="default"
        aria-label="Bulan sebelumnya"
        onClick={() => onChange(shiftMonth(value, -1))}
      >
        ‹
      </ActionIcon>
      {showLabel && (
        <Text fw={600} w={160} ta="center">
          {formatBulanTahun(value.year, value.month)}
        </Text>
      )}
      <ActionIcon
        variant="default"
        aria-label="Bulan berikutnya"
        onClick={() => onChange(shiftMonth(value, 1))}
      >
        ›
      </ActionIcon>
    </Group>
  );
}
