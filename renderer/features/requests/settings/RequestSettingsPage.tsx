import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatRegisterNumber, validateNumberFormat } from '../../../../shared/requests/numbering';
import { LEVEL_LABELS, LEVELS } from '../../../../shared/requests/schema';
import { changedFields } from '../../../../shared/records/changedFields';
import { useServices } from '../../../kit/servicesContext';
import { useFollowSaved } from '../../../kit/useFollowSaved';
import { errorMessage } from '../../../api/client';
import {
  saveRequestSettings,
  SEWA_BLOK_MAX,
  SEWA_BLOK_MIN,
  type RequestSettings,
} from '../requestSettings';
import { fromSettingsValues, toSettingsValues, type SettingsValues } from './settingsValues';
import { HolidayImportButton } from './HolidayImportButton';
import { NationalHolidaysPanel } from './NationalHolidaysPanel';
import { SpecialHoursSection } from './SpecialHoursSection';
import { WeekHoursTable } from './WeekHoursTable';

/** Pengaturan Layanan: register numbers, lists, the priority matrix and working hours. */
export function RequestSettingsPage({ settings }: { settings: RequestSettings }) {
  const { write } = useServices();
  const form = useForm<SettingsValues>({ initialValues: toSettingsValues(settings) });
  const [error, setError] = useState<string | null>(null);
  // Another PC's change shows here at once when nothing is being edited.
  const base = useFollowSaved(settings, form.isDirty(), true, (fresh) => {
    const values = toSettingsValues(fresh);
    form.setValues(values);
    form.resetDirty(values);
  });
  const v = form.values;
  const preview = validateNumberFormat(v.numberFormat)
    ? null
    : formatRegisterNumber(v.numberFormat, 12, write.now(), {
        lokasi: v.numberFormat.includes('{lokasi}') ? 'B' : '',
      });

  const save = async () => {
    const result = fromSettingsValues(v);
    if (!result.ok) {
      form.setErrors(result.errors);
      setError('Periksa kembali isian yang ditandai merah.');
      return;
    }
    try {
      await saveRequestSettings(write, changedFields(base.current, result.settings));
      setError(null);
      form.resetDirty();
      notifications.show({ color: 'green', message: 'Pengaturan layanan tersimpan.' });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack>
      <Title order={2}>Pengaturan Layanan</Title>
      <Paper withBorder p="md">
        <Title order={4}>Nomor register</Title>
        <SimpleGrid cols={2}>
          <TextInput
            label="Format nomor"
            description="{no} atau {no:3} nomor urut (mulai 1 setiap tahun), {bulan-romawi}, {bulan}, {tahun}; {lokasi} kode lokasi bila direplikasi."
            {...form.getInputProps('numberFormat')}
          />
          <div>
            <Text size="sm" fw={500} mt={4}>
              Contoh nomor ke-12 bulan ini
            </Text>
            <Text fw={700} mt={28} data-testid="contoh-nomor">
              {preview ?? '—'}
            </Text>
          </div>
        </SimpleGrid>
        <SimpleGrid cols={2} mt="sm">
          <Radio.Group
            label="Jika folder bersama tidak terjangkau"
            description="Berlaku bila komputer ini tergabung dalam ruang kerja bersama."
            {...form.getInputProps('nomorLuring')}
          >
            <Stack gap={6} mt={6}>
              <Radio value="sewa" label="Pakai blok nomor yang disewa lebih dulu" />
              <Radio
                value="sementara"
                label="Beri nomor sementara (ditandai), menjadi tetap saat tersambung kembali"
              />
            </Stack>
          </Radio.Group>
          <NumberInput
            label="Jumlah nomor yang disewa setiap komputer"
            description={`Dipesan di folder bersama saat tersambung, ${SEWA_BLOK_MIN} sampai ${SEWA_BLOK_MAX}.`}
            min={SEWA_BLOK_MIN}
            max={SEWA_BLOK_MAX}
            allowDecimal={false}
            disabled={v.nomorLuring !== 'sewa'}
            {...form.getInputProps('sewaBlok')}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4}>Daftar pilihan</Title>
        <SimpleGrid cols={3}>
          <Textarea
            label="Kategori permintaan"
            description="Satu per baris."
            autosize
            minRows={6}
            {...form.getInputProps('kategori')}
          />
          <Textarea
            label="Aplikasi"
            description="Untuk kategori Aplikasi."
            autosize
            minRows={6}
            {...form.getInputProps('aplikasi')}
          />
          <Textarea
            label="Petunjuk disposisi"
            description="Pilihan “Dengan hormat harap”."
            autosize
            minRows={6}
            {...form.getInputProps('petunjuk')}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4}>Matriks prioritas</Title>
        <Text size="sm" c="dimmed">
          Prioritas penanganan dari urgensi (baris) dan dampak (kolom).
        </Text>
        <Table mt="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Urgensi \ Dampak</Table.Th>
              {LEVELS.map((d) => (
                <Table.Th key={d}>{LEVEL_LABELS[d]}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {LEVELS.map((u) => (
              <Table.Tr key={u}>
                <Table.Th>{LEVEL_LABELS[u]}</Table.Th>
                {LEVELS.map((d) => (
                  <Table.Td key={d}>
                    <Select
                      aria-label={`Prioritas untuk urgensi ${LEVEL_LABELS[u]}, dampak ${LEVEL_LABELS[d]}`}
                      allowDeselect={false}
                      data={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
                      {...form.getInputProps(`priorityMatrix.${u}.${d}`)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4}>Jam kerja dan hari libur</Title>
        <Text size="sm" c="dimmed">
          Waktu langkah dihitung dalam jam kerja ini; 1 hari kerja = 450 menit.
        </Text>
        <WeekHoursTable form={form} path="days" week={v.days} />
        <SpecialHoursSection form={form} />
        <NationalHolidaysPanel />
        <Textarea
          label="Hari libur tambahan"
          description="Libur daerah atau kantor, dan tanggal libur tahun yang belum ada daftar bawaannya. Satu tanggal per baris, contoh 02/01/2027."
          autosize
          minRows={3}
          mt="sm"
          {...form.getInputProps('holidays')}
        />
        <HolidayImportButton
          value={v.holidays}
          onChange={(holidays) => form.setFieldValue('holidays', holidays)}
        />
      </Paper>
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        <Button onClick={() => void save()}>Simpan Pengaturan Layanan</Button>
      </Group>
    </Stack>
  );
}
