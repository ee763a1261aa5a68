import { Alert, Anchor, Button, List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import type { NumberCollision } from '../../../shared/requests/numberCollisions';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import type { RequestRow } from '../../db/rows';
import { useSyncFolder } from '../../sync/runtime/syncContext';
import { giveNewNumber } from './registerNumbers';

const TITLE = 'Nomor register ganda';

function requestLine(r: RequestRow): string {
  return `${r.nomor} — ${r.pemohon.nama}, diterima ${formatTanggalJam(new Date(r.diterimaPada))}`;
}

/** On the register: every number two or more requests share, each request a link. */
export function RegisterCollisionsAlert({
  collisions,
  onOpen,
}: {
  collisions: NumberCollision<RequestRow>[];
  onOpen: (id: string) => void;
}) {
  if (collisions.length === 0) return null;
  return (
    <Alert color="red" title={TITLE} data-testid="nomor-ganda">
      <Text size="sm">
        Nomor berikut dipakai lebih dari satu permintaan, biasanya karena dicatat di komputer yang
        belum tersambung ke folder bersama. Buka salah satu permintaan lalu pilih “Beri nomor baru”;
        permintaan lainnya tetap memakai nomor yang sudah tercetak.
      </Text>
      <List size="sm" mt="xs">
        {collisions.map((c) => (
          <List.Item key={`${c.tahun}/${c.lokasi}/${c.urut}`}>
            Nomor urut {c.urut} tahun {c.tahun}
            {c.lokasi ? ` lokasi ${c.lokasi}` : ''}:{' '}
            {c.requests.map((r, i) => (
              <span key={r.id}>
                {i > 0 && '; '}
                <Anchor component="button" size="sm" onClick={() => onOpen(r.id)}>
                  {requestLine(r)}
                </Anchor>
              </span>
            ))}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** On a request: the other requests with its number, and the way to give it a new one. */
export function RequestCollisionAlert({
  request,
  collision,
  numberFormat,
}: {
  request: RequestRow;
  collision: NumberCollision<RequestRow> | undefined;
  numberFormat: string;
}) {
  const { write } = useServices();
  const folder = useSyncFolder();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const involved = collision?.requests.some((r) => r.id === request.id) ?? false;
  const others = collision?.requests.filter((r) => r.id !== request.id) ?? [];
  if (!involved || others.length === 0) return null;

  const renumber = async () => {
    setBusy(true);
    setError(null);
    try {
      const nomor = await giveNewNumber(write, folder, request.id, numberFormat);
      notifications.show({
        color: 'green',
        title: 'Nomor baru diberikan',
        message: `Permintaan ini sekarang bernomor ${nomor}. Cetak ulang formulirnya.`,
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert color="red" title={TITLE} data-testid="nomor-ganda">
      <Text size="sm">
        Nomor {request.nomor} juga dipakai oleh: {others.map(requestLine).join('; ')}. Nomor tidak
        diubah tanpa persetujuan Anda. Beri nomor baru pada salah satu permintaan saja; yang lain
        tetap memakai nomor yang sudah tercetak.
      </Text>
      {error && (
        <Text size="sm" c="red" mt="xs">
          {error}
        </Text>
      )}
      <Button mt="sm" size="xs" color="red" loading={busy} onClick={() => void renumber()}>
        Beri nomor baru
      </Button>
    </Alert>
  );
}
