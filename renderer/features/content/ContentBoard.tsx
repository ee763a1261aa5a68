import { Badge, Card, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import {
  CONTENT_STAGE_LABELS,
  CONTENT_STAGES,
  type ContentStage,
} from '../../../shared/content/contentFlow';
import { JENIS_KONTEN_LABELS } from '../../../shared/content/schema';
import type { BoardCard } from './contentBoard';
import { waitingFor } from './ContentStepForm';

const STAGE_COLOR: Record<ContentStage, string> = {
  dikumpulkan: 'gray',
  konsep: 'blue',
  diperiksa: 'violet',
  menungguPersetujuan: 'yellow',
  siapTerbit: 'teal',
  terbit: 'green',
  diarsipkan: 'dark',
  ditolak: 'red',
};

/** The items by stage, one column a stage, each card saying whom it waits for. */
export function ContentBoard(props: {
  cards: readonly BoardCard[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }} data-testid="papan-konten">
        {CONTENT_STAGES.map((stage) => {
          const cards = props.cards.filter((c) => c.stage === stage);
          return (
            <Paper
              key={stage}
              withBorder
              p="xs"
              bg="gray.0"
              style={{ flex: '1 0 128px', minWidth: 128 }}
              data-testid={`kolom-${stage}`}
            >
              <Stack gap={6}>
                <Title order={6}>
                  {CONTENT_STAGE_LABELS[stage]}{' '}
                  <Badge size="xs" color={STAGE_COLOR[stage]} variant="light">
                    {cards.length}
                  </Badge>
                </Title>
                {cards.map(({ item, procedure, next }) => (
                  <Card
                    key={item.id}
                    withBorder
                    padding={6}
                    style={{
                      cursor: 'pointer',
                      outline:
                        props.selected === item.id
                          ? '2px solid var(--mantine-color-blue-5)'
                          : undefined,
                    }}
                    onClick={() => props.onSelect(item.id)}
                    data-testid="kartu-konten"
                  >
                    <Text size="sm" fw={500} lineClamp={2}>
                      {item.judul}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {JENIS_KONTEN_LABELS[item.jenis]}
                      {item.putaran > 1 ? ` · perbaikan ke-${item.putaran - 1}` : ''}
                    </Text>
                    {procedure && next && (
                      <Text size="xs" c="blue.8">
                        menunggu {waitingFor(procedure, next)}
                      </Text>
                    )}
                    {item.adaTerlambat && (
                      <Badge size="xs" color="orange" mt={2}>
                        Terlambat
                      </Badge>
                    )}
                  </Card>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </div>
    </ScrollArea>
  );
}
