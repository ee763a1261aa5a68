import { Button, Group, Stack, Text } from '@mantine/core';
import { formatBytes } from '../../../shared/attachments/fileCheck';
import type { AttachmentRef } from '../../../shared/attachments/schema';
import { AttachmentViewer } from './AttachmentViewer';
import { useAttachmentOpener } from './useAttachmentOpener';

/** A record's attachments, each with Buka (and Hapus when `onRemove` is given). */
export function AttachmentList(props: {
  lampiran: readonly AttachmentRef[];
  onRemove?: (hash: string) => void;
}) {
  const { opened, open, close } = useAttachmentOpener();
  if (props.lampiran.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Belum ada lampiran.
      </Text>
    );
  }
  return (
    <Stack gap={4} aria-label="Daftar lampiran">
      {props.lampiran.map((ref) => (
        <Group key={ref.hash} gap="xs" wrap="nowrap">
          <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate="end">
            {ref.nama}{' '}
            <Text span size="xs" c="dimmed">
              ({formatBytes(ref.ukuran)})
            </Text>
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            aria-label={`Buka ${ref.nama}`}
            onClick={() => void open(ref)}
          >
            Buka
          </Button>
          {props.onRemove && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={`Hapus ${ref.nama}`}
              onClick={() => props.onRemove?.(ref.hash)}
            >
              Hapus
            </Button>
          )}
        </Group>
      ))}
      <AttachmentViewer opened={opened} onClose={close} />
    </Stack>
  );
}
