import {
  Chip,
  Group,
  Input,
  NumberInput,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  PROGRAM_ITEM_STATUS_LABELS,
  PROGRAM_ITEM_STATUSES,
  programItemSchema,
  TRIWULAN,
  type ProgramItemStatus,
} from '../../../shared/policy/schema';
import { toRoman } from '../../../shared/format/roman';
import type { PolicyProposalRow } from '../../db/policyRows';
import type { PersonRow } from '../../db/rows';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from '../../kit/FormFrame';
import { addProgramItem } from './policyStore';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

type Values = {
  usulanId: string | null;
  program: string;
  tujuan: string;
  output: string;
  perkiraanBiaya: number | string;
  triwulan: string[];
  penanggungJawabId: string | null;
  status: ProgramItemStatus;
  realisasiBiaya: number | string;
  realisasi: string;
};

/** Adds a programme line to the year's plan, from a unit's proposal or on its own. */
export function ProgramItemForm(props: {
  programId: string;
  nextUrut: number;
  people: readonly PersonRow[];
  usulan: readonly PolicyProposalRow[];
}) {
  const { write } = useServices();
  const initialValues: Values = {
    usulanId: null,
    program: '',
    tujuan: '',
    output: '',
    perkiraanBiaya: '',
    triwulan: [],
    penanggungJawabId: null,
    status: 'direncanakan',
    realisasiBiaya: '',
    realisasi: '',
  };
  const toInput = (v: Values) => ({
    ...v,
    programId: props.programId,
    perkiraanBiaya: v.perkiraanBiaya === '' ? Number.NaN : Number(v.perkiraanBiaya),
    realisasiBiaya: v.realisasiBiaya === '' ? null : Number(v.realisasiBiaya),
    triwulan: v.triwulan.map(Number).sort(),
    penanggungJawabId: v.penanggungJawabId ?? '',
    urut: props.nextUrut,
  });
  const { form, error, saving, onSubmit } = useSchemaForm({
    initialValues,
    validate: (v) => schemaErrors(programItemSchema, toInput(v)),
    save: (v) => addProgramItem(write, toInput(v)),
    saved: 'Program ditambahkan ke rencana.',
  });
  const pickUsulan = (id: string | null) => {
    const chosen = props.usulan.find((u) => u.id === id);
    form.setFieldValue('usulanId', id);
    if (chosen) {
      form.setFieldValue('program', chosen.judul);
      form.setFieldValue('perkiraanBiaya', chosen.perkiraanBiaya);
      if (!form.values.tujuan) form.setFieldValue('tujuan', chosen.uraian);
    }
  };
  return (
    <FormFrame
      title="Tambah program"
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Tambah Program"
    >
      <SimpleGrid cols={3}>
        <Select
          label="Usulan asal"
          placeholder="Tanpa usulan unit"
          clearable
          searchable
          data={props.usulan.map((u) => ({ value: u.id, label: `${u.unit}: ${u.judul}` }))}
          value={form.values.usulanId}
          onChange={pickUsulan}
        />
        <TextInput label="Nama program" withAsterisk {...form.getInputProps('program')} />
        <NumberInput
          label="Perkiraan biaya (Rp)"
          withAsterisk
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          min={0}
          {...form.getInputProps('perkiraanBiaya')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Textarea
          label="Tujuan"
          withAsterisk
          autosize
          minRows={1}
          {...form.getInputProps('tujuan')}
        />
        <Textarea
          label="Output"
          withAsterisk
          autosize
          minRows={1}
          {...form.getInputProps('output')}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <Input.Wrapper label="Triwulan" withAsterisk error={form.errors.triwulan}>
          <Chip.Group multiple {...form.getInputProps('triwulan')}>
            <Group gap={6} mt={4}>
              {TRIWULAN.map((t) => (
                <Chip key={t} value={String(t)} size="sm">
                  {toRoman(t)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <Select
          label="Penanggung jawab"
          withAsterisk
          searchable
          data={props.people.filter((p) => p.aktif).map((p) => ({ value: p.id, label: p.nama }))}
          {...form.getInputProps('penanggungJawabId')}
        />
        <Select
          label="Status"
          allowDeselect={false}
          data={PROGRAM_ITEM_STATUSES.map((s) => ({
            value: s,
            label: PROGRAM_ITEM_STATUS_LABELS[s],
          }))}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
    </FormFrame>
  );
}
