import { Alert, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import {
  cycleStepSchema,
  WEBSITE_STEP_ROLE_LABELS,
  websiteStepRole,
} from '../../../shared/website/cycle';
import type { Procedure, Step } from '../../../shared/sop/schema';
import type { WebsiteMaintenanceRow } from '../../db/websiteRows';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { useServices } from '../../kit/servicesContext';
import { permissionFor, type StepAuthority } from '../delegations/public';
import { readRequestSettings } from '../requests/public';
import { FormFrame } from '../../kit/FormFrame';
import { fromLocalInput, toLocalInput } from './localTime';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';
import { recordCycleStep } from './websiteCycle';

type Values = {
  selesaiLokal: string;
  catatan: string;
  output: string;
  keputusan: 'lanjut' | 'tolak' | '';
  alasanTolak: string;
};

/** Where each step's own records are kept, so the operator knows what the step needs. */
const ROLE_HINTS: Record<string, string> = {
  pemantauan: 'Perlu paling sedikit satu pemeriksaan ketersediaan bulan ini (tab Ketersediaan).',
  pencadangan:
    'Catat cadangan website di log pencadangan (Pengamanan › Pencadangan, data "Website").',
  pengunjung: 'Catat tinjauan di tab Pengunjung.',
  pembaruan: 'Catat perpanjangan dengan tagihannya di tab Layanan.',
  laporan: 'Cetak Laporan Situasi dan Kondisi Website di bawah.',
  penanganan: 'Catat masalah dan tindak lanjut pihak ketiga di tab Masalah.',
  pemulihan: 'Catat pemulihan dari cadangan pada masalah yang selesai (tab Masalah).',
};

/** The month's next step of procedure F: the form for who may do it, else whom it waits for. */
export function CycleStepGate(props: {
  cycle: WebsiteMaintenanceRow;
  procedure: Procedure;
  step: Step;
  authority: StepAuthority;
  currentUser: string | null;
}) {
  const { write } = useServices();
  const permission = permissionFor(
    props.authority,
    props.procedure,
    props.step,
    props.currentUser,
    write.now(),
  );
  if (permission.kind === 'refused') {
    return (
      <Paper withBorder p="md" bg="gray.0" data-testid="langkah-menunggu">
        <Stack gap="xs">
          <Title order={4}>
            Langkah {props.step.no}: {props.step.kegiatan}
          </Title>
          <Alert color="yellow" title="Langkah ini bukan bagian Anda">
            <Text size="sm">{permission.message}</Text>
          </Alert>
        </Stack>
      </Paper>
    );
  }
  return (
    <CycleStepForm
      key={`${props.cycle.id}-${props.step.no}`}
      {...props}
      asWho={
        permission.kind === 'delegate'
          ? `${permission.delegation.jenis} ${permission.official.jabatan} (${permission.official.nama})`
          : null
      }
    />
  );
}

function CycleStepForm(props: {
  cycle: WebsiteMaintenanceRow;
  procedure: Procedure;
  step: Step;
  asWho: string | null;
}) {
  const { db, write, rolesEvents } = useServices();
  const { step } = props;
  const role = websiteStepRole(step, props.procedure.steps.indexOf(step));
  const isDecision = step.kind === 'decision';
  const toInput = (v: Values) => ({
    cycleId: props.cycle.id,
    stepNo: step.no,
    personId: write.actor() ?? '',
    selesaiPada: fromLocalInput(v.selesaiLokal) ?? '',
    catatan: v.catatan,
    output: v.output,
    keputusan: v.keputusan === '' ? null : v.keputusan,
    alasanTolak: v.alasanTolak,
  });
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues: {
      selesaiLokal: toLocalInput(write.now()),
      catatan: '',
      output: step.output,
      keputusan: isDecision ? 'lanjut' : '',
      alasanTolak: '',
    },
    validate: (v) => {
      const errors: FormErrors = {};
      for (const [k, m] of Object.entries(schemaErrors(cycleStepSchema, toInput(v)))) {
        errors[k === 'selesaiPada' ? 'selesaiLokal' : k] = m;
      }
      return errors;
    },
    save: async (v) => {
      const settings = await readRequestSettings(db);
      await recordCycleStep(write, toInput(v), settings.officeHours, rolesEvents);
    },
    saved: `Langkah ${step.no} tercatat.`,
  });
  return (
    <FormFrame
      title={`Catat langkah ${step.no}: ${step.kegiatan}`}
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Catat Langkah"
    >
      {props.asWho && <Alert color="blue">Anda mencatat langkah ini sebagai {props.asWho}.</Alert>}
      <Text size="sm" c="dimmed">
        {WEBSITE_STEP_ROLE_LABELS[role]} · Kelengkapan: {step.kelengkapan || '-'} · Mutu baku:{' '}
        {step.waktu || 'tanpa batas waktu'}
      </Text>
      {ROLE_HINTS[role] && <Text size="sm">{ROLE_HINTS[role]}</Text>}
      <Group grow align="flex-start">
        <TanggalJamInput
          label="Selesai pada"
          withAsterisk
          {...form.getInputProps('selesaiLokal')}
        />
        <Textarea label="Output" autosize minRows={1} {...form.getInputProps('output')} />
      </Group>
      <Textarea label="Catatan" autosize minRows={2} {...form.getInputProps('catatan')} />
      {isDecision && (
        <Radio.Group label="Keputusan" withAsterisk {...form.getInputProps('keputusan')}>
          <Group mt={6}>
            <Radio value="lanjut" label="Langkah pemecahan ditetapkan / dilanjutkan" />
            <Radio value="tolak" label="Dihentikan" />
          </Group>
        </Radio.Group>
      )}
      {form.values.keputusan === 'tolak' && (
        <Textarea label="Alasan" withAsterisk {...form.getInputProps('alasanTolak')} />
      )}
    </FormFrame>
  );
}
