import {
  Alert,
  Button,
  Divider,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { policyStepRole } from '../../../shared/policy/programFlow';
import { policyStepSchema, regulasiSchema } from '../../../shared/policy/schema';
import type { Procedure, Step } from '../../../shared/sop/schema';
import type { PolicyProgramRow } from '../../db/policyRows';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { useServices } from '../../kit/servicesContext';
import { permissionFor, type StepAuthority } from '../delegations/public';
import { readRequestSettings } from '../requests/public';
import { FormFrame } from '../../kit/FormFrame';
import { fromLocalInput, toLocalInput } from './localTime';
import { recordPolicyStep } from './programSteps';
import {
  EMPTY_REGULASI,
  RegulasiFields,
  regulasiInput,
  type RegulasiValues,
} from './RegulasiFields';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

type Values = {
  selesaiLokal: string;
  catatan: string;
  output: string;
  keputusan: 'lanjut' | 'tolak' | '';
  alasanTolak: string;
  regulasi: RegulasiValues[];
};

/**
 * The programme's next step of procedure A, for the signed-in person: the form when they
 * hold the step's role (or act for the official who does), otherwise who it waits for.
 */
export function PolicyStepGate(props: {
  program: PolicyProgramRow;
  procedure: Procedure;
  step: Step;
  startedAt: string;
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
    <PolicyStepForm
      {...props}
      asWho={
        permission.kind === 'delegate'
          ? `${permission.delegation.jenis} ${permission.official.jabatan} (${permission.official.nama})`
          : null
      }
    />
  );
}

function PolicyStepForm(props: {
  program: PolicyProgramRow;
  procedure: Procedure;
  step: Step;
  asWho: string | null;
}) {
  const { db, write, rolesEvents } = useServices();
  const { step } = props;
  const role = policyStepRole(props.procedure, step);
  const isDecision = step.kind === 'decision';
  const initialValues: Values = {
    selesaiLokal: toLocalInput(write.now()),
    catatan: '',
    output: step.output,
    keputusan: isDecision ? 'lanjut' : '',
    alasanTolak: '',
    regulasi: [],
  };
  const toInput = (v: Values) => ({
    programId: props.program.id,
    stepNo: step.no,
    personId: write.actor() ?? '',
    selesaiPada: fromLocalInput(v.selesaiLokal) ?? '',
    catatan: v.catatan,
    output: v.output,
    keputusan: v.keputusan === '' ? null : v.keputusan,
    alasanTolak: v.alasanTolak,
  });
  const validate = (v: Values): FormErrors => {
    const errors: FormErrors = {};
    const own = schemaErrors(policyStepSchema, toInput(v));
    if (own.selesaiPada) errors.selesaiLokal = 'Isi tanggal dan jam selesai.';
    for (const [k, m] of Object.entries(own)) if (k !== 'selesaiPada') errors[k] = m;
    v.regulasi.forEach((r, i) => {
      for (const [k, m] of Object.entries(schemaErrors(regulasiSchema, regulasiInput(r)))) {
        errors[`regulasi.${i}.${k}`] = m;
      }
    });
    return errors;
  };
  const { form, error, saving, onSubmit } = useSchemaForm({
    initialValues,
    validate,
    save: async (v) => {
      const settings = await readRequestSettings(db);
      await recordPolicyStep(
        write,
        toInput(v),
        settings.officeHours,
        v.regulasi.map(regulasiInput),
        rolesEvents,
      );
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
        Kelengkapan: {step.kelengkapan || '-'} · Mutu baku: {step.waktu || 'tanpa batas waktu'}
      </Text>
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
            <Radio value="lanjut" label="Ditetapkan / dilanjutkan" />
            <Radio value="tolak" label="Ditolak" />
          </Group>
        </Radio.Group>
      )}
      {form.values.keputusan === 'tolak' && (
        <Textarea label="Alasan penolakan" withAsterisk {...form.getInputProps('alasanTolak')} />
      )}
      {role === 'regulasi' && (
        <Stack gap="xs">
          <Divider label="Peraturan yang dihimpun (masuk ke tab Peraturan)" labelPosition="left" />
          {form.values.regulasi.map((_, i) => (
            <Paper key={i} withBorder p="xs">
              <RegulasiFields form={form} prefix={`regulasi.${i}.`} />
              <Group justify="flex-end" mt={4}>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => form.removeListItem('regulasi', i)}
                >
                  Hapus baris
                </Button>
              </Group>
            </Paper>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => form.insertListItem('regulasi', { ...EMPTY_REGULASI })}
            >
              Tambah peraturan
            </Button>
          </Group>
        </Stack>
      )}
    </FormFrame>
  );
}
