import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { priorityOf } from '../../../shared/requests/priority';
import {
  KECEPATAN,
  KECEPATAN_LABELS,
  LEVEL_LABELS,
  LEVELS,
  SIFAT,
  SIFAT_LABELS,
  type Disposition,
  type Level,
} from '../../../shared/requests/schema';
import { stepRole } from '../../../shared/requests/workflow';
import type { Procedure, Step } from '../../../shared/sop/schema';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import type { PersonRow, RequestRow } from '../../db/rows';
import { fromLocalInput, toLocalInput } from './receptionValues';
import type { RequestSettings } from './requestSettings';
import { recordStep } from './requestStore';
import { TanggalJamInput } from '../../kit/TanggalJamInput';
import type { StepPermission } from '../../../shared/office/stepActors';
import { ActingSigner } from '../delegations/public';

type Values = {
  selesaiLokal: string;
  catatan: string;
  output: string;
  keputusan: 'lanjut' | 'tolak';
  alasanTolak: string;
  tindakan: string;
  sukuCadang: string;
  hasil: string;
  urgensi: Level;
  dampak: Level;
  disposisi: Omit<Disposition, 'tanggal'>;
};

interface Props {
  request: RequestRow;
  procedure: Procedure;
  step: Step;
  people: PersonRow[];
  settings: RequestSettings;
  currentUser: string | null;
  /** Who records the step: the signed-in holder of its role, or a Plh./Plt. for one. */
  permission: Exclude<StepPermission, { kind: 'refused' }>;
  /** Plain steps right after it the same person may record with it (stepsTogether.ts). */
  together?: Step[];
}

/** Records the step now in hand, with what that kind of step asks for. */
export function StepForm({
  request,
  procedure,
  step,
  people,
  settings,
  permission,
  together = [],
}: Props) {
  const { db, write, rolesEvents } = useServices();
  const role = stepRole(procedure, step);
  const draftKey = `step:${request.id}:${step.no}`;
  const active = people.filter((p) => p.aktif);
  const fresh = (): Values => ({
    selesaiLokal: toLocalInput(write.now()),
    catatan: '',
    output: step.output,
    keputusan: 'lanjut',
    alasanTolak: '',
    tindakan: '',
    sukuCadang: '',
    hasil: '',
    urgensi: request.urgensiPemohon,
    dampak: 'sedang',
    disposisi: {
      // The disposition is given by whoever records its step (a Plh. on the official's behalf).
      dariPersonId: permission.person.id,
      sifat: 'biasa',
      kecepatan: 'biasa',
      diteruskanKepada: [],
      petunjuk: [],
      catatan: '',
    },
  });
  const form = useForm<Values>({ initialValues: fresh() });
  const draft = useDraft(db, draftKey, form.values, (values) => form.setValues(values));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The last step to record with this one, by the same person at the same time.
  const [until, setUntil] = useState(step.no);
  const options = (list: PersonRow[]) =>
    list.map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }));
  const v = form.values;

  const submit = async () => {
    const selesaiPada = fromLocalInput(v.selesaiLokal);
    if (!selesaiPada) {
      form.setFieldError('selesaiLokal', 'Isi tanggal dan jam selesai.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await recordStep(
        write,
        request,
        procedure,
        {
          requestId: request.id,
          stepNo: step.no,
          personId: permission.person.id,
          selesaiPada,
          catatan: v.catatan,
          output: v.output,
          keputusan: step.kind === 'decision' ? v.keputusan : null,
          alasanTolak: v.keputusan === 'tolak' ? v.alasanTolak : '',
          tindakan: v.tindakan,
          sukuCadang: v.sukuCadang,
          hasil: v.hasil,
        },
        {
          disposisi: role === 'disposition' ? { ...v.disposisi, tanggal: selesaiPada } : undefined,
          urgensi: role === 'priority' ? v.urgensi : undefined,
          dampak: role === 'priority' ? v.dampak : undefined,
        },
        settings,
        rolesEvents,
      );
      const alsoDone = together.filter((s) => s.no <= until);
      for (const next of alsoDone) {
        await recordStep(
          write,
          request,
          procedure,
          {
            requestId: request.id,
            stepNo: next.no,
            personId: permission.person.id,
            selesaiPada,
            catatan: '',
            output: next.output,
            keputusan: null,
            alasanTolak: '',
            tindakan: '',
            sukuCadang: '',
            hasil: '',
          },
          {},
          settings,
          rolesEvents,
        );
      }
      await draft.discard();
      const last = alsoDone.at(-1);
      notifications.show({
        color: 'green',
        message: last ? `Langkah ${step.no}–${last.no} tercatat.` : `Langkah ${step.no} tercatat.`,
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      bg="teal.0"
      component="form"
      aria-label={`Catat langkah ${step.no}`}
      // Enter in a field saves the step; in a text area (new lines) Ctrl+Enter does.
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (!saving) void submit();
      }}
      onKeyDown={(e: KeyboardEvent<HTMLElement>) => {
        if (e.key === 'Enter' && e.ctrlKey && e.target instanceof HTMLTextAreaElement) {
          e.preventDefault();
          if (!saving) void submit();
        }
      }}
    >
      <Stack gap="sm">
        <Title order={4}>
          Catat langkah {step.no}: {step.kegiatan}
        </Title>
        <DraftRestoredNotice
          shown={draft.fromDraft}
          onDiscard={() => {
            form.clearErrors();
            void draft.startOver(fresh());
          }}
        />
        <SimpleGrid cols={2}>
          <ActingSigner permission={permission} />
          <TanggalJamInput label="Selesai pada" {...form.getInputProps('selesaiLokal')} />
        </SimpleGrid>
        {role === 'disposition' && (
          <Paper withBorder p="sm">
            <Text fw={600} mb={4}>
              Lembar Disposisi
            </Text>
            <SimpleGrid cols={3}>
              <MultiSelect
                label="Diteruskan kepada"
                data={options(active)}
                searchable
                {...form.getInputProps('disposisi.diteruskanKepada')}
              />
              <Input.Wrapper label="Sifat">
                <div>
                  <SegmentedControl
                    data={SIFAT.map((s) => ({ value: s, label: SIFAT_LABELS[s] }))}
                    {...form.getInputProps('disposisi.sifat')}
                  />
                </div>
              </Input.Wrapper>
              <Input.Wrapper label="Kecepatan">
                <div>
                  <SegmentedControl
                    data={KECEPATAN.map((s) => ({ value: s, label: KECEPATAN_LABELS[s] }))}
                    {...form.getInputProps('disposisi.kecepatan')}
                  />
                </div>
              </Input.Wrapper>
            </SimpleGrid>
            <Checkbox.Group
              label="Dengan hormat harap"
              mt="sm"
              {...form.getInputProps('disposisi.petunjuk')}
            >
              <Group mt={4}>
                {settings.petunjuk.map((p) => (
                  <Checkbox key={p} value={p} label={p} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea
              label="Catatan disposisi"
              autosize
              mt="sm"
              {...form.getInputProps('disposisi.catatan')}
            />
          </Paper>
        )}
        {role === 'priority' && (
          <SimpleGrid cols={3}>
            <Input.Wrapper label="Urgensi">
              <div>
                <SegmentedControl
                  size="xs"
                  data={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
                  {...form.getInputProps('urgensi')}
                />
              </div>
            </Input.Wrapper>
            <Input.Wrapper label="Dampak">
              <div>
                <SegmentedControl
                  size="xs"
                  data={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
                  {...form.getInputProps('dampak')}
                />
              </div>
            </Input.Wrapper>
            <Input.Wrapper label="Prioritas">
              <Text fw={700} mt={6} data-testid="prioritas-hitung">
                {LEVEL_LABELS[priorityOf(settings.priorityMatrix, v.urgensi, v.dampak)]}
              </Text>
            </Input.Wrapper>
          </SimpleGrid>
        )}
        {step.kind === 'decision' && role !== 'disposition' && (
          <Input.Wrapper label="Keputusan">
            <div>
              <SegmentedControl
                data={[
                  { value: 'lanjut', label: 'Setuju, lanjutkan' },
                  { value: 'tolak', label: 'Tolak' },
                ]}
                {...form.getInputProps('keputusan')}
              />
            </div>
          </Input.Wrapper>
        )}
        {v.keputusan === 'tolak' && step.kind === 'decision' && (
          <Textarea
            label="Alasan penolakan"
            withAsterisk
            autosize
            {...form.getInputProps('alasanTolak')}
          />
        )}
        {role === 'handling' && (
          <SimpleGrid cols={3}>
            <Textarea label="Tindakan" autosize {...form.getInputProps('tindakan')} />
            <Textarea label="Suku cadang dipakai" autosize {...form.getInputProps('sukuCadang')} />
            <Textarea label="Hasil" autosize {...form.getInputProps('hasil')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={2}>
          <TextInput label="Output" {...form.getInputProps('output')} />
          <TextInput label="Catatan" {...form.getInputProps('catatan')} />
        </SimpleGrid>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end" align="flex-end">
          {together.length > 0 && (
            <Select
              label="Catat sekaligus (petugas dan waktu sama)"
              w={360}
              allowDeselect={false}
              value={String(until)}
              onChange={(v) => setUntil(Number(v ?? step.no))}
              data={[
                { value: String(step.no), label: `Hanya langkah ${step.no}` },
                ...together.map((s) => ({
                  value: String(s.no),
                  label: `Langkah ${step.no} sampai ${s.no}`,
                })),
              ]}
            />
          )}
          <Button type="submit" loading={saving} title="Enter">
            Catat Langkah {step.no}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
