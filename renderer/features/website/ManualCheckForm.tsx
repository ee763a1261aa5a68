import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { availabilityCheckSchema } from '../../../shared/website/schema';
import type { WebsiteSiteRow } from '../../db/websiteRows';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from '../../kit/FormFrame';
import { fromLocalInput, toLocalInput } from './localTime';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';
import { recordManualCheck } from './websiteStore';

type Values = {
  siteId: string;
  waktuLokal: string;
  hasil: 'tersedia' | 'tidak';
  statusHttp: number | string;
  catatan: string;
};

/** A check the operator made by hand when this PC cannot reach the site (offline). */
export function ManualCheckForm(props: { sites: readonly WebsiteSiteRow[]; onDone: () => void }) {
  const { write } = useServices();
  const toInput = (v: Values) => ({
    siteId: v.siteId,
    waktu: fromLocalInput(v.waktuLokal) ?? '',
    statusHttp: v.hasil === 'tidak' ? null : Number(v.statusHttp || 200),
    waktuResponsMs: null,
    tlsBerakhir: null,
    cara: 'manual' as const,
    catatan: v.catatan,
  });
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues: {
      siteId: props.sites[0]?.id ?? '',
      waktuLokal: toLocalInput(write.now()),
      hasil: 'tersedia',
      statusHttp: 200,
      catatan: '',
    },
    validate: (v) => {
      const errors = schemaErrors(availabilityCheckSchema, toInput(v));
      if (errors.waktu) errors.waktuLokal = 'Isi tanggal dan jam pemeriksaan.';
      return errors;
    },
    save: (v) => recordManualCheck(write, toInput(v)),
    saved: 'Pemeriksaan manual tercatat.',
    onSaved: props.onDone,
  });
  return (
    <FormFrame
      title="Catat pemeriksaan manual"
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Simpan"
      onCancel={props.onDone}
    >
      <Group grow align="flex-start">
        <Select
          label="Layanan"
          withAsterisk
          allowDeselect={false}
          data={props.sites.map((s) => ({ value: s.id, label: s.nama }))}
          {...form.getInputProps('siteId')}
        />
        <TanggalJamInput
          label="Waktu pemeriksaan"
          withAsterisk
          {...form.getInputProps('waktuLokal')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label="Hasil"
          allowDeselect={false}
          data={[
            { value: 'tersedia', label: 'Dapat diakses' },
            { value: 'tidak', label: 'Tidak dapat diakses' },
          ]}
          {...form.getInputProps('hasil')}
        />
        {form.values.hasil === 'tersedia' && (
          <NumberInput
            label="Status HTTP"
            min={100}
            max={599}
            {...form.getInputProps('statusHttp')}
          />
        )}
      </Group>
      <TextInput label="Catatan" {...form.getInputProps('catatan')} />
    </FormFrame>
  );
}
