import { Badge, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatTanggalJam } from '../../../shared/format/date';
import { useServices } from '../../kit/servicesContext';
import { readSyncLog, type SyncLogEntry } from '../../sync/runtime/syncLog';
import type { QuarantinedFile } from '../../sync/engine';

const KIND_LABEL: Record<SyncLogEntry['kind'], { label: string; color: string }> = {
  ok: { label: 'Sinkron', color: 'green' },
  unreachable: { label: 'Terputus', color: 'red' },
  back: { label: 'Tersambung', color: 'blue' },
  error: { label: 'Gagal', color: 'red' },
  quarantine: { label: 'Karantina', color: 'orange' },
  clock: { label: 'Jam', color: 'orange' },
};

/** What sync did on this PC, newest first. */
export function SyncLogPanel() {
  const { db } = useServices();
  const entries = useLiveQuery(() => readSyncLog(db), [db]) ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Log sinkronisasi</Title>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            Belum ada catatan.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Table striped withTableBorder aria-label="Log sinkronisasi">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>Waktu</Table.Th>
                  <Table.Th w={110}>Jenis</Table.Th>
                  <Table.Th>Keterangan</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry, i) => (
                  <Table.Tr key={`${entry.at}-${i}`}>
                    <Table.Td>{formatTanggalJam(new Date(entry.at))}</Table.Td>
                    <Table.Td>
                      <Badge color={KIND_LABEL[entry.kind].color} variant="light">
                        {KIND_LABEL[entry.kind].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{entry.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}

/** The files this PC refuses to apply, with the reason, so the operator can act. */
export function QuarantinePanel({
  files,
  peerName,
}: {
  files: QuarantinedFile[];
  peerName: (device: string) => string;
}) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Berkas dikarantina</Title>
        {files.length === 0 ? (
          <Text size="sm" c="dimmed">
            Tidak ada berkas yang dikarantina.
          </Text>
        ) : (
          <>
            <Text size="sm">
              Berkas ini tidak diterapkan karena rusak, terpotong, tidak sah, atau terlalu besar.
              Perubahan lain tetap diterapkan. PC pengirimnya memeriksa berkasnya sendiri dan
              menulisnya kembali dari datanya sendiri (berkas rusak dipindahkan, tidak dihapus) saat
              Meja TI berjalan di PC itu; berkas yang rusak juga boleh dihapus dari folder bersama.
              Bila alasannya jam, periksa tanggal dan jam kedua PC. Baris yang ditolak atau ditahan
              dicantumkan satu per satu (berkas#tabel/kode): sisa berkasnya tetap diterapkan, dan
              baris yang ditahan diterapkan bila kolom lainnya tiba.
            </Text>
            <Table striped withTableBorder aria-label="Berkas dikarantina">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Berkas</Table.Th>
                  <Table.Th>PC pengirim</Table.Th>
                  <Table.Th>Alasan</Table.Th>
                  <Table.Th w={170}>Sejak</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {files.map((file) => (
                  <Table.Tr key={file.relPath}>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {file.relPath}
                      </Text>
                    </Table.Td>
                    <Table.Td>{peerName(file.device)}</Table.Td>
                    <Table.Td>{file.reason}</Table.Td>
                    <Table.Td>{formatTanggalJam(new Date(file.at))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
