import { Modal, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { mayCorrectDecision } from '../../../shared/requests/corrections';
import type { Procedure } from '../../../shared/sop/schema';
import { errorMessage } from '../../api/client';
import type { RequestStepRow } from '../../db/rows';
import { CorrectionFooter } from './CorrectionFooter';
import { useServices } from '../../kit/servicesContext';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { fromLocalInput, toLocalInput } from './receptionValues';
import { correctStep } from './requestCorrections';
import type { RequestSettings } from './requestSettings';

interface Values {
  selesaiLokal: string;
  catatan: string;
  tindakan: string;
  sukuCadang: string;
  hasil: string;
  keputusan: 'lanjut' | 'tolak';
  alasanTolak: string;
  alasan: string;
}

/**
 * "Koreksi langkah": a recorded step's time and notes (its decision too when it is the last
 * step recorded), saved with the reason; which steps are done never changes.
 */
export function StepCorrectionModal({
  record,
  effective,
  procedure,
  settings,
  onClose,
}: {
  record: RequestStepRow;
  /** The records that count, to know whether this is the last one. */
  effective: readonly RequestStepRow[];
  procedure: Procedure;
  settings: RequestSettings;
  onClose: () => void;
}) {
  const { write } = useServices();
  const step = procedure.steps.find((s) => s.no === record.stepNo);
  const decision = step?.kind === 'decision' && mayCorrectDecision(record.stepNo, effective);
  const handling = Boolean(record.tindakan || record.sukuCadang || record.hasil);
  const form = useForm<Values>({
    initialValues: {
      selesaiLokal: toLocalInput(new Date(record.selesaiPada)),
      catatan: record.catatan,
      tindakan: record.tindakan,
      sukuCadang: record.sukuCadang,
      hasil: record.hasil,
      keputusan: record.keputusan ?? 'lanjut',
      alasanTolak: record.alasanTolak,
      alasan: '',
    },
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = form.values;
    const selesaiPada = fromLocalInput(v.selesaiLokal);
    const alasan = v.alasan.trim();
    if (!selesaiPada || !alasan) {
      form.setErrors({
        ...(selesaiPada ? {} : { selesaiLokal: 'Isi tanggal dan jam selesai.' }),
        ...(alasan ? {} : { alasan: 'Alasan perubahan wajib diisi.' }),
      });
      return;
    }
    setSaving(true);
    try {
      await correctStep(
        write,
        record.requestId,
        record.id,
        {
          selesaiPada,
          catatan: v.catatan.trim(),
          output: record.output,
          tindakan: v.tindakan.trim(),
          sukuCadang: v.sukuCadang.trim(),
          hasil: v.hasil.trim(),
          keputusan: decision ? v.keputusan : record.keputusan,
          alasanTolak:
            decision && v.keputusan === 'tolak' ? v.alasanTolak.trim() : record.alasanTolak,
        },
        alasan,
        procedure,
        settings.officeHours,
      );
      notifications.show({ color: 'green', message: `Langkah ${record.stepNo} dikoreksi.` });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Koreksi langkah ${record.stepNo}`} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TanggalJamInput
            label="Selesai pada"
            withAsterisk
            {...form.getInputProps('selesaiLokal')}
          />
          <Textarea label="Catatan" autosize minRows={1} {...form.getInputProps('catatan')} />
          {handling && (
            <>
              <Textarea label="Tindakan" autosize minRows={1} {...form.getInputProps('tindakan')} />
              <TextInput label="Suku cadang" {...form.getInputProps('sukuCadang')} />
              <TextInput label="Hasil" {...form.getInputProps('hasil')} />
            </>
          )}
          {decision && (
            <>
              <SegmentedControl
                aria-label="Keputusan"
                data={[
                  { value: 'lanjut', label: 'Lanjut' },
                  { value: 'tolak', label: 'Tolak' },
                ]}
                {...form.getInputProps('keputusan')}
              />
              {form.values.keputusan === 'tolak' && (
                <TextInput
                  label="Alasan penolakan"
                  withAsterisk
                  {...form.getInputProps('alasanTolak')}
                />
              )}
            </>
          )}
          <CorrectionFooter
            reason={form.getInputProps('alasan')}
            error={error}
            saving={saving}
            saveLabel="Simpan Koreksi"
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
