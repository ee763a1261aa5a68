import { Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { deviceOptionLabel } from '../../../shared/devices/schema';
import { toIsoDate } from '../../../shared/format/date';
import { devicesOfTarget } from '../../../shared/maintenance/taskTargets';
import { FormFooter } from '../../kit/FormFooter';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import type { DeviceRow, MaintenanceTaskRow } from '../../db/rows';
import { listDevices } from '../devices/public';
import { listPeople } from '../people/public';
import { DeviceChecksTable } from './DeviceChecksTable';
import { recordMaintenance } from './recordStore';
import { checksFor, recordInputOf, validateRecord, type RecordFormValues } from './recordValues';
import { listTasks } from './taskStore';
import { TanggalInput } from '../../kit/TanggalInput';

function valuesFor(
  task: MaintenanceTaskRow | null,
  devices: readonly DeviceRow[],
  petugasId: string | null,
  tanggal: string,
): RecordFormValues {
  return {
    tanggal,
    taskId: task?.id ?? null,
    judul: task?.judul ?? '',
    petugasId,
    durasiMenit: task?.durasiMenit ?? '',
    perangkat: task ? checksFor(devicesOfTarget(task.sasaran, devices)) : [],
    temuan: '',
    tindakan: '',
  };
}

/** Catat Pemeliharaan: a round done, with a result per device (the weekly round in one go). */
export function RecordModal({ taskId, onClose }: { taskId: string | null; onClose: () => void }) {
  const { db } = useServices();
  const data = useLiveQuery(
    async () => ({
      tasks: await listTasks(db),
      devices: await listDevices(db),
      people: (await listPeople(db)).filter((p) => p.aktif),
    }),
    [db],
  );
  if (!data) return null;
  return <RecordForm taskId={taskId} onClose={onClose} {...data} />;
}

function RecordForm({
  taskId,
  onClose,
  tasks,
  devices,
  people,
}: {
  taskId: string | null;
  onClose: () => void;
  tasks: MaintenanceTaskRow[];
  devices: DeviceRow[];
  people: { id: string; nama: string }[];
}) {
  const { db, write } = useServices();
  const today = toIsoDate(write.now());
  const task = tasks.find((t) => t.id === taskId) ?? null;
  const draftKey = `maintenance-record:${taskId ?? 'bebas'}`;
  const form = useForm<RecordFormValues>({
    initialValues: valuesFor(task, devices, write.actor(), today),
    validate: (values) => validateRecord(values, toIsoDate(write.now())),
  });
  const draft = useDraft(db, draftKey, form.values, (values) => form.setValues(values));
  const cancel = () => {
    void draft.discard().then(onClose);
  };
  const { saving, error: saveError, setError: setSaveError, run } = useSaving();
  const byId = new Map(devices.map((d) => [d.id, d]));
  const inForm = new Set(form.values.perangkat.map((c) => c.deviceId));
  const addable = devices.filter((d) => d.aktif && !inForm.has(d.id));

  const pickTask = (id: string | null) => {
    const picked = tasks.find((t) => t.id === id) ?? null;
    const fresh = valuesFor(picked, devices, form.values.petugasId, form.values.tanggal);
    form.setValues({ ...fresh, temuan: form.values.temuan, tindakan: form.values.tindakan });
  };

  const submit = form.onSubmit(
    async (values) => {
      await run(async () => {
        await recordMaintenance(write, recordInputOf(values));
        await draft.discard();
        notifications.show({ color: 'green', message: `Catatan "${values.judul}" tersimpan.` });
        onClose();
      });
    },
    () => setSaveError('Periksa kembali isian yang ditandai merah.'),
  );

  return (
    <Modal opened onClose={cancel} title="Catat Pemeliharaan" size="90%">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DraftRestoredNotice
            shown={draft.fromDraft}
            onDiscard={() => {
              form.clearErrors();
              void draft.startOver(valuesFor(task, devices, write.actor(), today));
            }}
          />
          <SimpleGrid cols={4}>
            <TanggalInput label="Tanggal" withAsterisk {...form.getInputProps('tanggal')} />
            <Select
              label="Kegiatan terjadwal"
              placeholder="Di luar jadwal"
              clearable
              data={tasks
                .filter((t) => t.aktif && (t.dicatatDi ?? 'pemeliharaan') === 'pemeliharaan')
                .map((t) => ({ value: t.id, label: t.judul }))}
              value={form.values.taskId}
              onChange={pickTask}
            />
            <Select
              label="Petugas"
              withAsterisk
              searchable
              data={people.map((p) => ({ value: p.id, label: p.nama }))}
              {...form.getInputProps('petugasId')}
            />
            <NumberInput
              label="Durasi (menit)"
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('durasiMenit')}
            />
          </SimpleGrid>
          <TextInput label="Kegiatan" withAsterisk {...form.getInputProps('judul')} />
          <DeviceChecksTable form={form} devices={byId} />
          {addable.length > 0 && (
            <Select
              label="Tambah perangkat yang diperiksa"
              placeholder="Cari merek, ruangan, kode BMN…"
              searchable
              value={null}
              data={addable.map((d) => ({
                value: d.id,
                label: deviceOptionLabel(d),
              }))}
              onChange={(id) => {
                const device = byId.get(id ?? '');
                const [check] = device ? checksFor([device]) : [];
                if (check) form.insertListItem('perangkat', check);
              }}
              maw={520}
            />
          )}
          <SimpleGrid cols={2}>
            <Textarea label="Temuan umum" autosize minRows={2} {...form.getInputProps('temuan')} />
            <Textarea
              label="Tindak lanjut"
              autosize
              minRows={2}
              {...form.getInputProps('tindakan')}
            />
          </SimpleGrid>
          <FormFooter
            error={saveError}
            saving={saving}
            onCancel={cancel}
            submitLabel="Simpan Catatan"
          />
        </Stack>
      </form>
    </Modal>
  );
}
