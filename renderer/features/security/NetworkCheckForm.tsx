import { Input, SegmentedControl, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  NETWORK_STATUS_LABELS,
  NETWORK_STATUSES,
  networkCheckSchema,
  type NetworkStatus,
} from '../../../shared/security/schema';
import { useServices } from '../../kit/servicesContext';
import type { PersonRow } from '../../db/rows';
import { recordNetworkCheck } from './securityStore';
import { schemaErrors, useRecordForm, useToday } from './useRecordForm';
import { petugasOf, PetugasSelect, RecordFormFrame, TanggalInput } from './RecordFormParts';

type NetworkValues = {
  tanggal: string;
  petugasId: string | null;
  objek: string;
  status: NetworkStatus;
  temuan: string;
  tindakan: string;
};

function validate(v: NetworkValues, today: string) {
  const errors = schemaErrors(networkCheckSchema(today), {
    ...v,
    petugasId: v.petugasId ?? '',
  });
  // The schema checks temuan only once the rest is valid; say it at once.
  if (v.status !== 'normal' && !v.temuan.trim()) errors.temuan ??= 'Tuliskan temuannya.';
  return errors;
}

/** Catat pemantauan jaringan (SOP D langkah 1). */
export function NetworkCheckForm({ people }: { people: PersonRow[] }) {
  const { write } = useServices();
  const petugas = petugasOf(people, write.actor());
  const today = useToday();
  const initialValues: NetworkValues = {
    tanggal: today,
    petugasId: petugas.preselected,
    objek: '',
    status: 'normal',
    temuan: '',
    tindakan: '',
  };
  const { form, error, saving, onSubmit, restoredDraft, startOver } = useRecordForm({
    draftKey: 'security:network',
    initialValues,
    validate,
    save: (v) => recordNetworkCheck(write, { ...v, petugasId: v.petugasId ?? '' }),
    saved: 'Pemantauan jaringan tercatat.',
    next: (v) => ({ ...initialValues, tanggal: v.tanggal, petugasId: v.petugasId, objek: v.objek }),
  });
  const troubled = form.values.status !== 'normal';

  return (
    <RecordFormFrame
      title="Catat pemantauan jaringan"
      onSubmit={onSubmit}
      restoredDraft={restoredDraft}
      onStartOver={startOver}
      error={error}
      saving={saving}
      submitLabel="Simpan Pemantauan"
    >
      <SimpleGrid cols={3}>
        <TanggalInput
          label="Tanggal pemantauan"
          today={today}
          input={form.getInputProps('tanggal')}
        />
        <PetugasSelect petugas={petugas} input={form.getInputProps('petugasId')} />
        <TextInput
          label="Yang dipantau"
          withAsterisk
          placeholder="mis. LAN, internet, server SIPP"
          {...form.getInputProps('objek')}
        />
      </SimpleGrid>
      <Input.Wrapper label="Hasil pemantauan" withAsterisk>
        <div>
          <SegmentedControl
            mt={4}
            data={NETWORK_STATUSES.map((s) => ({ value: s, label: NETWORK_STATUS_LABELS[s] }))}
            {...form.getInputProps('status')}
          />
        </div>
      </Input.Wrapper>
      <SimpleGrid cols={2}>
        <Textarea
          label="Temuan"
          withAsterisk={troubled}
          description={troubled ? 'Gangguan atau ancaman yang ditemukan.' : 'Boleh dikosongkan.'}
          autosize
          minRows={2}
          {...form.getInputProps('temuan')}
        />
        <Textarea
          label="Tindakan pencegahan"
          description="Yang dilakukan untuk mengatasi atau mencegahnya."
          autosize
          minRows={2}
          {...form.getInputProps('tindakan')}
        />
      </SimpleGrid>
    </RecordFormFrame>
  );
}
