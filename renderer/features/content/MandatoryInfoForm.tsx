import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { mandatoryInfoSchema } from '../../../shared/content/mandatoryInfo';
import type { MandatoryInfoRow } from '../../db/contentRows';
import { TanggalInput } from '../../kit/TanggalInput';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from '../../kit/FormFrame';
import { addMandatoryInfo, editMandatoryInfo } from './mandatoryInfoStore';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

type Values = {
  judul: string;
  sumber: string;
  masaBerlakuHari: number | string;
  alamat: string;
  terakhirDiperbarui: string;
  keterangan: string;
};

const toInput = (v: Values) => ({
  judul: v.judul,
  sumber: v.sumber,
  masaBerlakuHari: v.masaBerlakuHari === '' ? undefined : Number(v.masaBerlakuHari),
  alamat: v.alamat,
  terakhirDiperbarui: v.terakhirDiperbarui === '' ? null : v.terakhirDiperbarui,
  keterangan: v.keterangan,
});

/** Adds an item to the Informasi Wajib checklist, or changes one. */
export function MandatoryInfoForm(props: { item: MandatoryInfoRow | null; onDone: () => void }) {
  const { write } = useServices();
  const { item } = props;
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues: {
      judul: item?.judul ?? '',
      sumber: item?.sumber ?? '',
      masaBerlakuHari: item?.masaBerlakuHari ?? 365,
      alamat: item?.alamat ?? '',
      terakhirDiperbarui: item?.terakhirDiperbarui ?? '',
      keterangan: item?.keterangan ?? '',
    },
    validate: (v) => schemaErrors(mandatoryInfoSchema, { ...toInput(v), urut: 0 }),
    save: async (v) => {
      const input = mandatoryInfoSchema.omit({ urut: true }).parse(toInput(v));
      if (item) await editMandatoryInfo(write, item.id, input);
      else await addMandatoryInfo(write, input);
    },
    saved: item ? 'Informasi wajib diubah.' : 'Informasi wajib ditambahkan.',
    onSaved: props.onDone,
  });
  return (
    <FormFrame
      title={item ? `Ubah: ${item.judul}` : 'Tambah informasi wajib'}
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Simpan"
      onCancel={props.onDone}
    >
      <SimpleGrid cols={2}>
        <TextInput label="Nama informasi" withAsterisk {...form.getInputProps('judul')} />
        <TextInput
          label="Dasar/sumber"
          withAsterisk
          placeholder="mis. SK KMA 1-144/KMA/SK/I/2011"
          {...form.getInputProps('sumber')}
        />
        <NumberInput
          label="Masa berlaku (hari)"
          withAsterisk
          min={1}
          {...form.getInputProps('masaBerlakuHari')}
        />
        <TanggalInput
          label="Terakhir diperbarui"
          clearable
          {...form.getInputProps('terakhirDiperbarui')}
        />
        <TextInput
          label="Alamat halaman"
          placeholder="https://..."
          {...form.getInputProps('alamat')}
        />
        <Textarea label="Keterangan" autosize minRows={1} {...form.getInputProps('keterangan')} />
      </SimpleGrid>
    </FormFrame>
  );
}
