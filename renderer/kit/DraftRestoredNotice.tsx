import { Alert, Button, Group, Text } from '@mantine/core';

/** Says that the form holds what was typed before, with a way to start from a fresh form. */
export function DraftRestoredNotice({
  shown,
  onDiscard,
}: {
  shown: boolean;
  onDiscard: () => void;
}) {
  if (!shown) return null;
  return (
    <Alert color="blue" variant="light" py="xs" data-testid="draft-restored">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">Isian sebelumnya dipulihkan.</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Buang
        </Button>
      </Group>
    </Alert>
  );
}
