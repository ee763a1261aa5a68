import { Checkbox, Group, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { formatNip } from '../../../shared/format/nip';
import { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../../shared/office/roles';

export type PersonFormValues = {
  nama: string;
  nip: string;
  jabatan: string;
  unitId: string | null;
  roles: StaffRole[];
  aktif: boolean;
};

export const EMPTY_PERSON: PersonFormValues = {
  nama: '',
  nip: '',
  jabatan: '',
  unitId: null,
  roles: [],
  aktif: true,
};

interface Props {
  form: UseFormReturnType<PersonFormValues>;
  units: { value: string; label: string }[];
  showActive?: boolean;
}

/** Name, NIP, jabatan, unit, roles: shared by the wizard and the Pegawai screen. */
export function PersonFields({ form, units, showActive = true }: Props) {
  return (
    <Stack gap="sm">
      <TextInput
        label="Nama lengkap dan gelar"
        placeholder="Fatullah, S.Ag"
        withAsterisk
        data-autofocus
        {...form.getInputProps('nama')}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label="NIP"
          placeholder="19720127 200312 1 002"
          description="18 digit; kosongkan bila pegawai tidak memiliki NIP."
          inputMode="numeric"
          {...form.getInputProps('nip')}
          onBlur={(event) => {
            const formatted = formatNip(event.currentTarget.value);
            if (formatted !== event.currentTarget.value) form.setFieldValue('nip', formatted);
            form.validateField('nip');
          }}
        />
        <TextInput
          label="Jabatan"
          placeholder="Pranata Komputer Ahli Pertama"
          withAsterisk
          {...form.getInputProps('jabatan')}
        />
      </SimpleGrid>
      <Select
        label="Unit kerja"
        placeholder="Pilih unit kerja"
        data={units}
        searchable
        clearable
        nothingFoundMessage="Unit kerja tidak ditemukan"
        {...form.getInputProps('unitId')}
      />
      <Checkbox.Group
        label="Peran dalam SOP TI"
        description="Menentukan langkah SOP yang dapat dicatat oleh pegawai ini."
        {...form.getInputProps('roles')}
      >
        <Group mt={6} gap="md">
          {STAFF_ROLES.map((role) => (
            <Checkbox key={role} value={role} label={STAFF_ROLE_LABELS[role]} />
          ))}
        </Group>
      </Checkbox.Group>
      {showActive && (
        <Switch label="Pegawai aktif" {...form.getInputProps('aktif', { type: 'checkbox' })} />
      )}
    </Stack>
  );
}
