import { Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { addDeviceType, renameDeviceType, useDeviceTypes } from './deviceTypeStore';

/** Jenis perangkat: the built-in types, and the office's own, added and renamed here. */
export function DeviceTypesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { write } = useServices();
  const office = useDeviceTypes();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ code: string; name: string } | null>(null);

  async function add() {
    try {
      await addDeviceType(write, name);
      notifications.show({ color: 'green', message: `Jenis ${name.trim()} ditambahkan.` });
      setName('');
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function rename() {
    if (!editing) return;
    try {
      await renameDeviceType(write, editing.code, editing.name);
      setEditing(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const own = office?.types.filter((t) => !t.builtIn) ?? [];
  const builtIn = office?.types.filter((t) => t.builtIn) ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title="Jenis perangkat" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          Jenis bawaan: {builtIn.map((t) => t.label).join(', ')}.
        </Text>
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            label="Jenis baru"
            placeholder="Misalnya Mesin antrian"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={editing ? undefined : error}
            style={{ flex: 1 }}
          />
          {/* Level with the field (below its label) even when an error shows under it. */}
          <Button mt={25} onClick={() => void add()}>
            Tambah jenis
          </Button>
        </Group>
        {own.length === 0 ? (
          <Text size="sm">Belum ada jenis tambahan kantor.</Text>
        ) : (
          <Table withTableBorder aria-label="Jenis tambahan kantor">
            <Table.Tbody>
              {own.map((t) => (
                <Table.Tr key={t.code}>
                  <Table.Td>
                    {editing?.code === t.code ? (
                      <TextInput
                        aria-label={`Nama baru ${t.label}`}
                        value={editing.name}
                        onChange={(e) => setEditing({ code: t.code, name: e.currentTarget.value })}
                        error={error}
                      />
                    ) : (
                      t.label
                    )}
                  </Table.Td>
                  <Table.Td w={200} style={{ textAlign: 'right' }}>
                    {editing?.code === t.code ? (
                      <Group gap="xs" justify="flex-end">
                        <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                          Batal
                        </Button>
                        <Button size="xs" onClick={() => void rename()}>
                          Simpan
                        </Button>
                      </Group>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => {
                          setError(null);
                          setEditing({ code: t.code, name: t.label });
                        }}
                      >
                        Ubah nama
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
