import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatNip } from '../../../shared/format/nip';
import { LEVEL_LABELS, LEVELS, SALURAN, SALURAN_LABELS } from '../../../shared/requests/schema';
import { CancelButton } from '../../kit/CancelButton';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { useSyncFolder } from '../../sync/runtime/syncContext';
import { errorMessage } from '../../api/client';
import { deviceName, deviceOptionLabel } from '../../../shared/devices/schema';
import {
  deviceIdentityLine,
  deviceMatches,
  deviceSearchText,
} from '../../../shared/devices/deviceSearch';
import { listDevices, listDeviceTypes } from '../devices/public';
import { deviceTypeLabels } from '../../../shared/devices/deviceTypes';
import { listPeople } from '../people/public';
import { listUnits } from '../units/public';
import { OutsideHoursNotice } from './OutsideHoursNotice';
import { emptyReception, validateReception, type ReceptionValues } from './receptionValues';
import { readRequestSettings } from './requestSettings';
import { registerRequest } from './requestStore';
import { useEscapeKey } from '../../kit/useEscapeKey';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { TanggalInput } from '../../kit/TanggalInput';

const DRAFT_KEY = 'reception';

/** Terima Permintaan: the Formulir Permintaan Layanan TI as a form, numbered on saving. */
export function ReceptionPage({
  onDone,
  onCancel,
}: {
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const { db, write } = useServices();
  const folder = useSyncFolder();
  const data = useLiveQuery(
    async () => ({
      people: await listPeople(db),
      units: await listUnits(db),
      settings: await readRequestSettings(db),
      devices: (await listDevices(db)).filter((d) => d.aktif),
      typeLabels: deviceTypeLabels(await listDeviceTypes(db)),
    }),
    [db],
  );
  const form = useForm<ReceptionValues>({ initialValues: emptyReception(write.now()) });
  const draft = useDraft(db, DRAFT_KEY, form.values, (values) => form.setValues(values));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Escape leaves the form and keeps what was typed as a draft (the Batal button discards it).
  useEscapeKey(onCancel);
  if (!data) return null;
  const unitName = new Map(data.units.map((u) => [u.id, u.nama]));
  // The picker finds a device by BMN code, serial number, IP or user, not only by its label.
  const deviceOptions = data.devices.map((d) => ({
    value: d.id,
    label: deviceOptionLabel(d, data.typeLabels),
  }));
  const deviceSearch = new Map(
    data.devices.map((d) => [d.id, deviceSearchText(d, data.typeLabels)]),
  );
  const deviceLines = new Map(data.devices.map((d) => [d.id, deviceIdentityLine(d)]));
  const normalizeLabel = (label: string) => label.toLocaleLowerCase('id');

  const pickPerson = (id: string | null) => {
    const person = data.people.find((p) => p.id === id);
    form.setValues({
      personId: person?.id ?? null,
      ...(person
        ? {
            nama: person.nama,
            nip: formatNip(person.nip),
            unitNama: (person.unitId && unitName.get(person.unitId)) || '',
          }
        : {}),
    });
  };

  const submit = async () => {
    const result = validateReception(form.values, write.now());
    if (!result.ok) {
      form.setErrors(result.errors);
      setError('Periksa kembali isian yang ditandai merah.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      // With a workspace the number is claimed on the shared folder first: that may take a moment.
      const { id, nomor, sementara } = await registerRequest(
        write,
        result.reception,
        data.settings,
        folder,
      );
      await draft.discard();
      notifications.show(
        sementara
          ? {
              color: 'orange',
              title: 'Permintaan terdaftar dengan nomor sementara',
              message: `Nomor sementara ${nomor}; menjadi tetap saat folder bersama tersambung kembali.`,
            }
          : { color: 'green', title: 'Permintaan terdaftar', message: `Nomor register ${nomor}` },
      );
      onDone(id);
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Stack>
      <Title order={2}>Terima Permintaan Layanan TI</Title>
      <DraftRestoredNotice
        shown={draft.fromDraft}
        onDiscard={() => {
          form.clearErrors();
          setError(null);
          void draft.startOver(emptyReception(write.now()));
        }}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              Pemohon
            </Title>
            <Select
              label="Pilih dari daftar pegawai"
              placeholder="Ketik nama untuk mencari, atau isi manual di bawah"
              data={data.people.filter((p) => p.aktif).map((p) => ({ value: p.id, label: p.nama }))}
              value={form.values.personId}
              onChange={pickPerson}
              searchable
              clearable
              nothingFoundMessage="Tidak ada; isi nama secara manual"
              mb="sm"
            />
            <SimpleGrid cols={2}>
              <TextInput label="Nama pemohon" withAsterisk {...form.getInputProps('nama')} />
              <TextInput
                label="NIP pemohon"
                description="Boleh dikosongkan."
                {...form.getInputProps('nip')}
              />
              <Autocomplete
                label="Unit kerja pemohon"
                withAsterisk
                data={[...new Set(data.units.filter((u) => u.aktif).map((u) => u.nama))]}
                {...form.getInputProps('unitNama')}
              />
              <TextInput label="Telepon/WhatsApp" {...form.getInputProps('telepon')} />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              Permintaan
            </Title>
            <SimpleGrid cols={2}>
              <TanggalJamInput
                label="Diterima pada"
                withAsterisk
                description="Ubah bila permintaan diterima lebih dulu di atas kertas."
                {...form.getInputProps('diterimaLokal')}
              />
              <Input.Wrapper label="Masuk melalui">
                <div>
                  <SegmentedControl
                    mt={4}
                    data={SALURAN.map((s) => ({ value: s, label: SALURAN_LABELS[s] }))}
                    {...form.getInputProps('saluran')}
                  />
                </div>
              </Input.Wrapper>
              <Select
                label="Kategori"
                withAsterisk
                data={data.settings.kategori}
                {...form.getInputProps('kategori')}
              />
              {form.values.kategori === 'Aplikasi' ? (
                <Select
                  label="Aplikasi"
                  withAsterisk
                  data={data.settings.aplikasi}
                  {...form.getInputProps('aplikasi')}
                />
              ) : (
                <TextInput
                  label="Perangkat"
                  placeholder="mis. Printer Epson L3110, ruang PTSP"
                  {...form.getInputProps('perangkat')}
                />
              )}
            </SimpleGrid>
            <OutsideHoursNotice
              diterimaLokal={form.values.diterimaLokal}
              hours={data.settings.officeHours}
            />
            {form.values.saluran === 'surat' && (
              <SimpleGrid cols={2} mt="sm">
                <TextInput
                  label="Nomor surat"
                  withAsterisk
                  placeholder="mis. W7-A8/123/OT.01/XI/2026"
                  {...form.getInputProps('suratNomor')}
                />
                <TanggalInput
                  label="Tanggal surat"
                  withAsterisk
                  {...form.getInputProps('suratTanggal')}
                />
              </SimpleGrid>
            )}
            {form.values.kategori === 'Aplikasi' && (
              <TextInput label="Perangkat" mt="sm" {...form.getInputProps('perangkat')} />
            )}
            {data.devices.length > 0 && (
              <Select
                label="Perangkat di inventaris"
                description="Agar permintaan tercatat di riwayat perangkat."
                placeholder="Cari nama, kode BMN, nomor seri, IP, atau pengguna…"
                searchable
                clearable
                mt="sm"
                data={deviceOptions}
                filter={({ options, search }) =>
                  options.filter(
                    (o) =>
                      'value' in o &&
                      deviceMatches(deviceSearch.get(o.value) ?? normalizeLabel(o.label), search),
                  )
                }
                renderOption={({ option }) => (
                  <div>
                    <Text size="sm">{option.label}</Text>
                    {deviceLines.get(option.value) && (
                      <Text size="xs" c="dimmed">
                        {deviceLines.get(option.value)}
                      </Text>
                    )}
                  </div>
                )}
                value={form.values.deviceId}
                onChange={(id) => {
                  const device = data.devices.find((d) => d.id === id);
                  form.setFieldValue('deviceId', device?.id ?? null);
                  if (device)
                    form.setFieldValue(
                      'perangkat',
                      `${deviceName(device, data.typeLabels)}, ${device.ruangan}`,
                    );
                }}
              />
            )}
            <Textarea
              label="Uraian permintaan atau kerusakan"
              withAsterisk
              autosize
              minRows={3}
              mt="sm"
              {...form.getInputProps('uraian')}
            />
            <Input.Wrapper label="Urgensi menurut pemohon" mt="sm">
              <div>
                <SegmentedControl
                  mt={4}
                  data={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
                  {...form.getInputProps('urgensiPemohon')}
                />
              </div>
            </Input.Wrapper>
          </Paper>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              Nomor register diberikan saat disimpan, format {data.settings.numberFormat}.
            </Text>
            <Group>
              <CancelButton
                onClick={() => {
                  void draft.discard().then(onCancel);
                }}
              />
              <Button type="submit" loading={saving}>
                Simpan dan Beri Nomor
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
