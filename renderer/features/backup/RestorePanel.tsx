import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { decodeBase64 } from '../../../shared/encoding/base64';
import { formatAngka } from '../../../shared/format/number';
import { formatTanggalJam } from '../../../shared/format/date';
import { call, errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { WorkProgressBar, type WorkProgress } from './BackupPanel';
import {
  inspectBackup,
  previousDataKept,
  restoreBackup,
  restoreRefusal,
  undoRestore,
  type OpenedBackup,
} from './backupStore';

/**
 * Pulihkan: a backup file and its passphrase, what it holds against the data on this PC,
 * then the restore (the data before it kept for "Kembalikan data sebelumnya").
 */
export function RestorePanel({ onRestored }: { onRestored?: () => void }) {
  const { db, api, write, audit } = useServices();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refusal = useLiveQuery(() => restoreRefusal(db), [db]);
  const previous = useLiveQuery(() => previousDataKept(db), [db]);
  const reload = onRestored ?? (() => window.location.reload());

  const choose = async () => {
    setError(null);
    setOpened(null);
    try {
      const chosen = await call(api, 'backupOpenFile', {});
      if (!chosen.chosen) return;
      const bytes = decodeBase64(chosen.base64);
      if (!bytes) throw new Error('Berkas tidak dapat dibaca.');
      setFile({ name: chosen.name, bytes });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const open = async () => {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      setOpened(await inspectBackup(db, file.bytes, passphrase));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!opened) return;
    setError(null);
    setProgress({ value: 5, langkah: 'Memeriksa cadangan di basis data baru' });
    try {
      await restoreBackup(write, opened, (d, total, langkah) =>
        setProgress({ value: 5 + Math.round((d / Math.max(total, 1)) * 95), langkah }),
      );
      // The restored trail goes on with the restore itself.
      await audit?.({
        kind: 'pulihkan',
        detail: { berkas: file?.name ?? '', dibuatPada: opened.manifest.createdAt },
      });
      reload();
    } catch (e) {
      setError(`Pemulihan dibatalkan, data tidak diubah: ${errorMessage(e)}`);
    } finally {
      setProgress(null);
    }
  };

  const goBack = async () => {
    setBusy(true);
    try {
      await undoRestore(write);
      reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Pulihkan dari cadangan</Title>
        <Text size="sm" c="dimmed">
          Untuk pindah ke PC baru atau mengembalikan data setelah kerusakan: pilih berkas cadangan
          Meja TI, isi kata sandinya, periksa isinya, lalu pulihkan.
        </Text>
        {previous && (
          <Alert color="blue" title="Data sebelum pemulihan masih disimpan">
            <Group justify="space-between">
              <Text size="sm">
                Bila hasil pemulihan tidak sesuai, data sebelumnya dapat dipakai lagi.
              </Text>
              <Button size="xs" variant="default" loading={busy} onClick={() => void goBack()}>
                Kembalikan data sebelumnya
              </Button>
            </Group>
          </Alert>
        )}
        {refusal ? (
          <Alert color="orange" title="Pemulihan tidak tersedia di PC ruang kerja">
            {refusal}
          </Alert>
        ) : (
          <>
            <Group gap="xs">
              <Button variant="default" onClick={() => void choose()}>
                Pilih berkas cadangan
              </Button>
              {file && <Code>{file.name}</Code>}
            </Group>
            {file && (
              <Group align="flex-end">
                <PasswordInput
                  label="Kata sandi cadangan"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.currentTarget.value)}
                  w={260}
                />
                <Button variant="light" loading={busy} onClick={() => void open()}>
                  Buka cadangan
                </Button>
              </Group>
            )}
            {error && (
              <Alert color="red" title="Cadangan tidak dapat dipakai">
                {error}
              </Alert>
            )}
            {opened && <OpenedSummary opened={opened} />}
            {opened && (
              <Group>
                <Button color="red" onClick={() => setConfirming(true)} loading={progress !== null}>
                  Pulihkan data ini
                </Button>
              </Group>
            )}
            <Modal
              opened={confirming}
              onClose={() => setConfirming(false)}
              title="Pulihkan data dari cadangan?"
            >
              <Stack>
                <Text size="sm">
                  Seluruh data kantor di PC ini diganti dengan isi cadangan. Data sekarang disimpan
                  dan dapat dikembalikan dengan tombol Kembalikan data sebelumnya.
                </Text>
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setConfirming(false)}>
                    Batal
                  </Button>
                  <Button
                    color="red"
                    onClick={() => {
                      setConfirming(false);
                      void restore();
                    }}
                  >
                    Pulihkan
                  </Button>
                </Group>
              </Stack>
            </Modal>
            <WorkProgressBar progress={progress} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function OpenedSummary({ opened }: { opened: OpenedBackup }) {
  const { manifest, comparison } = opened;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Dibuat {formatTanggalJam(new Date(manifest.createdAt))}
        {manifest.createdBy.nama ? ` oleh ${manifest.createdBy.nama}` : ''} (
        {manifest.terjadwal ? 'terjadwal' : 'manual'}), Meja TI versi {manifest.appVersion}, versi
        data {manifest.schemaVersion}. Pemeriksaan checksum SHA-256 cocok.
      </Text>
      <Table withTableBorder striped aria-label="Isi cadangan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Data</Table.Th>
            <Table.Th ta="right">Di PC ini sekarang</Table.Th>
            <Table.Th ta="right">Dalam cadangan</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comparison.map((c) => (
            <Table.Tr key={c.table}>
              <Table.Td>{c.label}</Table.Td>
              <Table.Td ta="right">{formatAngka(c.sekarang)}</Table.Td>
              <Table.Td ta="right" fw={c.sekarang === c.cadangan ? undefined : 700}>
                {formatAngka(c.cadangan)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
