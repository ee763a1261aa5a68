import { Autocomplete, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  JENIS_REGULASI,
  REGULASI_STATUS_LABELS,
  REGULASI_STATUSES,
  type RegulasiStatus,
} from '../../../shared/policy/schema';
import type { AttachmentRef } from '../../../shared/attachments/schema';
import { AttachmentField } from '../attachments/public';

export type RegulasiValues = {
  jenis: string;
  nomor: string;
  tahun: number | string;
  tentang: string;
  status: RegulasiStatus;
  diubahOleh: string;
  berkas: string;
  lampiran: AttachmentRef[];
};

export const EMPTY_REGULASI: RegulasiValues = {
  jenis: '',
  nomor: '',
  tahun: '',
  tentang: '',
  status: 'berlaku',
  diubahOleh: '',
  berkas: '',
  lampiran: [],
};

export const regulasiInput = (v: RegulasiValues) => ({
  ...v,
  tahun: v.tahun === '' ? Number.NaN : Number(v.tahun),
});

/** The fields of one regulation, under `prefix` in a form ('' for a form of its own). */
export function RegulasiFields<V>({
  form,
  prefix,
}: {
  form: UseFormReturnType<V>;
  prefix: string;
}) {
  const p = (f: keyof RegulasiValues) => `${prefix}${f}`;
  const lampiran = form.getInputProps(p('lampiran'));
  return (
    <>
      <SimpleGrid cols={4}>
        <Autocomplete
          label="Jenis peraturan"
          withAsterisk
          data={[...JENIS_REGULASI]}
          {...form.getInputProps(p('jenis'))}
        />
        <TextInput label="Nomor" withAsterisk {...form.getInputProps(p('nomor'))} />
        <NumberInput label="Tahun" withAsterisk {...form.getInputProps(p('tahun'))} />
        <Select
          label="Status"
          allowDeselect={false}
          data={REGULASI_STATUSES.map((s) => ({ value: s, label: REGULASI_STATUS_LABELS[s] }))}
          {...form.getInputProps(p('status'))}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <TextInput label="Tentang" withAsterisk {...form.getInputProps(p('tentang'))} />
        <TextInput
          label="Dicabut/diubah oleh"
          placeholder="mis. PERMA Nomor 7 Tahun 2022"
          {...form.getInputProps(p('diubahOleh'))}
        />
        <TextInput
          label="Berkas"
          placeholder="Nama atau letak berkas"
          {...form.getInputProps(p('berkas'))}
        />
      </SimpleGrid>
      <AttachmentField
        label="Berkas peraturan"
        value={lampiran.value as AttachmentRef[]}
        onChange={(next) => lampiran.onChange(next)}
      />
    </>
  );
}
