import {
  Button,
  Checkbox,
  Divider,
  Group,
  Paper,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { formatTanggalIso } from '../../../shared/format/date';
import {
  incidentSchema,
  THIRD_PARTIES,
  THIRD_PARTY_LABELS,
  type IncidentInput,
  type ThirdParty,
} from '../../../shared/website/incident';
import type { BackupRow } from '../../db/rows';
import type { WebsiteIncidentRow, WebsiteSiteRow } from '../../db/websiteRows';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from '../../kit/FormFrame';
import { fromLocalInput, toLocalInput } from './localTime';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';
import { saveIncident } from './websiteStore';

type FollowUpValues = {
  pihak: ThirdParty;
  permintaan: string;
  dimintaLokal: string;
  dijawabLokal: string;
  jawaban: string;
};
type Values = {
  siteId: string;
  masalah: string;
  mulaiLokal: string;
  selesaiLokal: string;
  penanganan: string;
  tindakLanjut: FollowUpValues[];
  dipulihkan: boolean;
  pulihLokal: string;
  backupId: string;
  catatanPemulihan: string;
};

const local = (iso: string | null) => (iso ? toLocalInput(new Date(iso)) : '');
const instant = (v: string) => fromLocalInput(v) ?? '';
const optionalInstant = (v: string) => (v === '' ? null : instant(v));

function toInput(v: Values): IncidentInput {
  return {
    siteId: v.siteId,
    masalah: v.masalah,
    mulai: instant(v.mulaiLokal),
    selesai: optionalInstant(v.selesaiLokal),
    penanganan: v.penanganan,
    tindakLanjut: v.tindakLanjut.map((f) => ({
      pihak: f.pihak,
      permintaan: f.permintaan,
      dimintaPada: instant(f.dimintaLokal),
      dijawabPada: optionalInstant(f.dijawabLokal),
      jawaban: f.jawaban,
    })),
    pemulihan: v.dipulihkan
      ? { pada: instant(v.pulihLokal), backupId: v.backupId || null, catatan: v.catatanPemulihan }
      : null,
  };
}

/** A problem with a site: what and when, its handling, third parties asked, restore. */
export function IncidentForm(props: {
  sites: readonly WebsiteSiteRow[];
  backups: readonly BackupRow[];
  incident: WebsiteIncidentRow | null;
  onDone: () => void;
}) {
  const { write } = useServices();
  const now = toLocalInput(write.now());
  const i = props.incident;
  const initialValues: Values = {
    siteId: i?.siteId ?? props.sites[0]?.id ?? '',
    masalah: i?.masalah ?? '',
    mulaiLokal: i ? local(i.mulai) : now,
    selesaiLokal: local(i?.selesai ?? null),
    penanganan: i?.penanganan ?? '',
    tindakLanjut: (i?.tindakLanjut ?? []).map((f) => ({
      pihak: f.pihak,
      permintaan: f.permintaan,
      dimintaLokal: local(f.dimintaPada),
      dijawabLokal: local(f.dijawabPada),
      jawaban: f.jawaban,
    })),
    dipulihkan: Boolean(i?.pemulihan),
    pulihLokal: local(i?.pemulihan?.pada ?? null) || now,
    backupId: i?.pemulihan?.backupId ?? '',
    catatanPemulihan: i?.pemulihan?.catatan ?? '',
  };
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues,
    validate: (v) => {
      const errors = schemaErrors(incidentSchema, toInput(v));
      const renamed: typeof errors = {};
      for (const [k, m] of Object.entries(errors)) {
        const key = k
          .replace(/^mulai$/, 'mulaiLokal')
          .replace(/^selesai$/, 'selesaiLokal')
          .replace(/\.dimintaPada$/, '.dimintaLokal')
          .replace(/\.dijawabPada$/, '.dijawabLokal')
          .replace(/^pemulihan\.pada$/, 'pulihLokal')
          .replace(/^pemulihan\.catatan$/, 'catatanPemulihan');
        renamed[key] = m;
      }
      return renamed;
    },
    save: (v) => saveIncident(write, toInput(v), i?.id ?? null),
    saved: i ? 'Masalah diperbarui.' : 'Masalah tercatat.',
    onSaved: props.onDone,
  });
  return (
    <FormFrame
      title={i ? `Penanganan: ${i.masalah}` : 'Catat masalah'}
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Simpan"
      onCancel={props.onDone}
    >
      <Group grow align="flex-start">
        <Select
          label="Layanan"
          withAsterisk
          allowDeselect={false}
          data={props.sites.map((s) => ({ value: s.id, label: s.nama }))}
          {...form.getInputProps('siteId')}
        />
        <TanggalJamInput label="Mulai" withAsterisk {...form.getInputProps('mulaiLokal')} />
        <TanggalJamInput label="Selesai" {...form.getInputProps('selesaiLokal')} />
      </Group>
      <TextInput label="Masalah" withAsterisk {...form.getInputProps('masalah')} />
      <Textarea label="Penanganan" autosize minRows={2} {...form.getInputProps('penanganan')} />
      <Divider label="Tindak lanjut ke pihak ketiga" labelPosition="left" />
      {form.values.tindakLanjut.map((_, n) => (
        <Paper withBorder p="xs" key={n} data-testid={`tindak-lanjut-${n + 1}`}>
          <Stack gap="xs">
            <Group grow align="flex-start">
              <Select
                label="Pihak ketiga"
                allowDeselect={false}
                data={THIRD_PARTIES.map((p) => ({ value: p, label: THIRD_PARTY_LABELS[p] }))}
                {...form.getInputProps(`tindakLanjut.${n}.pihak`)}
              />
              <TanggalJamInput
                label="Diminta pada"
                withAsterisk
                {...form.getInputProps(`tindakLanjut.${n}.dimintaLokal`)}
              />
              <TanggalJamInput
                label="Dijawab pada"
                {...form.getInputProps(`tindakLanjut.${n}.dijawabLokal`)}
              />
            </Group>
            <TextInput
              label="Yang diminta"
              withAsterisk
              {...form.getInputProps(`tindakLanjut.${n}.permintaan`)}
            />
            <Group align="flex-end">
              <TextInput
                style={{ flex: 1 }}
                label="Jawaban"
                {...form.getInputProps(`tindakLanjut.${n}.jawaban`)}
              />
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => form.removeListItem('tindakLanjut', n)}
              >
                Hapus
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            form.insertListItem('tindakLanjut', {
              pihak: 'hosting',
              permintaan: '',
              dimintaLokal: toLocalInput(write.now()),
              dijawabLokal: '',
              jawaban: '',
            } satisfies FollowUpValues)
          }
        >
          Tambah tindak lanjut
        </Button>
      </Group>
      <Checkbox
        label="Dipulihkan dari cadangan setelah masalah selesai"
        {...form.getInputProps('dipulihkan', { type: 'checkbox' })}
      />
      {form.values.dipulihkan && (
        <Group grow align="flex-start">
          <TanggalJamInput
            label="Dipulihkan pada"
            withAsterisk
            {...form.getInputProps('pulihLokal')}
          />
          <Select
            label="Dari cadangan (log pencadangan)"
            clearable
            data={props.backups.map((b) => ({
              value: b.id,
              label: `${formatTanggalIso(b.tanggal)} · ${b.media}`,
            }))}
            {...form.getInputProps('backupId')}
          />
          <TextInput
            label="Catatan pemulihan"
            withAsterisk
            {...form.getInputProps('catatanPemulihan')}
          />
        </Group>
      )}
    </FormFrame>
  );
}
