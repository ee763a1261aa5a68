import { Button, Drawer, Group, ScrollArea } from '@mantine/core';
import type { Guide } from './guide';
import { GuideView } from './GuideView';

/** The open screen's guide, beside it (F1 or the header's Bantuan button). */
export function HelpDrawer({
  guide,
  opened,
  onClose,
  onOpenAll,
}: {
  guide: Guide;
  opened: boolean;
  onClose: () => void;
  onOpenAll: () => void;
}) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={`Bantuan: ${guide.title}`}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': 'Tutup bantuan' }}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <GuideView guide={guide} />
      <Group mt="lg">
        <Button variant="light" onClick={onOpenAll}>
          Semua panduan dan Laporkan masalah
        </Button>
      </Group>
    </Drawer>
  );
}
