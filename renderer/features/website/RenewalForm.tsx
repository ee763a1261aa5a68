import { Group, NumberInput, TextInput } from '@mantine/core';
import { renewalSchema } from '../../../shared/website/schema';
import type { WebsiteSiteRow } from '../../db/websiteRows';
import { TanggalInput } from '../../kit/TanggalInput';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from '../../kit/FormFrame';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';
import { recordRenewal } from './websiteStore';

type Values = {
  mulaiKontrak: string;
  akhirKontrak: string;
  biaya: number | string;
  nomorTagihan: string;
};

/** The day after a date 'YYYY-MM-DD'. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Records a renewal with its invoice; the new period becomes the site's contract. */
export function RenewalForm(props: { site: WebsiteSiteRow; onDone: () => void }) {
  const { write } = useServices();
  const toInput = (v: Values) => ({ siteId: props.site.id, ...v, biaya: Number(v.biaya) });
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues: {
      mulaiKontrak: dayAfter(props.site.akhirKontrak),
      akhirKontrak: '',
      biaya: props.site.biaya,
      nomorTagihan: '',
    },
    validate: (v) => schemaErrors(renewalSchema, toInput(v)),
    save: (v) => recordRenewal(write, toInput(v)),
    saved: `Perpanjangan ${props.site.nama} tercatat.`,
    onSaved: props.onDone,
  });
  return (
    <FormFrame
      title={`Perpanjang ${props.site.nama}`}
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Catat Perpanjangan"
      onCancel={props.onDone}
    >
      <Group grow align="flex-start">
        <TanggalInput
          label="Mulai kontrak baru"
          withAsterisk
          {...form.getInputProps('mulaiKontrak')}
        />
        <TanggalInput
          label="Akhir kontrak baru"
          withAsterisk
          {...form.getInputProps('akhirKontrak')}
        />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          label="Biaya (Rp)"
          thousandSeparator="."
          decimalSeparator=","
          min={0}
          {...form.getInputProps('biaya')}
        />
        <TextInput
          label="Nomor tagihan/invoice"
          withAsterisk
          {...form.getInputProps('nomorTagihan')}
        />
      </Group>
    </FormFrame>
  );
}
