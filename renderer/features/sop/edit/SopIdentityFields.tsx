import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { SopEditValues } from './sopEditValues';
import { TanggalInput } from '../../../kit/TanggalInput';

const LIST_HINT = 'Satu butir per baris.';

export function SopIdentityFields({ form }: { form: UseFormReturnType<SopEditValues> }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3}>
        <TextInput label="Nomor SOP" placeholder="SOP/AS/32" {...form.getInputProps('nomor')} />
        <TanggalInput
          label="Tanggal pembuatan"
          clearable
          {...form.getInputProps('tanggalPembuatan')}
        />
        <TanggalInput label="Tanggal efektif" clearable {...form.getInputProps('tanggalEfektif')} />
      </SimpleGrid>
      <TextInput label="Judul SOP" withAsterisk {...form.getInputProps('judul')} />
      <TextInput label="Pengadilan" withAsterisk {...form.getInputProps('pengadilan')} />
      <SimpleGrid cols={3}>
        <TextInput
          label="Disahkan oleh (jabatan)"
          placeholder="Ketua Pengadilan Agama ..."
          {...form.getInputProps('disahkanJabatan')}
        />
        <TextInput label="Nama pengesah" {...form.getInputProps('disahkanNama')} />
        <TextInput label="NIP pengesah" {...form.getInputProps('disahkanNip')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Textarea
          label="Dasar hukum"
          description={LIST_HINT}
          autosize
          minRows={3}
          {...form.getInputProps('dasarHukum')}
        />
        <Textarea
          label="Kualifikasi pelaksana"
          description={LIST_HINT}
          autosize
          minRows={3}
          {...form.getInputProps('kualifikasiPelaksana')}
        />
        <Textarea
          label="Keterkaitan"
          description={LIST_HINT}
          autosize
          minRows={2}
          {...form.getInputProps('keterkaitan')}
        />
        <Textarea
          label="Peralatan/perlengkapan"
          description={LIST_HINT}
          autosize
          minRows={2}
          {...form.getInputProps('peralatanPerlengkapan')}
        />
        <Textarea label="Peringatan" autosize minRows={2} {...form.getInputProps('peringatan')} />
        <Textarea
          label="Pencatatan dan pendataan"
          autosize
          minRows={2}
          {...form.getInputProps('pencatatanPendataan')}
        />
      </SimpleGrid>
    </Stack>
  );
}
