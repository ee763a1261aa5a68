import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatAngka } from '../../../shared/format/number';
import { toRoman } from '../../../shared/format/roman';
import type { Office } from '../../../shared/office/office';
import { penetapanStep, programProgress } from '../../../shared/policy/programFlow';
import { PROGRAM_ITEM_STATUS_LABELS, PROGRAM_STATUS_LABELS } from '../../../shared/policy/schema';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { PersonRow } from '../../db/rows';
import { useServices } from '../../kit/servicesContext';
import { readStepAuthority } from '../delegations/public';
import { readCurrentUser } from '../people/public';
import { FormFrame } from '../../kit/FormFrame';
import { PolicyStepGate } from './PolicyStepForm';
import { ProgramItemForm } from './ProgramItemForm';
import { rencanaProgramRequest } from './policyPrints';
import { listProgramItems, listUsulan } from './policyStore';
import { listPolicySteps, listPrograms, programProcedure, startProgram } from './programSteps';
import { StepTimeline } from './StepTimeline';
import { useSchemaForm } from '../../kit/useSchemaForm';

const STATUS_COLOR = { disusun: 'blue', ditetapkan: 'green', ditolak: 'red' } as const;

/** The year's Rencana Program TI: its lines, and its way through procedure A. */
export function ProgramTab(props: {
  office: Office;
  people: readonly PersonRow[];
  onPrint: (request: PdfDocumentRequest, name: string) => void;
}) {
  const { db } = useServices();
  const programs = useLiveQuery(() => listPrograms(db), [db]);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!programs) return null;
  const programId = chosen ?? programs[0]?.id ?? null;
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label="Rencana program"
          placeholder="Belum ada rencana program"
          w={360}
          data={programs.map((p) => ({ value: p.id, label: `${p.tahun}: ${p.judul}` }))}
          value={programId}
          onChange={setChosen}
          allowDeselect={false}
        />
      </Group>
      {programId ? (
        <ProgramDetail key={programId} programId={programId} {...props} />
      ) : (
        <Text c="dimmed">Mulai rencana program tahun berikutnya dengan formulir di bawah.</Text>
      )}
      <StartProgramForm onStarted={setChosen} />
    </Stack>
  );
}

function StartProgramForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { write } = useServices();
  const tahun = write.now().getFullYear() + 1;
  const initialValues = {
    tahun: tahun as number | string,
    judul: `Rencana Program TI Tahun ${tahun}`,
  };
  const { form, error, saving, onSubmit } = useSchemaForm({
    initialValues,
    validate: (v) => ({
      ...(Number.isInteger(Number(v.tahun)) && Number(v.tahun) >= 2000
        ? {}
        : { tahun: 'Isi tahun.' }),
      ...(v.judul.trim() ? {} : { judul: 'Judul rencana program wajib diisi.' }),
    }),
    save: async (v) =>
      onStarted(await startProgram(write, { tahun: Number(v.tahun), judul: v.judul })),
    saved: 'Rencana program dimulai pada langkah 1 SOP A.',
  });
  return (
    <FormFrame
      title="Mulai rencana program"
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Mulai Rencana Program"
    >
      <SimpleGrid cols={3}>
        <NumberInput label="Tahun program" withAsterisk {...form.getInputProps('tahun')} />
        <TextInput
          label="Judul"
          withAsterisk
          {...form.getInputProps('judul')}
          style={{ gridColumn: 'span 2' }}
        />
      </SimpleGrid>
    </FormFrame>
  );
}

function ProgramDetail(props: {
  programId: string;
  office: Office;
  people: readonly PersonRow[];
  onPrint: (request: PdfDocumentRequest, name: string) => void;
}) {
  const { db, write } = useServices();
  const data = useLiveQuery(async () => {
    const program = await db.policyPrograms.get(props.programId);
    if (!program) return null;
    return {
      program,
      procedure: await programProcedure(db, program),
      items: await listProgramItems(db, program.id),
      steps: await listPolicySteps(db, program.id),
      usulan: await listUsulan(db),
      authority: await readStepAuthority(db),
      currentUser: await readCurrentUser(db),
    };
  }, [db, props.programId]);
  if (!data) return null;
  const { program, procedure, items, steps, usulan } = data;
  if (!procedure) return <Text c="red">Prosedur A rencana program ini tidak ditemukan.</Text>;
  const progress = programProgress(procedure, steps, program.status, program.dimulaiPada);
  const names = new Map(props.people.map((p) => [p.id, p.nama]));
  const total = items.reduce((sum, i) => sum + i.perkiraanBiaya, 0);
  const print = () =>
    props.onPrint(
      rencanaProgramRequest({
        office: props.office,
        program,
        items,
        usulan,
        steps,
        penetapanStepNo: penetapanStep(procedure)?.no ?? null,
        people: props.people,
        now: write.now(),
      }),
      `Rencana Program TI ${program.tahun}`,
    );
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={3}>{program.judul}</Title>
          <Badge color={STATUS_COLOR[program.status]} data-testid="status-rencana">
            {PROGRAM_STATUS_LABELS[program.status]}
          </Badge>
          {program.adaTerlambat && <Badge color="orange">Ada langkah terlambat</Badge>}
        </Group>
        <Button variant="default" onClick={print}>
          Cetak Rencana Program
        </Button>
      </Group>
      <Table striped withTableBorder data-testid="daftar-program">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Program</Table.Th>
            <Table.Th>Tujuan / Output</Table.Th>
            <Table.Th ta="right">Biaya (Rp)</Table.Th>
            <Table.Th>Triwulan</Table.Th>
            <Table.Th>Penanggung jawab</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.program}</Table.Td>
              <Table.Td>
                <Text size="sm">{i.tujuan}</Text>
                <Text size="xs" c="dimmed">
                  {i.output}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatAngka(i.perkiraanBiaya)}</Table.Td>
              <Table.Td>{i.triwulan.map(toRoman).join(', ')}</Table.Td>
              <Table.Td>{names.get(i.penanggungJawabId) ?? '-'}</Table.Td>
              <Table.Td>{PROGRAM_ITEM_STATUS_LABELS[i.status]}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td colSpan={2} fw={600}>
              Jumlah
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {formatAngka(total)}
            </Table.Td>
            <Table.Td colSpan={3} />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {program.status === 'disusun' && (
        <ProgramItemForm
          programId={program.id}
          nextUrut={items.length + 1}
          people={props.people}
          usulan={usulan.filter((u) => u.tahun === program.tahun && u.status !== 'diakomodasi')}
        />
      )}
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Langkah SOP A (revisi {program.sopRevision})
        </Title>
        <StepTimeline procedure={procedure} steps={steps} people={props.people} />
      </Paper>
      {progress.next && (
        <PolicyStepGate
          key={progress.next.no}
          program={program}
          procedure={procedure}
          step={progress.next}
          startedAt={progress.nextStartedAt}
          authority={data.authority}
          currentUser={data.currentUser}
        />
      )}
    </Stack>
  );
}
