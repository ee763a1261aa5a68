import { Autocomplete, Group, Radio, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  UAT_RESULT_LABELS,
  UAT_RESULTS,
  uatSchema,
  type UatResult,
} from '../../../shared/security/schema';
import { useServices } from '../../kit/servicesContext';
import type { PersonRow } from '../../db/rows';
import { recordUat } from './securityStore';
import { schemaErrors, useRecordForm, useToday } from './useRecordForm';
import { petugasOf, PetugasSelect, RecordFormFrame, TanggalInput } from './RecordFormParts';

type UatValues = {
  tanggal: string;
  aplikasi: string;
  versi: string;
  petugasId: string | null;
  skenario: string;
  hasil: UatResult | '';
  catatan: string;
};

const validate = (v: UatValues, today: string) =>
  schemaErrors(uatSchema(today), { ...v, petugasId: v.petugasId ?? '' });

/** Catat uji penerimaan aplikasi (SOP D langkah 2). */
export function UatForm({ people, applications }: { people: PersonRow[]; applications: string[] }) {
  const { write } = useServices();
  const petugas = petugasOf(people, write.actor());
  const today = useToday();
  const initialValues: UatValues = {
    tanggal: today,
    aplikasi: '',
    versi: '',
    petugasId: petugas.preselected,
    skenario: '',
    hasil: '',
    catatan: '',
  };
  const { form, error, saving, onSubmit, restoredDraft, startOver } = useRecordForm({
    draftKey: 'security:uat',
    initialValues,
    validate,
    save: async ({ hasil, ...v }) => {
      if (hasil === '') throw new Error('Pilih hasil uji.');
      return recordUat(write, { ...v, hasil, petugasId: v.petugasId ?? '' });
    },
    saved: 'Uji penerimaan aplikasi tercatat; menunggu pertimbangan Kasubag.',
    next: (v) => ({ ...initialValues, petugasId: v.petugasId }),
  });

  return (
    <RecordFormFrame
      title="Catat uji penerimaan aplikasi"
      onSubmit={onSubmit}
      restoredDraft={restoredDraft}
      onStartOver={startOver}
      error={error}
      saving={saving}
      submitLabel="Simpan Hasil UAT"
    >
      <SimpleGrid cols={4}>
        <TanggalInput label="Tanggal uji" today={today} input={form.getInputProps('tanggal')} />
        <Autocomplete
          label="Nama aplikasi"
          withAsterisk
          data={applications}
          {...form.getInputProps('aplikasi')}
        />
        <TextInput label="Versi" placeholder="mis. 4.2.0" {...form.getInputProps('versi')} />
        <PetugasSelect
          label="Petugas penguji"
          petugas={petugas}
          input={form.getInputProps('petugasId')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Textarea
          label="Skenario uji"
          description="Fungsi yang diuji dan langkahnya."
          autosize
          minRows={2}
          {...form.getInputProps('skenario')}
        />
        <Textarea
          label="Catatan hasil uji"
          description="Kekurangan atau kesalahan yang ditemukan."
          autosize
          minRows={2}
          {...form.getInputProps('catatan')}
        />
      </SimpleGrid>
      <Radio.Group label="Hasil uji" withAsterisk {...form.getInputProps('hasil')}>
        <Group mt={6}>
          {UAT_RESULTS.map((r) => (
            <Radio key={r} value={r} label={UAT_RESULT_LABELS[r]} />
          ))}
        </Group>
      </Radio.Group>
    </RecordFormFrame>
  );
}
