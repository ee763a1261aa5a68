import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { backupStatus, type BackupItemStatus } from '../../../shared/security/backupStatus';
import { RESTORE_TEST_LABELS } from '../../../shared/security/schema';
import { useServices } from '../../kit/servicesContext';
import { Tag } from './Tag';
import type { PersonRow } from '../../db/rows';
import { BackupForm } from './BackupForm';
import { BackupItemsModal } from './BackupItemsModal';
import {
  nameOf,
  RESTORE_TEST_COLORS,
  tanggalLabel,
  ukuranLabel,
  umurLabel,
} from './securityLabels';
import { listBackups, readBackupItems } from './securityStore';
import { useToday } from './useRecordForm';

function StatusBadge({ s }: { s: BackupItemStatus }) {
  if (s.terakhir === null)
    return (
      <Tag color="orange" variant="filled">
        Belum pernah
      </Tag>
    );
  if (s.terlambat)
    return (
      <Tag color="red" variant="filled">
        Terlambat
      </Tag>
    );
  return <Tag color="teal">Sesuai jadwal</Tag>;
}

/** Cadangan Data: where each item stands, the form, and the backup and restore log. */
export function BackupTab({ people }: { people: PersonRow[] }) {
  const { db } = useServices();
  const today = useToday();
  const data = useLiveQuery(
    async () => ({ items: await readBackupItems(db), backups: await listBackups(db) }),
    [db],
  );
  const [editing, setEditing] = useState(false);
  if (!data) return null;
  const { items, backups } = data;
  const statuses = backupStatus(items, backups, today);
  const itemName = new Map(items.map((i) => [i.id, i.nama]));

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={4}>Status cadangan per data</Title>
          <Button variant="light" size="xs" onClick={() => setEditing(true)}>
            Atur data yang dicadangkan
          </Button>
        </Group>
        <Table withTableBorder aria-label="Status cadangan per data">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Data</Table.Th>
              <Table.Th>Jadwal</Table.Th>
              <Table.Th>Cadangan terakhir</Table.Th>
              <Table.Th>Umur</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statuses.map((s) => (
              <Table.Tr key={s.item.id} data-testid={`status-${s.item.id}`}>
                <Table.Td>{s.item.nama}</Table.Td>
                <Table.Td>setiap {s.item.setiapHari} hari</Table.Td>
                <Table.Td>{s.terakhir ? tanggalLabel(s.terakhir) : '—'}</Table.Td>
                <Table.Td>{s.umurHari === null ? '—' : umurLabel(s.umurHari)}</Table.Td>
                <Table.Td>
                  <StatusBadge s={s} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <BackupForm people={people} items={items} />
      <Title order={4}>Log pencadangan dan pemulihan</Title>
      <Table striped withTableBorder aria-label="Log pencadangan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tanggal</Table.Th>
            <Table.Th>Data</Table.Th>
            <Table.Th>Media</Table.Th>
            <Table.Th>Ukuran</Table.Th>
            <Table.Th>Lokasi</Table.Th>
            <Table.Th>Petugas</Table.Th>
            <Table.Th>Uji pemulihan</Table.Th>
            <Table.Th>Catatan</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{tanggalLabel(b.tanggal)}</Table.Td>
              <Table.Td>{itemName.get(b.itemId) ?? 'Data yang sudah dihapus dari daftar'}</Table.Td>
              <Table.Td>{b.media}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{ukuranLabel(b.ukuranMb)}</Table.Td>
              <Table.Td>{b.lokasi || '—'}</Table.Td>
              <Table.Td>{nameOf(people, b.petugasId)}</Table.Td>
              <Table.Td>
                <Tag color={RESTORE_TEST_COLORS[b.ujiPemulihan]}>
                  {RESTORE_TEST_LABELS[b.ujiPemulihan]}
                </Tag>
              </Table.Td>
              <Table.Td>{b.catatan || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {backups.length === 0 && <Text c="dimmed">Belum ada catatan pencadangan.</Text>}
      {editing && <BackupItemsModal items={items} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
