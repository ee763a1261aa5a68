import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { updateVersionSchema } from '../../../shared/updates/updateManifest';
import { call, errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { useIsAdministrator } from '../people/public';
import { readUpdateOffer, shareUpdate, type UpdateState } from './updateOffer';

/**
 * Pembaruan on Tentang (issue #18 item 6): the update another PC put in the shared folder,
 * offered only when newer and only installed when the user confirms; and, for an
 * administrator, "Bagikan pembaruan" to put one there.
 */
export function UpdatesPanel({ runningVersion }: { runningVersion: string }) {
  const { db, api, write } = useServices();
  const isAdmin = useIsAdministrator();
  const [state, setState] = useState<UpdateState | null>(null);
  const [version, setVersion] = useState('');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    readUpdateOffer(db, api, runningVersion).then(setState, (e: unknown) =>
      setState({ kind: 'refused', reason: errorMessage(e) }),
    );
  }, [db, api, runningVersion]);
  useEffect(refresh, [refresh]);

  const versionError =
    version && !updateVersionSchema.safeParse(version).success
      ? 'Versi harus berbentuk 1.2.3.'
      : null;

  const share = async () => {
    setBusy(true);
    try {
      const result = await shareUpdate(db, api, {
        version,
        notes: notes.trim(),
        createdAt: write.now().toISOString(),
        createdBy: write.actor() ?? write.device,
      });
      if (result.shared) {
        notifications.show({
          color: 'green',
          title: 'Pembaruan dibagikan',
          message: `Meja TI ${version} tersedia di folder bersama untuk komputer lain.`,
        });
        refresh();
      } else if (result.reason) {
        notifications.show({
          color: 'red',
          title: 'Pembaruan tidak dibagikan',
          message: result.reason,
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Gagal membagikan pembaruan',
        message: errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  };

  const install = async () => {
    if (state?.kind !== 'offer') return;
    const { manifest } = state;
    const question = `Pasang Meja TI ${manifest.version}? Pemasang akan dibuka; ikuti langkahnya, lalu buka kembali Meja TI.`;
    if (!window.confirm(question)) return;
    setBusy(true);
    try {
      const result = await call(api, 'updatesInstall', {
        fileName: manifest.fileName,
        size: manifest.size,
        sha256: manifest.sha256,
      });
      if (result.opened) {
        notifications.show({
          color: 'green',
          title: 'Pemasang dibuka',
          message: 'Ikuti langkah pemasangan di jendela pemasang.',
        });
      } else {
        setState({ kind: 'refused', reason: result.reason });
      }
    } catch (error) {
      setState({ kind: 'refused', reason: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  if (state?.kind === 'alone' && !isAdmin) return null;
  return (
    <Paper withBorder p="md">
      <Title order={4}>Pembaruan</Title>
      <Stack gap="sm" mt="xs">
        {state?.kind === 'alone' && (
          <Text size="sm" c="dimmed">
            Pembaruan dibagikan melalui folder bersama; komputer ini belum terhubung ke folder
            bersama.
          </Text>
        )}
        {state?.kind === 'none' && (
          <Text size="sm" c="dimmed">
            Tidak ada pembaruan yang lebih baru dari versi {runningVersion} di folder bersama.
          </Text>
        )}
        {state?.kind === 'refused' && (
          <Alert color="orange" title="Pembaruan ditolak">
            {state.reason}
          </Alert>
        )}
        {state?.kind === 'offer' && (
          <Alert color="blue" title={`Pembaruan tersedia: Meja TI ${state.manifest.version}`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {state.manifest.notes || 'Tanpa catatan.'}
            </Text>
            <Button mt="sm" loading={busy} onClick={() => void install()}>
              Pasang pembaruan
            </Button>
          </Alert>
        )}
        {isAdmin && state?.kind !== 'alone' && (
          <Stack gap="xs">
            <Text size="sm">
              Bagikan pembaruan: pilih berkas pemasang (.exe) versi yang lebih baru; komputer lain
              di ruang kerja ini akan menawarkannya.
            </Text>
            <Group align="flex-start">
              <TextInput
                label="Versi"
                placeholder="1.2.3"
                value={version}
                error={versionError}
                onChange={(e) => setVersion(e.currentTarget.value.trim())}
              />
              <Textarea
                label="Catatan pembaruan"
                value={notes}
                maxLength={4000}
                autosize
                minRows={2}
                style={{ flex: 1 }}
                onChange={(e) => setNotes(e.currentTarget.value)}
              />
            </Group>
            <Group>
              <Button
                variant="light"
                loading={busy}
                disabled={!version || Boolean(versionError)}
                onClick={() => void share()}
              >
                Bagikan pembaruan
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
