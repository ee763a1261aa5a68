import {
  ActionIcon,
  Button,
  Group,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import type { UnitRow } from '../../db/rows';
import { listUnits, saveUnit } from './unitsStore';

function UnitRowView({ unit }: { unit: UnitRow }) {
  const { write } = useServices();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = async (changes: Partial<{ nama: string; aktif: boolean }>) => {
    try {
      await saveUnit(write, unit.id, { nama: unit.nama, aktif: unit.aktif, ...changes });
      setName(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Table.Tr>
      <Table.Td>
        {name === null ? (
          <Group gap="xs">
            <Text>{unit.nama}</Text>
            <ActionIcon
              variant="subtle"
              aria-label={`Ganti nama ${unit.nama}`}
              onClick={() => setName(unit.nama)}
            >
              ✎
            </ActionIcon>
          </Group>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void commit({ nama: name });
            }}
          >
            <Group gap="xs">
              <TextInput
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={error}
                aria-label="Nama unit kerja"
                autoFocus
                w={360}
              />
              <Button type="submit" size="xs">
                Simpan
              </Button>
              <Button variant="default" size="xs" onClick={() => setName(null)}>
                Batal
              </Button>
            </Group>
          </form>
        )}
      </Table.Td>
      <Table.Td>
        <Switch
          checked={unit.aktif}
          // A status change while the name is being edited would write the old name back.
          disabled={name !== null}
          onChange={(e) => void commit({ aktif: e.currentTarget.checked })}
          label={unit.aktif ? 'Aktif' : 'Nonaktif'}
          aria-label={`Status ${unit.nama}`}
        />
      </Table.Td>
    </Table.Tr>
  );
}

export function UnitsPage() {
  const { db, write } = useServices();
  const units = useLiveQuery(() => listUnits(db), [db]);
  const [nama, setNama] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    try {
      await saveUnit(write, null, { nama, aktif: true });
      notifications.show({ color: 'green', message: `Unit kerja ${nama.trim()} ditambahkan.` });
      setNama('');
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack>
      <Title order={2}>Unit Kerja</Title>
      <Text c="dimmed" size="sm">
        Daftar unit kerja pemohon layanan TI. Unit yang nonaktif tidak ditawarkan lagi pada isian
        baru, tetapi tetap tercatat pada data lama.
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Group align="flex-start">
          <TextInput
            placeholder="Nama unit kerja baru"
            aria-label="Nama unit kerja baru"
            value={nama}
            onChange={(e) => setNama(e.currentTarget.value)}
            error={error}
            w={420}
          />
          <Button type="submit">Tambah</Button>
        </Group>
      </form>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nama unit kerja</Table.Th>
            <Table.Th w={160}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(units ?? []).map((u) => (
            <UnitRowView key={u.id} unit={u} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
