import { Alert, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../../shared/office/roles';
import { defaultStaffRole, type ActorRoleMap } from '../../../shared/office/stepActors';
import type { SopActorRole } from '../../../shared/sop/schema';
import { errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { readCurrentUser } from '../people/public';
import { readActiveProcedures } from '../sop/public';
import { readActorRoleMap, saveActorRoleMap } from './stepAuthority';

interface ActorColumn {
  label: string;
  sopRole: SopActorRole;
  procedures: string[];
}

/** Every actor column of the office's active procedures, once per label. */
async function readActorColumns(db: Parameters<typeof readActiveProcedures>[0]) {
  const columns = new Map<string, ActorColumn>();
  for (const { procedure } of await readActiveProcedures(db)) {
    for (const actor of procedure.actors) {
      const column = columns.get(actor.label) ?? {
        label: actor.label,
        sopRole: actor.role,
        procedures: [],
      };
      if (!column.procedures.includes(procedure.key)) column.procedures.push(procedure.key);
      columns.set(actor.label, column);
    }
  }
  return [...columns.values()];
}

const ROLE_OPTIONS = STAFF_ROLES.filter((r) => r !== 'administrator').map((r) => ({
  value: r,
  label: STAFF_ROLE_LABELS[r],
}));

/**
 * Pelaksana SOP: which staff role each actor column of the SOPs means (Ternate's "Kasub Bag
 * Kepeg dan TI" is the Kasubag PTIP). Only the differences from the SOP's own role are kept.
 */
export function ActorRolesPanel() {
  const { db, write } = useServices();
  const data = useLiveQuery(async () => {
    const people = await db.people.toArray();
    const me = await readCurrentUser(db);
    return {
      columns: await readActorColumns(db),
      mapping: await readActorRoleMap(db),
      admin: people.some((p) => p.id === me && p.aktif && p.roles.includes('administrator')),
    };
  }, [db]);
  const [edits, setEdits] = useState<ActorRoleMap>({});
  const [saving, setSaving] = useState(false);
  if (!data) return null;
  const chosen = (c: ActorColumn): StaffRole | null =>
    edits[c.label] ?? data.mapping[c.label] ?? defaultStaffRole(c.sopRole);

  const save = async () => {
    setSaving(true);
    try {
      const mapping: ActorRoleMap = {};
      for (const c of data.columns) {
        const role = chosen(c);
        if (role && role !== defaultStaffRole(c.sopRole)) mapping[c.label] = role;
      }
      await saveActorRoleMap(write, mapping);
      setEdits({});
      notifications.show({ color: 'green', message: 'Pelaksana SOP tersimpan.' });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="pelaksana-sop">
      <Stack gap="sm">
        <Title order={3}>Pelaksana SOP</Title>
        <Text size="sm" c="dimmed">
          Peran pegawai yang mencatat langkah setiap kolom pelaksana pada prosedur aktif kantor.
          Kolom yang bukan pegawai (operator unit, pihak ketiga) dicatat oleh Operator.
        </Text>
        {!data.admin && (
          <Alert color="yellow">Hanya Administrator yang dapat mengubah pelaksana SOP.</Alert>
        )}
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kolom pelaksana pada SOP</Table.Th>
              <Table.Th>Prosedur</Table.Th>
              <Table.Th w={260}>Dicatat oleh peran</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.columns.map((c) => (
              <Table.Tr key={c.label}>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td>{c.procedures.join(', ')}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Peran untuk ${c.label}`}
                    data={ROLE_OPTIONS}
                    value={chosen(c)}
                    placeholder="Belum ada peran"
                    disabled={!data.admin}
                    allowDeselect={false}
                    onChange={(v) => {
                      const role = STAFF_ROLES.find((r) => r === v);
                      if (role) setEdits({ ...edits, [c.label]: role });
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.admin && (
          <Group justify="flex-end">
            <Button onClick={() => void save()} loading={saving}>
              Simpan Pelaksana SOP
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
