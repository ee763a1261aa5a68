import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { isStale, staleFrom, staleItems } from '../../../shared/content/mandatoryInfo';
import { formatTanggal, toIsoDate } from '../../../shared/format/date';
import type { MandatoryInfoRow } from '../../db/contentRows';
import { useServices } from '../../kit/servicesContext';
import { MandatoryInfoForm } from './MandatoryInfoForm';
import {
  listMandatoryInfo,
  markMandatoryInfoUpdated,
  seedMandatoryInfo,
} from './mandatoryInfoStore';

const tanggal = (iso: string) => formatTanggal(new Date(`${iso}T00:00:00`));

/**
 * The information the court must keep on its website: each item's source, when it was last
 * updated, which are stale; the office marks updates and adds what the list lacks.
 */
export function MandatoryInfoTab() {
  const { db, write } = useServices();
  const items = useLiveQuery(() => listMandatoryInfo(db), [db]);
  const [editing, setEditing] = useState<MandatoryInfoRow | 'baru' | null>(null);
  useEffect(() => {
    void seedMandatoryInfo(write);
  }, [write]);
  if (!items) return null;
  const today = toIsoDate(write.now());
  const stale = staleItems(items, today);
  const markUpdated = async (item: MandatoryInfoRow) => {
    try {
      await markMandatoryInfoUpdated(write, item.id, today);
      notifications.show({ color: 'green', message: `${item.judul} ditandai diperbarui.` });
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" data-testid="ringkasan-informasi-wajib">
          {items.length} informasi wajib · {stale.length} perlu diperbarui
        </Text>
        <Button variant="default" onClick={() => setEditing('baru')}>
          Tambah informasi
        </Button>
      </Group>
      {editing && (
        <MandatoryInfoForm
          key={editing === 'baru' ? 'baru' : editing.id}
          item={editing === 'baru' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <Table striped withTableBorder data-testid="daftar-informasi-wajib">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Informasi</Table.Th>
            <Table.Th>Dasar/sumber</Table.Th>
            <Table.Th>Masa berlaku</Table.Th>
            <Table.Th>Terakhir diperbarui</Table.Th>
            <Table.Th>Keadaan</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const until = staleFrom(item);
            return (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm">{item.judul}</Text>
                  {item.alamat && (
                    <Text size="xs" c="dimmed">
                      {item.alamat}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{item.sumber}</Text>
                </Table.Td>
                <Table.Td>{item.masaBerlakuHari} hari</Table.Td>
                <Table.Td>
                  {item.terakhirDiperbarui ? tanggal(item.terakhirDiperbarui) : '-'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {!item.terakhirDiperbarui ? (
                    <Badge color="red" style={{ overflow: 'visible' }}>
                      Belum pernah
                    </Badge>
                  ) : isStale(item, today) ? (
                    <Badge color="orange">Kedaluwarsa</Badge>
                  ) : (
                    <Badge color="green" title={until ? `Berlaku s.d. ${tanggal(until)}` : ''}>
                      Terkini
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => void markUpdated(item)}
                    >
                      Diperbarui hari ini
                    </Button>
                    <Button size="compact-xs" variant="default" onClick={() => setEditing(item)}>
                      Ubah
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
