import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { formatNip } from '../../../shared/format/nip';
import { STAFF_ROLE_LABELS } from '../../../shared/office/roles';
import { useServices } from '../../kit/servicesContext';
import type { PersonRow } from '../../db/rows';
import { listUnits } from '../units/public';
import { IdleLockPanel } from './IdleLockPanel';
import { PersonModal } from './PersonModal';
import { useIsAdministrator } from './useIsAdministrator';
import { listPeople } from './peopleStore';

export function PeoplePage() {
  const { db } = useServices();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const units = useLiveQuery(() => listUnits(db), [db]);
  const [editing, setEditing] = useState<PersonRow | 'new' | null>(null);
  const [query, setQuery] = useState('');
  const admin = useIsAdministrator();

  const unitName = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.nama])), [units]);
  const unitOptions = (units ?? [])
    .filter((u) => u.aktif)
    .map((u) => ({ value: u.id, label: u.nama }));
  const q = query.trim().toLocaleLowerCase('id');
  const shown = (people ?? []).filter(
    (p) => !q || p.nama.toLocaleLowerCase('id').includes(q) || p.nip.includes(q.replace(/\s/g, '')),
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Pegawai</Title>
        {admin && <Button onClick={() => setEditing('new')}>Tambah Pegawai</Button>}
      </Group>
      {!admin && (
        <Text size="sm" c="dimmed">
          Hanya administrator yang dapat menambah atau mengubah data pegawai dan PIN-nya.
        </Text>
      )}
      <TextInput
        placeholder="Cari nama atau NIP…"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        aria-label="Cari pegawai"
        maw={360}
      />
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nama</Table.Th>
            <Table.Th>NIP</Table.Th>
            <Table.Th>Jabatan</Table.Th>
            <Table.Th>Unit kerja</Table.Th>
            <Table.Th>Peran</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.nama}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.nip ? formatNip(p.nip) : '—'}</Table.Td>
              <Table.Td>{p.jabatan}</Table.Td>
              <Table.Td>{(p.unitId && unitName.get(p.unitId)) ?? '—'}</Table.Td>
              <Table.Td>{p.roles.map((r) => STAFF_ROLE_LABELS[r]).join(', ') || '—'}</Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  fw={600}
                  c={p.aktif ? 'teal.8' : 'dimmed'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {p.aktif ? 'Aktif' : 'Nonaktif'}
                </Text>
              </Table.Td>
              <Table.Td>
                {admin && (
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => setEditing(p)}
                    aria-label={`Ubah ${p.nama}`}
                  >
                    Ubah
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {people && shown.length === 0 && (
        <Text c="dimmed">
          {people.length === 0 ? 'Belum ada pegawai.' : 'Tidak ada pegawai yang cocok.'}
        </Text>
      )}
      {admin && <IdleLockPanel />}
      {editing && (
        <PersonModal
          key={editing === 'new' ? 'baru' : editing.id}
          person={editing === 'new' ? null : editing}
          units={unitOptions}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
