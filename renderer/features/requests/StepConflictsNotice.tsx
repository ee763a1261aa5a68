import { Alert, Anchor, List, Text } from '@mantine/core';
import type { RequestStepConflicts } from './stepConflictIndex';

/** On the register: the requests with a step recorded twice, each a link to settle it. */
export function StepConflictsNotice({
  conflicts,
  onOpen,
}: {
  conflicts: RequestStepConflicts[];
  onOpen: (id: string) => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <Alert color="orange" title="Konflik langkah" data-testid="konflik-langkah">
      <Text size="sm">
        Langkah berikut dicatat lebih dari sekali di komputer yang berbeda saat tidak saling
        tersambung. Buka permintaannya lalu pilih catatan yang dipakai.
      </Text>
      <List size="sm" mt="xs">
        {conflicts.map(({ request, stepNos }) => (
          <List.Item key={request.id}>
            <Anchor component="button" size="sm" onClick={() => onOpen(request.id)}>
              {request.nomor} — {request.pemohon.nama}
            </Anchor>
            : langkah {stepNos.join(', ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
