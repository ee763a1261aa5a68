import { deviceTypeOptions } from '../../../shared/devices/deviceTypes';
import { useDeviceTypes } from '../devices/public';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { addYears } from 'date-fns';
import { deviceOptionLabel } from '../../../shared/devices/schema';
import { formatTanggalIso, fromIsoDate, toIsoDate } from '../../../shared/format/date';
import { NAMA_BULAN, NAMA_HARI } from '../../../shared/format/calendarNames';
import {
  describeRecurrence,
  occurrences,
  recurrenceSchema,
} from '../../../shared/maintenance/recurrence';
import { TASK_RECORD_KIND_LABELS, TASK_RECORD_KINDS } from '../../../shared/maintenance/task';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import type { DeviceRow, MaintenanceTaskRow } from '../../db/rows';
import { saveTask } from './taskStore';
import {
  emptyTask,
  taskInputOf,
  taskValuesOf,
  validateTask,
  type TaskFormValues,
} from './taskValues';
import { TanggalInput } from '../../kit/TanggalInput';

/** "Setiap minggu, hari Jumat — berikutnya 27 November 2026, 4 Desember 2026, …" */
function preview(values: TaskFormValues, today: string): string | null {
  const rule = recurrenceSchema.safeParse(taskInputOf(values, null).pengulangan);
  const start = fromIsoDate(values.mulai);
  if (!rule.success || !start) return null;
  const from = values.mulai > today ? values.mulai : today;
  const fromDate = fromIsoDate(from) ?? start;
  const next = occurrences(rule.data, values.mulai, from, toIsoDate(addYears(fromDate, 2))).slice(
    0,
    3,
  );
  const list = next.map(formatTanggalIso).join(', ');
  return `${describeRecurrence(rule.data)}${list ? ` — berikutnya ${list}` : ''}`;
}

/** Adds or edits a recurring task on the schedule. */
export function TaskModal({
  task,
  devices,
  onClose,
}: {
  task: MaintenanceTaskRow | null;
  devices: readonly DeviceRow[];
  onClose: () => void;
}) {
  const { write } = useServices();
  const types = useDeviceTypes();
  const today = toIsoDate(write.now());
  const form = useForm<TaskFormValues>({
    initialValues: task ? taskValuesOf(task, today) : emptyTask(today),
    validate: validateTask,
  });
  const { saving, error: saveError, run } = useSaving();
  const v = form.values;

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await saveTask(write, task?.id ?? null, taskInputOf(values, task?.sumber ?? null));
      notifications.show({ color: 'green', message: `Jadwal "${values.judul.trim()}" tersimpan.` });
      onClose();
    });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={task ? 'Ubah Kegiatan Terjadwal' : 'Tambah Kegiatan Terjadwal'}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Nama kegiatan"
            withAsterisk
            data-autofocus
            {...form.getInputProps('judul')}
          />
          {task?.sumber && (
            <Text size="xs" c="dimmed">
              Dari SOP prosedur {task.sumber.procedureKey} langkah {task.sumber.stepNo}.
            </Text>
          )}
          <SegmentedControl
            aria-label="Pengulangan"
            data={[
              { value: 'harian', label: 'Harian' },
              { value: 'mingguan', label: 'Mingguan' },
              { value: 'bulanan', label: 'Bulanan' },
              { value: 'tahunan', label: 'Tahunan' },
            ]}
            {...form.getInputProps('kind')}
          />
          <SimpleGrid cols={4}>
            {v.kind !== 'tahunan' && (
              <NumberInput
                label={`Setiap … ${v.kind === 'harian' ? 'hari' : v.kind === 'mingguan' ? 'minggu' : 'bulan'}`}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('setiap')}
              />
            )}
            {v.kind === 'mingguan' && (
              <Select
                label="Hari"
                allowDeselect={false}
                data={NAMA_HARI.map((h, i) => ({ value: String(i + 1), label: h }))}
                {...form.getInputProps('hari')}
              />
            )}
            {v.kind === 'tahunan' && (
              <Select
                label="Bulan"
                allowDeselect={false}
                data={NAMA_BULAN.map((b, i) => ({ value: String(i + 1), label: b }))}
                {...form.getInputProps('bulan')}
              />
            )}
            {(v.kind === 'bulanan' || v.kind === 'tahunan') && (
              <NumberInput
                label="Tanggal"
                min={1}
                max={31}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('tanggal')}
              />
            )}
            <TanggalInput label="Mulai" {...form.getInputProps('mulai')} />
          </SimpleGrid>
          <Text size="sm" c="dimmed" aria-live="polite">
            {preview(v, today) ?? 'Lengkapi pengulangan untuk melihat jadwalnya.'}
          </Text>
          <SegmentedControl
            aria-label="Sasaran"
            data={[
              { value: 'jenis', label: 'Jenis perangkat' },
              { value: 'perangkat', label: 'Perangkat tertentu' },
              { value: 'umum', label: 'Tidak per perangkat' },
            ]}
            {...form.getInputProps('sasaranKind')}
          />
          {v.sasaranKind === 'jenis' && (
            <MultiSelect
              label="Jenis perangkat"
              data={deviceTypeOptions(types?.types ?? [])}
              {...form.getInputProps('jenis')}
            />
          )}
          {v.sasaranKind === 'perangkat' && (
            <MultiSelect
              label="Perangkat"
              searchable
              data={devices
                .filter((d) => d.aktif)
                .map((d) => ({ value: d.id, label: deviceOptionLabel(d, types?.labels) }))}
              {...form.getInputProps('deviceIds')}
            />
          )}
          <SimpleGrid cols={3}>
            <NumberInput
              label="Waktu standar (menit)"
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('durasiMenit')}
            />
            <Select
              label="Dicatat di"
              allowDeselect={false}
              data={TASK_RECORD_KINDS.map((k) => ({ value: k, label: TASK_RECORD_KIND_LABELS[k] }))}
              {...form.getInputProps('dicatatDi')}
            />
            <Switch
              mt="xl"
              label="Aktif"
              description="Matikan untuk menghentikan jadwal tanpa menghapusnya."
              {...form.getInputProps('aktif', { type: 'checkbox' })}
            />
          </SimpleGrid>
          {saveError && <Alert color="red">{saveError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Batal
            </Button>
            <Button type="submit" loading={saving}>
              Simpan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
