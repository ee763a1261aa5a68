import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import type { SyncPeerRow } from '../../db/rows';
import { namePeer, retirePeer } from '../../sync/peers';

/** The PCs of the workspace; this PC's name; retiring a PC that is no longer used. */
export function PeersPanel() {
  const { db, write } = useServices();
  const peers = useLiveQuery(() => db.syncPeers.orderBy('id').toArray(), [db]) ?? [];
  const own = peers.find((peer) => peer.id === write.device);
  const [name, setName] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<SyncPeerRow | null>(null);
  const renaming = useSaving();
  const retire = useSaving();

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>PC di ruang kerja</Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void renaming.run(async () => {
              const nama = (name ?? own?.nama ?? '').trim();
              if (nama.length < 2 || nama.length > 60)
                throw new Error('Nama PC ini 2 sampai 60 karakter.');
              await namePeer(write, nama);
              setName(null);
            });
          }}
        >
          <Group align="flex-end">
            <TextInput
              label="Nama PC ini"
              value={name ?? own?.nama ?? ''}
              onChange={(e) => setName(e.currentTarget.value)}
              w={260}
            />
            <Button
              type="submit"
              variant="default"
              loading={renaming.saving}
              disabled={name === null}
            >
              Simpan nama
            </Button>
          </Group>
        </form>
        {renaming.error && <Alert color="red">{renaming.error}</Alert>}
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nama PC</Table.Th>
              <Table.Th>Kode</Table.Th>
              <Table.Th>Bergabung</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {peers.map((peer) => (
              <Table.Tr key={peer.id}>
                <Table.Td>
                  {peer.nama}
                  {peer.id === write.device && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (PC ini)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {peer.id.slice(0, 8)}
                  </Text>
                </Table.Td>
                <Table.Td>{formatTanggalJam(new Date(peer.bergabungPada))}</Table.Td>
                <Table.Td>
                  {peer.dikeluarkanPada ? (
                    <Badge color="gray">
                      Dikeluarkan {formatTanggalJam(new Date(peer.dikeluarkanPada))}
                    </Badge>
                  ) : (
                    <Badge color="green">Aktif</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {!peer.dikeluarkanPada && peer.id !== write.device && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRetiring(peer)}
                    >
                      Keluarkan…
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {peers.length === 0 && (
          <Text size="sm" c="dimmed">
            Belum ada PC yang tercatat.
          </Text>
        )}
      </Stack>
      <Modal
        opened={retiring !== null}
        onClose={() => setRetiring(null)}
        title="Keluarkan PC dari ruang kerja?"
      >
        <Stack>
          <Text size="sm">
            PC <b>{retiring?.nama}</b> tidak lagi ditunggu oleh PC lain, dan berkasnya dihapus dari
            folder bersama setelah tercakup cuplikan. Lakukan ini hanya untuk PC yang sudah tidak
            dipakai (rusak, diganti, atau dipindahkan). Perubahan yang sudah dikirimnya tetap ada.
          </Text>
          {retire.error && <Alert color="red">{retire.error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRetiring(null)}>
              Batal
            </Button>
            <Button
              color="red"
              loading={retire.saving}
              onClick={() =>
                void retire.run(async () => {
                  if (retiring) await retirePeer(write, retiring.id);
                  setRetiring(null);
                })
              }
            >
              Keluarkan
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
