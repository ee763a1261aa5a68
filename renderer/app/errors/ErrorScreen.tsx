import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import type { CaughtError } from './ErrorBoundary';
import { errorDetails } from '../../api/errorDetails';
import { describeThrown } from '../../api/errorReport';

interface Props {
  caught: CaughtError;
  /** The screen's name as the menu shows it. */
  screen: string;
  onRetry(): void;
  /** The way back: to Beranda for a screen, a reload for the whole app. */
  back: { label: string; onClick(): void } | null;
  /** The whole app broke, not one screen among others. */
  whole?: boolean;
}

/** What a screen shows instead of going blank when it breaks while rendering. */
export function ErrorScreen({ caught, screen, onRetry, back, whole = false }: Props) {
  const { api, write } = useServices();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copyDetails = async () => {
    const version = await call(api, 'getAppInfo', {}).then(
      (info) => info.version,
      () => 'tidak diketahui',
    );
    const text = errorDetails({ ...caught, screen, version, at: write.now() });
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <Paper withBorder p="xl" maw={720} role="alert" {...(whole && { mx: 'auto', mt: 64 })}>
      <Stack gap="md">
        <Title order={2}>Terjadi kesalahan pada layar ini</Title>
        <Text>
          {whole
            ? 'Meja TI berhenti karena kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.'
            : `Layar ${screen} berhenti karena kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman, dan layar lain tetap dapat dipakai.`}{' '}
          Coba lagi; bila kesalahan berulang, salin rinciannya dan kirimkan kepada pengelola
          aplikasi.
        </Text>
        <Text size="sm" c="dimmed">
          Rincian teknis: <Code>{describeThrown(caught.thrown).message}</Code>
        </Text>
        <Group gap="sm">
          {back && <Button onClick={back.onClick}>{back.label}</Button>}
          <Button variant="default" onClick={onRetry}>
            Coba lagi
          </Button>
          <Button variant="default" onClick={() => void copyDetails()}>
            Salin rincian
          </Button>
        </Group>
        {copy === 'copied' && (
          <Text size="sm" c="green.8">
            Rincian sudah disalin.
          </Text>
        )}
        {copy === 'failed' && (
          <Text size="sm" c="red.8">
            Rincian tidak dapat disalin ke papan klip.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
