import { Autocomplete, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { LEVEL_LABELS, LEVELS } from '../../../shared/requests/schema';
import type { Procedure } from '../../../shared/sop/schema';
import { errorMessage } from '../../api/client';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RequestRow } from '../../db/rows';
import { listUnits } from '../units/public';
import { CorrectionFooter } from './CorrectionFooter';
import { useServices } from '../../kit/servicesContext';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { receptionValuesOf, validateReception, type ReceptionValues } from './receptionValues';
import { correctRequest } from './requestCorrections';
import type { RequestSettings } from './requestSettings';

type EditValues = ReceptionValues & { alasan: string };

/**
 * "Ubah data permintaan": the reception's data of a registered request, checked as at
 * reception, saved with the reason. The register number is not touched.
 */
export function RequestEditModal({
  request,
  procedure,
  settings,
  onClose,
}: {
  request: RequestRow;
  procedure: Procedure;
  settings: RequestSettings;
  onClose: () => void;
}) {
  const { db, write } = useServices();
  const units = useLiveQuery(() => listUnits(db), [db]) ?? [];
  const form = useForm<EditValues>({
    initialValues: { ...receptionValuesOf(request), alasan: '' },
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const result = validateReception(form.values, write.now());
    const alasan = form.values.alasan.trim();
    if (!result.ok || !alasan) {
      form.setErrors({
        ...(result.ok ? {} : result.errors),
        ...(alasan ? {} : { alasan: 'Alasan perubahan wajib diisi.' }),
      });
      setError('Periksa kembali isian yang ditandai merah.');
      return;
    }
    setSaving(true);
    try {
      await correctRequest(
        write,
        request.id,
        result.reception,
        alasan,
        procedure,
        settings.officeHours,
      );
      notifications.show({ color: 'green', message: `Data permintaan ${request.nomor} diubah.` });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };
  const kategori = [...new Set([...settings.kategori, request.kategori])];
  return (
    <Modal opened onClose={onClose} title="Ubah data permintaan" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput label="Nama pemohon" withAsterisk {...form.getInputProps('nama')} />
            <TextInput label="NIP pemohon" {...form.getInputProps('nip')} />
            <Autocomplete
              label="Unit kerja pemohon"
              withAsterisk
              data={[...new Set(units.filter((u) => u.aktif).map((u) => u.nama))]}
              {...form.getInputProps('unitNama')}
            />
            <TextInput label="Telepon/WhatsApp" {...form.getInputProps('telepon')} />
            <TanggalJamInput
              label="Diterima pada"
              withAsterisk
              {...form.getInputProps('diterimaLokal')}
            />
            <Select
              label="Kategori"
              withAsterisk
              data={kategori}
              {...form.getInputProps('kategori')}
            />
            {form.values.kategori === 'Aplikasi' && (
              <Select
                label="Aplikasi"
                withAsterisk
                data={settings.aplikasi}
                {...form.getInputProps('aplikasi')}
              />
            )}
            <TextInput label="Perangkat" {...form.getInputProps('perangkat')} />
            <Select
              label="Urgensi menurut pemohon"
              data={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
              allowDeselect={false}
              {...form.getInputProps('urgensiPemohon')}
            />
          </SimpleGrid>
          <Textarea
            label="Uraian permintaan atau kerusakan"
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('uraian')}
          />
          <CorrectionFooter
            reason={form.getInputProps('alasan')}
            error={error}
            saving={saving}
            saveLabel="Simpan Perubahan"
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
