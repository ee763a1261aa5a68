import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import { DELEGATION_KINDS, type DelegationFields } from '../../../shared/office/delegation';
import { errorMessage } from '../../api/client';
import type { PersonRow } from '../../db/rows';
import { useServices } from '../../kit/servicesContext';
import { TanggalInput } from '../../kit/TanggalInput';
import { NO_ROLES_EVENTS } from './delegationEvents';
import { addDelegation, DelegationError } from './delegationStore';

/** Records a new Plh./Plt. from its letter: who, for whom, from when to when. */
export function DelegationForm({ people }: { people: PersonRow[] }) {
  const { write, rolesEvents } = useServices();
  const today = toIsoDate(write.now());
  const fresh = (): DelegationFields => ({
    jenis: 'Plh.',
    untukPersonId: '',
    delegasiPersonId: '',
    dari: today,
    sampai: today,
    nomorSurat: '',
    dicabut: false,
  });
  const form = useForm<DelegationFields>({ initialValues: fresh() });
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const active = people.filter((p) => p.aktif);
  const options = (list: PersonRow[]) =>
    list.map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }));

  const submit = async () => {
    setSaving(true);
    setProblems([]);
    try {
      await addDelegation(write, form.values, rolesEvents ?? NO_ROLES_EVENTS);
      notifications.show({ color: 'green', message: `${form.values.jenis} tercatat.` });
      form.setValues(fresh());
    } catch (e) {
      setProblems(e instanceof DelegationError ? e.problems : [errorMessage(e)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select
            label="Jenis"
            data={DELEGATION_KINDS.map((k) => ({ value: k, label: k }))}
            allowDeselect={false}
            {...form.getInputProps('jenis')}
          />
          <Select
            label="Pejabat yang digantikan"
            data={options(active.filter((p) => p.roles.some((r) => r !== 'administrator')))}
            searchable
            {...form.getInputProps('untukPersonId')}
          />
          <Select
            label="Pegawai yang ditunjuk"
            data={options(active)}
            searchable
            {...form.getInputProps('delegasiPersonId')}
          />
          <TanggalInput label="Dari tanggal" {...form.getInputProps('dari')} />
          <TanggalInput label="Sampai tanggal" {...form.getInputProps('sampai')} />
          <TextInput label="Nomor surat penunjukan" {...form.getInputProps('nomorSurat')} />
        </SimpleGrid>
        {problems.length > 0 && (
          <Alert color="red" title="Plh./Plt. belum dapat dicatat">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={saving}>
            Catat Plh./Plt.
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
