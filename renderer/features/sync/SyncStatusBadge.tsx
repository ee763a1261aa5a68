import { Badge, Group, Progress, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSyncStatus } from '../../sync/runtime/syncContext';
import { clockMessage } from '../../sync/runtime/cycleLog';
import { syncStatusText } from './syncStatusText';

/** The header's sync state; a click opens Pengaturan Sinkronisasi. */
export function SyncStatusBadge({ onOpen }: { onOpen: () => void }) {
  const status = useSyncStatus();
  const now = useMinute();
  const text = syncStatusText(status, now);
  const progress = status?.progress;
  return (
    <UnstyledButton onClick={onOpen} aria-label={`Status sinkronisasi: ${text.label}`}>
      <Stack gap={2} align="flex-end">
        <Group gap={6} wrap="nowrap">
          {status?.clockDriftMs != null && (
            <Tooltip label={clockMessage(status.clockDriftMs)} multiline w={280}>
              <Badge color="orange" variant="light" size="sm">
                Jam berselisih
              </Badge>
            </Tooltip>
          )}
          <Badge color={text.tone} variant="light" size="md" data-testid="sync-status">
            {text.label}
          </Badge>
        </Group>
        {progress && progress.total > 0 ? (
          <Progress
            w={220}
            size="sm"
            value={(100 * progress.done) / progress.total}
            aria-label="Kemajuan sinkronisasi"
            animated
          />
        ) : (
          text.detail && (
            <Text size="xs" c="dimmed" lineClamp={1} maw={360}>
              {text.detail}
            </Text>
          )
        )}
      </Stack>
    </UnstyledButton>
  );
}

/** The time, refreshed every half minute so "sejak 09.15" stays honest. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
