import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { RAMADAN_DAYS } from '../../../../shared/requests/workingTime';
import { TanggalInput } from '../../../kit/TanggalInput';
import { toWeekValues, type SettingsValues } from './settingsValues';
import { WeekHoursTable } from './WeekHoursTable';

/** Date ranges with their own hours, as in Ramadan: they replace the week above. */
export function SpecialHoursSection({ form }: { form: UseFormReturnType<SettingsValues> }) {
  const periods = form.values.khusus;
  return (
    <Stack gap="xs" mt="md">
      <Text fw={600}>Jam kerja khusus</Text>
      <Text size="sm" c="dimmed">
        Untuk rentang tanggal dengan jam kerja lain, misalnya bulan Ramadan. Di dalam rentang ini
        jam kerja di bawah menggantikan jam kerja mingguan; hari libur tetap dilewati.
      </Text>
      {periods.map((p, i) => {
        const name = p.nama.trim() || `Periode ${i + 1}`;
        return (
          <Paper key={i} withBorder p="sm" aria-label={`Jam kerja khusus: ${name}`}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label="Nama periode"
                placeholder="mis. Ramadan 1448 H"
                {...form.getInputProps(`khusus.${i}.nama`)}
              />
              <TanggalInput label="Dari tanggal" {...form.getInputProps(`khusus.${i}.dari`)} />
              <TanggalInput label="Sampai tanggal" {...form.getInputProps(`khusus.${i}.sampai`)} />
            </SimpleGrid>
            <WeekHoursTable
              form={form}
              path={`khusus.${i}.days`}
              week={p.days}
              labelPrefix={`${name}, `}
            />
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => form.removeListItem('khusus', i)}
              >
                Hapus periode
              </Button>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() =>
            form.insertListItem('khusus', {
              nama: '',
              dari: '',
              sampai: '',
              days: toWeekValues(RAMADAN_DAYS),
            })
          }
        >
          Tambah jam kerja khusus
        </Button>
      </Group>
    </Stack>
  );
}
