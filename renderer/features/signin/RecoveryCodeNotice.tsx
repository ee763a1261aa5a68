import { Alert, Button, Checkbox, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

/** The recovery code, shown once: the user confirms having kept it before going on. */
export function RecoveryCodeNotice({
  code,
  saving,
  error,
  onConfirm,
}: {
  code: string;
  saving: boolean;
  error: string | null;
  onConfirm: () => void;
}) {
  const [kept, setKept] = useState(false);
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={3}>Kode pemulihan</Title>
        <Text size="sm">
          Jika PIN administrator terlupa, kode ini dipakai untuk membuat PIN baru. Kode hanya
          ditampilkan sekali ini. Catat dan simpan di tempat yang aman, terpisah dari komputer ini.
        </Text>
        <Code block fz="xl" ta="center" aria-label="Kode pemulihan">
          {code}
        </Code>
        <Checkbox
          label="Saya sudah mencatat kode pemulihan"
          checked={kept}
          onChange={(e) => setKept(e.currentTarget.checked)}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => window.print()}>
            Cetak
          </Button>
          <Button disabled={!kept} loading={saving} onClick={onConfirm}>
            Mulai
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
