import { deviceTypeOptions } from '../../../shared/devices/deviceTypes';
import { useDeviceTypes } from './deviceTypeStore';
import {
  Autocomplete,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CONDITION_LABELS, CONDITIONS, deviceName } from '../../../shared/devices/schema';
import { FormFooter } from '../../kit/FormFooter';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import type { DeviceRow } from '../../db/rows';
import { saveDevice } from './deviceStore';
import {
  deviceInputOf,
  deviceValuesOf,
  validateDevice,
  type DeviceFormValues,
} from './deviceValues';

interface Props {
  device: DeviceRow | null;
  rooms: string[];
  onClose: () => void;
}

/** Adds or edits a device; what is typed survives a failed save or a closed app. */
export function DeviceModal({ device, rooms, onClose }: Props) {
  const { db, write } = useServices();
  const types = useDeviceTypes();
  const draftKey = `device:${device?.id ?? 'baru'}`;
  const form = useForm<DeviceFormValues>({
    initialValues: deviceValuesOf(device),
    validate: (values) => validateDevice(values, write.now().getFullYear()),
  });
  const draft = useDraft(db, draftKey, form.values, (values) => form.setValues(values));
  const cancel = () => {
    void draft.discard().then(onClose);
  };
  const { saving, error: saveError, run } = useSaving();

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await saveDevice(write, device?.id ?? null, deviceInputOf(values));
      await draft.discard();
      notifications.show({
        color: 'green',
        message: `${deviceName(values, types?.labels)} tersimpan.`,
      });
      onClose();
    });
  });

  return (
    <Modal
      opened
      onClose={cancel}
      title={device ? 'Ubah Data Perangkat' : 'Tambah Perangkat'}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DraftRestoredNotice
            shown={draft.fromDraft}
            onDiscard={() => {
              form.clearErrors();
              void draft.startOver(deviceValuesOf(device));
            }}
          />
          <SimpleGrid cols={3}>
            <Select
              label="Jenis"
              withAsterisk
              allowDeselect={false}
              data={deviceTypeOptions(types?.types ?? [])}
              data-autofocus
              {...form.getInputProps('jenis')}
            />
            <TextInput
              label="Merek"
              withAsterisk
              placeholder="HP"
              {...form.getInputProps('merek')}
            />
            <TextInput
              label="Model/tipe"
              placeholder="ProDesk 400 G7"
              {...form.getInputProps('model')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <TextInput label="Nomor seri" {...form.getInputProps('nomorSeri')} />
            <TextInput
              label="Kode BMN"
              placeholder="3.10.02.01.003"
              {...form.getInputProps('kodeBmn')}
            />
            <TextInput label="NUP" inputMode="numeric" {...form.getInputProps('nup')} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <Autocomplete
              label="Ruangan"
              withAsterisk
              data={rooms}
              placeholder="Ruang Kepaniteraan"
              {...form.getInputProps('ruangan')}
            />
            <TextInput label="Pengguna" {...form.getInputProps('pengguna')} />
            <NumberInput
              label="Tahun perolehan"
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=""
              {...form.getInputProps('tahunPerolehan')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <Select
              label="Kondisi"
              withAsterisk
              allowDeselect={false}
              data={CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
              {...form.getInputProps('kondisi')}
            />
            <TextInput
              label="Alamat IP"
              placeholder="192.168.1.10"
              {...form.getInputProps('alamatIp')}
            />
            <Switch
              mt="xl"
              label="Masih digunakan"
              description="Matikan bila perangkat sudah dihapuskan."
              {...form.getInputProps('aktif', { type: 'checkbox' })}
            />
          </SimpleGrid>
          <Textarea label="Catatan" autosize minRows={2} {...form.getInputProps('catatan')} />
          <FormFooter error={saveError} saving={saving} onCancel={cancel} />
        </Stack>
      </form>
    </Modal>
  );
}
