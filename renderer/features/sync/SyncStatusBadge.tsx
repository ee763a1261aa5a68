import { Badge, Group, Progress, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useServices } from '../../kit/servicesContext';
import { useSync, useSyncStatus } from '../../sync/runtime/syncContext';
import { clockMessage } from '../../sync/runtime/cycleLog';
import { readQuarantine } from '../../sync/syncState';
import { syncStatusText } from './syncStatusText';

/**
 * The header's sync state; a click opens Pengaturan Sinkronisasi. Files refused by this PC
 * get a mark of their own that opens their list.
 */
export function SyncStatusBadge({
  onOpen,
  onOpenQuarantine,
}: {
  onOpen: () => void;
  onOpenQuarantine: () => void;
}) {
  const { db } = useServices();
  const { workspace, startError } = useSync();
  const status = useSyncStatus();
  // The stored list: it is there before the first cycle of this session has run.
  const quarantined = useLiveQuery(() => readQuarantine(db), [db])?.length ?? 0;
  const now = useMinute();
  const text = syncStatusText(status, now, {
    startError,
    quarantined: workspace ? quarantined : 0,
    joined: Boolean(workspace),
  });
  const progress = status?.progress;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      {text.quarantine && (
        <Badge
          component="button"
          type="button"
          onClick={onOpenQuarantine}
          color="orange"
          variant="light"
          size="md"
          style={{ cursor: 'pointer' }}
          aria-label={`${text.quarantine}: lihat daftarnya`}
          data-testid="sync-quarantine"
        >
          {text.quarantine}
        </Badge>
      )}
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
    </Group>
  );
}

/** The time, refreshed every half minute so "sejak 09.15" stays honest. */
function useMinute(): Date {
  const { write } = useServices();
  const [now, setNow] = useState(() => write.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(write.now()), 30_000);
    return () => clearInterval(timer);
  }, [write]);
  return now;
}
