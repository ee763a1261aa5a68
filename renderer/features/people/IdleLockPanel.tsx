import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../kit/servicesContext';
import { readIdleMinutes, saveIdleMinutes } from './idleSettings';

/** "Kunci otomatis": the office's idle minutes, set by an administrator. */
export function IdleLockPanel() {
  const { db } = useServices();
  const stored = useLiveQuery(() => readIdleMinutes(db), [db]);
  // Keyed by the stored value: a change from another PC shows at once.
  return stored === undefined ? null : <IdleLockForm key={stored} stored={stored} />;
}

function IdleLockForm({ stored }: { stored: number }) {
  const { write } = useServices();
  const [value, setValue] = useState<number | string>(stored);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const result = await saveIdleMinutes(write, typeof value === 'number' ? value : NaN);
    if (!result.ok) return setError(result.error);
    setError(null);
    notifications.show({ color: 'green', message: 'Kunci otomatis tersimpan.' });
  };
  return (
    <Paper withBorder p="md" maw={520}>
      <Stack gap="xs">
        <Title order={3}>Kunci otomatis</Title>
        <Text size="sm" c="dimmed">
          Meja TI terkunci bila komputer tidak disentuh selama waktu ini, dan setiap kali Windows
          dikunci. Berlaku di semua komputer kantor.
        </Text>
        <Group align="flex-end">
          <NumberInput
            label="Kunci setelah diam (menit)"
            min={1}
            max={240}
            allowDecimal={false}
            value={value}
            onChange={setValue}
            error={error}
            w={220}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
          />
          <Button onClick={() => void save()}>Simpan</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
