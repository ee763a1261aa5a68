import {
  ActionIcon,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { STEP_KINDS } from '../../../../shared/sop/schema';
import { STEP_KIND_LABELS } from '../sopLabels';
import type { SopEditValues } from './sopEditValues';

interface Props {
  form: UseFormReturnType<SopEditValues>;
  p: number;
  s: number;
  count: number;
  actorOptions: { value: string; label: string }[];
  waktuLabel: string;
  onInsertAfter: () => void;
}

/** One step of a procedure: what is done, by whom, and its time standard. */
export function StepEditor({ form, p, s, count, actorOptions, waktuLabel, onInsertAfter }: Props) {
  const path = `procedures.${p}.steps.${s}`;
  const actorError = Object.entries(form.errors).find(([k]) =>
    k.startsWith(`${path}.actorIds`),
  )?.[1];
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb={6}>
        <Text fw={700}>Langkah {s + 1}</Text>
        <Group gap={4}>
          <ActionIcon
            variant="subtle"
            aria-label={`Naikkan langkah ${s + 1}`}
            disabled={s === 0}
            onClick={() => form.reorderListItem(`procedures.${p}.steps`, { from: s, to: s - 1 })}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={`Turunkan langkah ${s + 1}`}
            disabled={s === count - 1}
            onClick={() => form.reorderListItem(`procedures.${p}.steps`, { from: s, to: s + 1 })}
          >
            ↓
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={`Sisipkan langkah setelah langkah ${s + 1}`}
            onClick={onInsertAfter}
          >
            +
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Hapus langkah ${s + 1}`}
            disabled={count === 1}
            onClick={() => form.removeListItem(`procedures.${p}.steps`, s)}
          >
            ✕
          </ActionIcon>
        </Group>
      </Group>
      <Textarea label="Kegiatan" autosize minRows={1} {...form.getInputProps(`${path}.kegiatan`)} />
      <SimpleGrid cols={3} mt={6}>
        <MultiSelect
          label="Pelaksana"
          data={actorOptions}
          {...form.getInputProps(`${path}.actorIds`)}
          error={actorError}
        />
        <Select
          label="Jenis simbol"
          data={STEP_KINDS.map((k) => ({ value: k, label: STEP_KIND_LABELS[k] }))}
          allowDeselect={false}
          {...form.getInputProps(`${path}.kind`)}
        />
        <TextInput label={waktuLabel} {...form.getInputProps(`${path}.waktu`)} />
        <TextInput label="Kelengkapan" {...form.getInputProps(`${path}.kelengkapan`)} />
        <TextInput label="Output" {...form.getInputProps(`${path}.output`)} />
        <TextInput
          label="Keterangan"
          placeholder="mis. 1 Minggu"
          {...form.getInputProps(`${path}.keterangan`)}
        />
      </SimpleGrid>
    </Paper>
  );
}
