import { SegmentedControl, Input, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  DEFAULT_KOP_LABELS,
  KOP_TEXT_POSITION_LABELS,
  KOP_TEXT_POSITIONS,
  type Office,
} from '../../../shared/office/office';
import { LogoInput } from './LogoInput';

export const EMPTY_OFFICE: Office = {
  lingkungan: 'agama',
  pengadilanTinggi: '',
  namaPengadilan: '',
  alamat: '',
  kota: '',
  kodePos: '',
  telepon: '',
  faks: '',
  email: '',
  website: '',
  logo: null,
  kertas: 'F4',
  kopTeks: 'tengahHalaman',
  labelWebsite: DEFAULT_KOP_LABELS.website,
  labelEmail: DEFAULT_KOP_LABELS.email,
};

/** The court's identity fields, shared by the first-run wizard and Pengaturan Kantor. */
export function OfficeFields({ form }: { form: UseFormReturnType<Office> }) {
  return (
    <Stack gap="sm">
      <Input.Wrapper label="Lingkungan peradilan" withAsterisk>
        <div>
          <SegmentedControl
            mt={4}
            data={[
              { value: 'agama', label: 'Peradilan Agama' },
              { value: 'umum', label: 'Peradilan Umum' },
            ]}
            {...form.getInputProps('lingkungan')}
          />
        </div>
      </Input.Wrapper>
      <SimpleGrid cols={2}>
        <TextInput
          label="Pengadilan tingkat banding"
          placeholder="Pengadilan Tinggi Agama Bengkulu"
          withAsterisk
          {...form.getInputProps('pengadilanTinggi')}
        />
        <TextInput
          label="Nama pengadilan"
          placeholder="Pengadilan Agama Mukomuko"
          withAsterisk
          {...form.getInputProps('namaPengadilan')}
        />
      </SimpleGrid>
      <TextInput
        label="Alamat"
        placeholder="Jalan Soekarno Hatta, Kec. Kota Mukomuko"
        withAsterisk
        {...form.getInputProps('alamat')}
      />
      <SimpleGrid cols={3}>
        <TextInput
          label="Kota (untuk tanggal surat)"
          placeholder="Mukomuko"
          withAsterisk
          {...form.getInputProps('kota')}
        />
        <TextInput label="Kode pos" placeholder="38765" {...form.getInputProps('kodePos')} />
        <TextInput
          label="Telepon"
          placeholder="(0737) 5243965"
          {...form.getInputProps('telepon')}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <TextInput label="Faksimile" {...form.getInputProps('faks')} />
        <TextInput
          label="E-mail"
          placeholder="pa.mukomuko@gmail.com"
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Situs web"
          placeholder="www.pa-mukomuko.go.id"
          {...form.getInputProps('website')}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <Input.Wrapper label="Letak teks kop" description="Sumbu teks kop surat.">
          <div>
            <SegmentedControl
              mt={6}
              aria-label="Letak teks kop"
              data={KOP_TEXT_POSITIONS.map((p) => ({
                value: p,
                label: KOP_TEXT_POSITION_LABELS[p],
              }))}
              {...form.getInputProps('kopTeks')}
            />
          </div>
        </Input.Wrapper>
        <TextInput
          label="Sebutan situs pada kop"
          description="Pada baris kontak kop surat."
          placeholder={DEFAULT_KOP_LABELS.website}
          {...form.getInputProps('labelWebsite')}
        />
        <TextInput
          label="Sebutan surel pada kop"
          description="Pada baris kontak kop surat."
          placeholder={DEFAULT_KOP_LABELS.email}
          {...form.getInputProps('labelEmail')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <LogoInput
          value={form.values.logo}
          onChange={(logo) => form.setFieldValue('logo', logo)}
          error={typeof form.errors.logo === 'string' ? form.errors.logo : undefined}
        />
        <Input.Wrapper label="Kertas bawaan" description="Dapat diganti setiap kali mencetak.">
          <div>
            <SegmentedControl
              mt={6}
              data={[
                { value: 'F4', label: 'F4 (215 × 330 mm)' },
                { value: 'A4', label: 'A4 (210 × 297 mm)' },
              ]}
              {...form.getInputProps('kertas')}
            />
          </div>
        </Input.Wrapper>
      </SimpleGrid>
    </Stack>
  );
}
