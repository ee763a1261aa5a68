import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import { call, errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { problemReportText } from './problemReportText';

const LOG_LINES = 40;

/**
 * "Laporkan masalah": the version, this PC and the log's last lines, copied to the clipboard
 * for the office's IT person. Nothing is sent anywhere.
 */
export function ReportProblemPanel({ screen }: { screen: string }) {
  const { api, write } = useServices();
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function report() {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      const value = await call(api, 'getProblemReport', { lines: LOG_LINES });
      const next = problemReportText(value, {
        madeAt: formatTanggalJam(write.now()),
        screen,
        device: write.device,
        userAgent: navigator.userAgent,
      });
      setText(next);
      try {
        await navigator.clipboard.writeText(next);
        setCopied(true);
      } catch {
        setError('Teks tidak dapat disalin otomatis. Pilih teks di bawah, lalu salin (Ctrl+C).');
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>Laporkan masalah</Title>
        <Text size="sm">
          Menyalin versi aplikasi, keterangan komputer ini, dan {LOG_LINES} baris terakhir log ke
          papan klip. Tempelkan teksnya dalam pesan kepada petugas TI kantor. Tidak ada data yang
          dikirim ke mana pun.
        </Text>
        <Group>
          <Button onClick={() => void report()} loading={busy}>
            Laporkan masalah
          </Button>
        </Group>
        {copied && (
          <Alert color="green" title="Tersalin ke papan klip">
            Teks laporan sudah disalin. Tempelkan (Ctrl+V) dalam pesan atau surel kepada petugas TI
            kantor.
          </Alert>
        )}
        {error && <Alert color="red">{error}</Alert>}
        {text && (
          <Code block aria-label="Teks laporan masalah" mah={320} style={{ overflow: 'auto' }}>
            {text}
          </Code>
        )}
      </Stack>
    </Paper>
  );
}
