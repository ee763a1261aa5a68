import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import {
  SITE_KIND_LABELS,
  SITE_KINDS,
  siteSchema,
  type SiteInput,
  type SiteKind,
} from '../../../shared/website/schema';
import { TanggalInput } from '../../kit/TanggalInput';
import { useServices } from '../../kit/servicesContext';
import type { WebsiteSiteRow } from '../../db/websiteRows';
import { FormFrame } from '../../kit/FormFrame';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';
import { saveSite } from './websiteStore';

type Values = {
  jenis: SiteKind;
  nama: string;
  alamatUrl: string;
  penyedia: string;
  mulaiKontrak: string;
  akhirKontrak: string;
  biaya: number | string;
  nomorTagihan: string;
};

const EMPTY: Values = {
  jenis: 'hosting',
  nama: '',
  alamatUrl: '',
  penyedia: '',
  mulaiKontrak: '',
  akhirKontrak: '',
  biaya: 0,
  nomorTagihan: '',
};

const toInput = (v: Values): SiteInput => ({ ...v, biaya: Number(v.biaya) });

/** A site or service of the office with its current contract: add, or change one. */
export function SiteForm(props: { site: WebsiteSiteRow | null; onDone: () => void }) {
  const { write } = useServices();
  const initialValues: Values = props.site
    ? {
        jenis: props.site.jenis,
        nama: props.site.nama,
        alamatUrl: props.site.alamatUrl,
        penyedia: props.site.penyedia,
        mulaiKontrak: props.site.mulaiKontrak,
        akhirKontrak: props.site.akhirKontrak,
        biaya: props.site.biaya,
        nomorTagihan: props.site.nomorTagihan,
      }
    : EMPTY;
  const { form, error, saving, onSubmit } = useSchemaForm({
    initialValues,
    validate: (v) => schemaErrors(siteSchema, toInput(v)),
    save: (v) => saveSite(write, toInput(v), props.site?.id ?? null),
    saved: props.site ? 'Layanan diperbarui.' : 'Layanan ditambahkan.',
    onSaved: props.onDone,
  });
  return (
    <FormFrame
      title={props.site ? `Ubah ${props.site.nama}` : 'Tambah layanan'}
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Simpan"
      onCancel={props.onDone}
    >
      <Group grow align="flex-start">
        <Select
          label="Jenis"
          withAsterisk
          allowDeselect={false}
          data={SITE_KINDS.map((k) => ({ value: k, label: SITE_KIND_LABELS[k] }))}
          {...form.getInputProps('jenis')}
        />
        <TextInput label="Nama" withAsterisk {...form.getInputProps('nama')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label="Alamat (URL)"
          description="Diperiksa ketersediaannya; kosongkan bila layanan tanpa alamat web."
          placeholder="https://..."
          {...form.getInputProps('alamatUrl')}
        />
        <TextInput label="Penyedia" withAsterisk {...form.getInputProps('penyedia')} />
      </Group>
      <Group grow align="flex-start">
        <TanggalInput label="Mulai kontrak" withAsterisk {...form.getInputProps('mulaiKontrak')} />
        <TanggalInput label="Akhir kontrak" withAsterisk {...form.getInputProps('akhirKontrak')} />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          label="Biaya (Rp)"
          thousandSeparator="."
          decimalSeparator=","
          min={0}
          {...form.getInputProps('biaya')}
        />
        <TextInput label="Nomor tagihan/invoice" {...form.getInputProps('nomorTagihan')} />
      </Group>
    </FormFrame>
  );
}
