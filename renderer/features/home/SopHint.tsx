import { Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';

/** Device-local: once closed on this PC, the hint stays closed. */
export const SOP_HINT_KEY = 'meja-ti:petunjuk-sop-ditutup';

/**
 * A one-time hint on Beranda: the SOP each procedure runs on (chosen at setup) can be
 * changed on the SOP screen. A note, not a warning: nothing needs doing.
 */
export function SopHint({ onOpen, storage }: { onOpen: () => void; storage: Storage }) {
  const [closed, setClosed] = useState(() => storage.getItem(SOP_HINT_KEY) !== null);
  if (closed) return null;
  const close = () => {
    storage.setItem(SOP_HINT_KEY, '1');
    setClosed(true);
  };
  return (
    <Paper withBorder p="sm" role="note" aria-label="Petunjuk SOP" bg="blue.0">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          Prosedur A–F berjalan menurut SOP yang dipilih saat persiapan. SOP per prosedur dapat
          diganti atau disesuaikan di menu SOP.
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={onOpen}>
            Buka SOP
          </Button>
          <CloseButton aria-label="Tutup petunjuk SOP" onClick={close} />
        </Group>
      </Group>
    </Paper>
  );
}
