import { Alert, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { contentStepRole } from '../../../shared/content/contentFlow';
import { contentStepSchema } from '../../../shared/content/schema';
import type { Procedure, Step } from '../../../shared/sop/schema';
import type { ContentItemRow } from '../../db/contentRows';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { useServices } from '../../kit/servicesContext';
import { permissionFor, type StepAuthority } from '../delegations/public';
import { readRequestSettings } from '../requests/public';
import { FormFrame } from '../../kit/FormFrame';
import { recordContentStep } from './contentSteps';
import { fromLocalInput, toLocalInput } from './localTime';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

type Values = {
  selesaiLokal: string;
  catatan: string;
  keputusan: 'lanjut' | 'tolak' | 'kembalikan' | '';
  alasanTolak: string;
  urlPublikasi: string;
  dipublikasiLokal: string;
};

/** Who a step waits for: the SOP's actor columns the (routed) step names. */
export function waitingFor(procedure: Procedure, step: Step): string {
  return step.actorIds
    .map((id) => procedure.actors.find((a) => a.id === id)?.label ?? id)
    .join(' / ');
}

/**
 * The item's next step of procedure E, for the signed-in person: the form when they hold the
 * step's role (or act for the official who does), otherwise who it waits for.
 */
export function ContentStepGate(props: {
  item: ContentItemRow;
  procedure: Procedure;
  step: Step;
  putaran: number;
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
          <Alert color="yellow" title={`Menunggu ${waitingFor(props.procedure, props.step)}`}>
            <Text size="sm">{permission.message}</Text>
          </Alert>
        </Stack>
      </Paper>
    );
  }
  return (
    <ContentStepForm
      {...props}
      asWho={
        permission.kind === 'delegate'
          ? `${permission.delegation.jenis} ${permission.official.jabatan} (${permission.official.nama})`
          : null
      }
    />
  );
}

function ContentStepForm(props: {
  item: ContentItemRow;
  procedure: Procedure;
  step: Step;
  putaran: number;
  asWho: string | null;
}) {
  const { db, write, rolesEvents } = useServices();
  const { step } = props;
  const role = contentStepRole(props.procedure, step);
  const now = toLocalInput(write.now());
  const initialValues: Values = {
    selesaiLokal: now,
    catatan: '',
    keputusan: role === 'keputusan' || role === 'periksa' ? 'lanjut' : '',
    alasanTolak: '',
    urlPublikasi: '',
    dipublikasiLokal: role === 'terbit' ? now : '',
  };
  const toInput = (v: Values) => ({
    contentId: props.item.id,
    stepNo: step.no,
    putaran: props.putaran,
    personId: write.actor() ?? '',
    selesaiPada: fromLocalInput(v.selesaiLokal) ?? '',
    catatan: v.catatan,
    keputusan: v.keputusan === '' ? null : v.keputusan,
    alasanTolak: v.alasanTolak,
    urlPublikasi: role === 'terbit' ? v.urlPublikasi.trim() || null : null,
    dipublikasiPada: role === 'terbit' ? fromLocalInput(v.dipublikasiLokal) : null,
  });
  const validate = (v: Values): FormErrors => {
    const errors: FormErrors = {};
    const own = schemaErrors(contentStepSchema, toInput(v));
    if (own.selesaiPada) errors.selesaiLokal = 'Isi tanggal dan jam selesai.';
    for (const [k, m] of Object.entries(own)) if (k !== 'selesaiPada') errors[k] = m;
    if (role === 'terbit') {
      if (!v.urlPublikasi.trim()) errors.urlPublikasi = 'Isi alamat URL konten yang terbit.';
      if (!fromLocalInput(v.dipublikasiLokal)) {
        errors.dipublikasiLokal = 'Isi tanggal dan jam publikasi.';
      }
      delete errors.dipublikasiPada;
    }
    return errors;
  };
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues,
    validate,
    save: async (v) => {
      const settings = await readRequestSettings(db);
      await recordContentStep(write, toInput(v), settings.officeHours, rolesEvents);
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
        Kelengkapan: {step.kelengkapan || '-'} · Output: {step.output || '-'} · Mutu baku:{' '}
        {step.waktu || 'tanpa batas waktu'}
      </Text>
      <TanggalJamInput label="Selesai pada" withAsterisk {...form.getInputProps('selesaiLokal')} />
      {role === 'periksa' && (
        <Radio.Group label="Hasil pemeriksaan" withAsterisk {...form.getInputProps('keputusan')}>
          <Group mt={6}>
            <Radio value="lanjut" label="Sesuai, lanjutkan" />
            <Radio value="kembalikan" label="Kembalikan ke Redaktur untuk perbaikan" />
          </Group>
        </Radio.Group>
      )}
      {role === 'keputusan' && (
        <Radio.Group label="Keputusan" withAsterisk {...form.getInputProps('keputusan')}>
          <Group mt={6}>
            <Radio value="lanjut" label="Disetujui untuk dipublikasi" />
            <Radio value="tolak" label="Ditolak" />
          </Group>
        </Radio.Group>
      )}
      {form.values.keputusan === 'tolak' && (
        <Textarea label="Alasan penolakan" withAsterisk {...form.getInputProps('alasanTolak')} />
      )}
      {role === 'terbit' && (
        <Group grow align="flex-start">
          <TextInput
            label="Alamat URL publikasi"
            withAsterisk
            placeholder="https://..."
            {...form.getInputProps('urlPublikasi')}
          />
          <TanggalJamInput
            label="Dipublikasikan pada"
            withAsterisk
            {...form.getInputProps('dipublikasiLokal')}
          />
        </Group>
      )}
      <Textarea
        label={form.values.keputusan === 'kembalikan' ? 'Catatan perbaikan' : 'Catatan'}
        withAsterisk={form.values.keputusan === 'kembalikan'}
        autosize
        minRows={2}
        {...form.getInputProps('catatan')}
      />
    </FormFrame>
  );
}
