import { Alert, Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import {
  KECEPATAN_LABELS,
  LEVEL_LABELS,
  SIFAT_LABELS,
  type Disposition,
} from '../../../shared/requests/schema';
import type { StepConflict } from '../../../shared/requests/stepConflicts';
import { stepRole } from '../../../shared/requests/workflow';
import { decodeHlc } from '../../../shared/sync/hlc';
import type { Procedure } from '../../../shared/sop/schema';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import type { PersonRow, RequestRow, RequestStepRow, SyncPeerRow } from '../../db/rows';
import type { RequestSettings } from './requestSettings';
import { keepStepRecord } from './stepConflictStore';

/** The PC a record was made on: the device of its first stamp, named when the PC is known. */
export function recordedOn(record: RequestStepRow, peers: readonly SyncPeerRow[]): string | null {
  const stamp = record._clock.requestId;
  if (!stamp) return null;
  try {
    const device = decodeHlc(stamp).device;
    return peers.find((p) => p.id === device)?.nama ?? null;
  } catch {
    return null;
  }
}

function Line({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <Text size="sm">
      <Text span size="sm" c="dimmed">
        {label}:{' '}
      </Text>
      {value}
    </Text>
  );
}

function dispositionText(d: Disposition, name: (id: string) => string): string {
  return [
    `dari ${name(d.dariPersonId)}`,
    `kepada ${d.diteruskanKepada.map(name).join(', ')}`,
    `sifat ${SIFAT_LABELS[d.sifat]}`,
    `kecepatan ${KECEPATAN_LABELS[d.kecepatan]}`,
    d.petunjuk.length > 0 ? `petunjuk ${d.petunjuk.join(', ')}` : '',
    d.catatan ? `catatan “${d.catatan}”` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

interface Props {
  request: RequestRow;
  procedure: Procedure;
  conflict: StepConflict<RequestStepRow>;
  people: PersonRow[];
  peers: SyncPeerRow[];
  settings: RequestSettings;
}

/**
 * A step recorded on two PCs apart: both records side by side, and the choice of the one
 * the request goes on with. The other stays in the history as superseded.
 */
export function StepConflictAlert({
  request,
  procedure,
  conflict,
  people,
  peers,
  settings,
}: Props) {
  const { write } = useServices();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const step = procedure.steps.find((s) => s.no === conflict.stepNo);
  const role = step ? stepRole(procedure, step) : 'plain';
  const name = (id: string) => people.find((p) => p.id === id)?.nama ?? 'Petugas tidak dikenal';
  const times = conflict.records.length === 2 ? 'dua' : String(conflict.records.length);

  const keep = async (record: RequestStepRow) => {
    setBusy(record.id);
    setError(null);
    try {
      await keepStepRecord(write, request.id, procedure, record.id, settings);
      notifications.show({
        color: 'green',
        title: `Langkah ${conflict.stepNo} diselesaikan`,
        message: 'Catatan yang dipilih dipakai; catatan lainnya tersimpan di riwayat.',
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Alert
      color="orange"
      title={`Langkah ${conflict.stepNo} dicatat ${times} kali`}
      data-testid={`konflik-langkah-${conflict.stepNo}`}
    >
      <Text size="sm">
        {step ? `“${step.kegiatan}” ` : ''}dicatat di lebih dari satu komputer saat tidak saling
        tersambung. Periksa catatan berikut lalu pilih yang dipakai; catatan lainnya tetap tersimpan
        di riwayat permintaan sebagai catatan yang digantikan.
      </Text>
      {error && (
        <Text size="sm" c="red" mt="xs">
          {error}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: Math.min(conflict.records.length, 3) }} mt="sm">
        {conflict.records.map((r, i) => {
          const pc = recordedOn(r, peers);
          return (
            <Paper key={r.id} withBorder p="sm" data-testid="catatan-konflik">
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  Catatan {i + 1}
                </Text>
                <Line label="Petugas" value={name(r.personId)} />
                <Line label="Selesai" value={formatTanggalJam(new Date(r.selesaiPada))} />
                <Line label="Dicatat di" value={pc ?? 'komputer tidak dikenal'} />
                <Line label="Catatan" value={r.catatan} />
                <Line label="Output" value={r.output} />
                <Line
                  label="Keputusan"
                  value={
                    r.keputusan === 'tolak'
                      ? `Ditolak: ${r.alasanTolak}`
                      : r.keputusan === 'lanjut'
                        ? 'Lanjut'
                        : ''
                  }
                />
                {r.disposisi ? (
                  <Line label="Disposisi" value={dispositionText(r.disposisi, name)} />
                ) : (
                  role === 'disposition' && (
                    <Line label="Disposisi" value="tidak tersimpan pada catatan lama ini" />
                  )
                )}
                {r.prioritas && r.urgensi && r.dampak && (
                  <Line
                    label="Prioritas"
                    value={`${LEVEL_LABELS[r.prioritas]} (urgensi ${LEVEL_LABELS[r.urgensi]}, dampak ${LEVEL_LABELS[r.dampak]})`}
                  />
                )}
                <Line label="Tindakan" value={r.tindakan} />
                <Line label="Suku cadang" value={r.sukuCadang} />
                <Line label="Hasil" value={r.hasil} />
                <Button
                  mt="xs"
                  size="xs"
                  color="orange"
                  loading={busy === r.id}
                  disabled={busy !== null && busy !== r.id}
                  onClick={() => void keep(r)}
                >
                  Pakai catatan ini
                </Button>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Alert>
  );
}
