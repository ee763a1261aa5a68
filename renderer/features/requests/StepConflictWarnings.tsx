import { Alert, Button, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../kit/servicesContext';
import { findStepConflicts } from './stepConflictIndex';

/** The home screen's warning about requests with a step recorded twice, not yet settled. */
export function StepConflictWarnings({ onOpen }: { onOpen: () => void }) {
  const { db } = useServices();
  const conflicts = useLiveQuery(
    async () => findStepConflicts(db, await db.requests.toArray()),
    [db],
  );
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <Alert color="orange" title="Konflik langkah" data-testid="beranda-konflik-langkah">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {conflicts.length} permintaan memiliki langkah yang dicatat lebih dari sekali di komputer
          yang berbeda: {conflicts.map((c) => c.request.nomor).join(', ')}. Pilih catatan yang
          dipakai pada halaman permintaannya.
        </Text>
        <Button size="xs" variant="light" color="orange" onClick={onOpen}>
          Buka Permintaan Layanan
        </Button>
      </Stack>
    </Alert>
  );
}
