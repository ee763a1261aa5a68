import {
  Autocomplete,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  BACKUP_MEDIA,
  backupSchema,
  RESTORE_TEST_LABELS,
  RESTORE_TESTS,
  type BackupItem,
  type RestoreTest,
} from '../../../shared/security/schema';
import { useServices } from '../../kit/servicesContext';
import type { PersonRow } from '../../db/rows';
import { recordBackup } from './securityStore';
import { schemaErrors, useRecordForm, useToday } from './useRecordForm';
import { petugasOf, PetugasSelect, RecordFormFrame, TanggalInput } from './RecordFormParts';

type BackupValues = {
  tanggal: string;
  itemId: string | null;
  media: string;
  /** As the number input holds it: '' when empty. */
  ukuranMb: number | string;
  lokasi: string;
  petugasId: string | null;
  ujiPemulihan: RestoreTest;
  catatan: string;
};

/** The size to store: null when left empty, NaN (refused by the schema) when not a number. */
function megabytes(value: number | string): number | null {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number(value.replace(',', '.'));
}

const fieldsOf = (v: BackupValues) => ({
  ...v,
  itemId: v.itemId ?? '',
  petugasId: v.petugasId ?? '',
  ukuranMb: megabytes(v.ukuranMb),
});

/** Catat pencadangan data (SOP D langkah 7) and whether restoring it was tested. */
export function BackupForm({ people, items }: { people: PersonRow[]; items: BackupItem[] }) {
  const { write } = useServices();
  const petugas = petugasOf(people, write.actor());
  const today = useToday();
  const initialValues: BackupValues = {
    tanggal: today,
    itemId: null,
    media: '',
    ukuranMb: '',
    lokasi: '',
    petugasId: petugas.preselected,
    ujiPemulihan: 'tidak',
    catatan: '',
  };
  const { form, error, saving, onSubmit, restoredDraft, startOver } = useRecordForm({
    draftKey: 'security:backup',
    initialValues,
    validate: (v, day) => schemaErrors(backupSchema(day), fieldsOf(v)),
    save: (v) => recordBackup(write, fieldsOf(v), items),
    saved: 'Pencadangan data tercatat.',
    // The next item is often backed up the same day, to the same place.
    next: (v) => ({
      ...initialValues,
      tanggal: v.tanggal,
      petugasId: v.petugasId,
      media: v.media,
      lokasi: v.lokasi,
    }),
  });

  return (
    <RecordFormFrame
      title="Catat pencadangan data"
      onSubmit={onSubmit}
      restoredDraft={restoredDraft}
      onStartOver={startOver}
      error={error}
      saving={saving}
      submitLabel="Simpan Pencadangan"
    >
      <SimpleGrid cols={3}>
        <TanggalInput
          label="Tanggal pencadangan"
          today={today}
          input={form.getInputProps('tanggal')}
        />
        <Select
          label="Data yang dicadangkan"
          withAsterisk
          searchable
          data={items.map((i) => ({ value: i.id, label: i.nama }))}
          {...form.getInputProps('itemId')}
        />
        <PetugasSelect petugas={petugas} input={form.getInputProps('petugasId')} />
        <Autocomplete
          label="Media"
          withAsterisk
          placeholder="Pilih atau ketik sendiri"
          data={[...BACKUP_MEDIA]}
          {...form.getInputProps('media')}
        />
        <NumberInput
          label="Ukuran (MB)"
          placeholder="Boleh dikosongkan"
          min={0}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator="."
          hideControls
          {...form.getInputProps('ukuranMb')}
        />
        <TextInput
          label="Lokasi penyimpanan"
          placeholder="mis. NAS ruang server, folder /sipp"
          {...form.getInputProps('lokasi')}
        />
      </SimpleGrid>
      <Input.Wrapper label="Uji pemulihan (restore)">
        <div>
          <SegmentedControl
            mt={4}
            data={RESTORE_TESTS.map((r) => ({ value: r, label: RESTORE_TEST_LABELS[r] }))}
            {...form.getInputProps('ujiPemulihan')}
          />
        </div>
      </Input.Wrapper>
      <Textarea label="Catatan" autosize minRows={2} {...form.getInputProps('catatan')} />
    </RecordFormFrame>
  );
}
