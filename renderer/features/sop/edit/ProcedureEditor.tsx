import {
  ActionIcon,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { SOP_ACTOR_ROLES, type SopActorRole, type Step } from '../../../../shared/sop/schema';
import { STAFF_ROLE_LABELS, type StaffRole } from '../../../../shared/office/roles';
import type { SopEditValues } from './sopEditValues';
import { StepEditor } from './StepEditor';

const EXTRA_ROLE_LABELS: Record<string, string> = {
  kabag: 'Kabag Perencanaan dan Kepegawaian',
  operatorUnit: 'Operator sub bagian',
  pihakKetiga: 'Pihak ketiga (penyedia)',
};

function roleLabel(role: SopActorRole): string {
  return STAFF_ROLE_LABELS[role as StaffRole] ?? EXTRA_ROLE_LABELS[role] ?? role;
}

function slug(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'pelaksana';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The actor columns and the steps of one procedure. */
export function ProcedureEditor({
  form,
  p,
}: {
  form: UseFormReturnType<SopEditValues>;
  p: number;
}) {
  const procedure = form.values.procedures[p];
  if (!procedure) return null;
  const actorOptions = procedure.actors.map((a) => ({ value: a.id, label: a.label }));
  const newStep = (): Step => ({
    no: 0,
    kegiatan: '',
    actorIds: procedure.actors[0] ? [procedure.actors[0].id] : [],
    kind: 'process',
    kelengkapan: '',
    waktu: '',
    mutuBaku: { kind: 'none' },
    output: '',
    keterangan: '',
  });
  const waktuLabel = procedure.waktuMode === 'hariKe' ? 'Hari ke' : 'Waktu';

  return (
    <Stack gap="sm" pt="sm">
      <TextInput label="Judul prosedur" {...form.getInputProps(`procedures.${p}.judul`)} />
      <Title order={5}>Kolom pelaksana</Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nama kolom (seperti tercetak)</Table.Th>
            <Table.Th w={280}>Peran</Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {procedure.actors.map((a, i) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <TextInput
                  aria-label={`Nama kolom pelaksana ${i + 1}`}
                  {...form.getInputProps(`procedures.${p}.actors.${i}.label`)}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Peran pelaksana ${i + 1}`}
                  data={SOP_ACTOR_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`procedures.${p}.actors.${i}.role`)}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Hapus kolom ${a.label}`}
                  disabled={procedure.steps.some((s) => s.actorIds.includes(a.id))}
                  title="Kolom yang masih dipakai langkah tidak dapat dihapus"
                  onClick={() => form.removeListItem(`procedures.${p}.actors`, i)}
                >
                  ✕
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() =>
            form.insertListItem(`procedures.${p}.actors`, {
              id: slug('pelaksana baru', new Set(procedure.actors.map((a) => a.id))),
              label: 'Pelaksana baru',
              role: 'operator',
            })
          }
        >
          Tambah kolom pelaksana
        </Button>
      </Group>
      <Title order={5}>Langkah</Title>
      <Text size="xs" c="dimmed">
        Waktu ditulis seperti di SOP: "10 menit", "2 jam", "1 hari" (1 hari kerja = 450 menit), "15
        - 30 menit", atau "30 setiap bulan".
      </Text>
      {procedure.steps.map((_, s) => (
        <StepEditor
          key={s}
          form={form}
          p={p}
          s={s}
          count={procedure.steps.length}
          actorOptions={actorOptions}
          waktuLabel={waktuLabel}
          onInsertAfter={() => form.insertListItem(`procedures.${p}.steps`, newStep(), s + 1)}
        />
      ))}
    </Stack>
  );
}
