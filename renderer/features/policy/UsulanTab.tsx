import {
  Autocomplete,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatAngka } from '../../../shared/format/number';
import { formatTanggalIso, toIsoDate } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import {
  USULAN_STATUS_LABELS,
  USULAN_STATUSES,
  usulanSchema,
  type UsulanStatus,
} from '../../../shared/policy/schema';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { TanggalInput } from '../../kit/TanggalInput';
import { useServices } from '../../kit/servicesContext';
import { listUnits } from '../units/public';
import { FormFrame } from '../../kit/FormFrame';
import { formUsulanRequest } from './policyPrints';
import { listUsulan, recordUsulan } from './policyStore';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

type Values = {
  unit: string;
  judul: string;
  uraian: string;
  perkiraanBiaya: number | string;
  tahun: number | string;
  diterimaPada: string;
  status: UsulanStatus;
};

const asNumber = (v: number | string) => (v === '' ? Number.NaN : Number(v));
const toInput = (v: Values, today: string) => ({
  ...v,
  perkiraanBiaya: asNumber(v.perkiraanBiaya),
  tahun: asNumber(v.tahun),
  diterimaPada: v.diterimaPada || today,
});

/** Usulan program kerja dan anggaran TI received from the units, and the blank form. */
export function UsulanTab({
  office,
  onPrint,
}: {
  office: Office;
  onPrint: (request: PdfDocumentRequest, name: string) => void;
}) {
  const { db, write } = useServices();
  const today = toIsoDate(write.now());
  const nextYear = write.now().getFullYear() + 1;
  const usulan = useLiveQuery(() => listUsulan(db), [db]);
  const units = useLiveQuery(() => listUnits(db), [db]);
  const [tahunForm, setTahunForm] = useState<number | string>(nextYear);
  const initialValues: Values = {
    unit: '',
    judul: '',
    uraian: '',
    perkiraanBiaya: '',
    tahun: nextYear,
    diterimaPada: today,
    status: 'diterima',
  };
  const { form, error, saving, onSubmit } = useSchemaForm({
    initialValues,
    validate: (v) => schemaErrors(usulanSchema(toIsoDate(write.now())), toInput(v, today)),
    save: (v) => recordUsulan(write, toInput(v, today)),
    saved: 'Usulan tercatat.',
    next: (v) => ({ ...initialValues, tahun: v.tahun, diterimaPada: v.diterimaPada }),
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Unit mengisi Form Usulan Program Kerja dan Anggaran TI; usulan yang diterima dicatat di
          sini dan dapat dijadikan program dalam Rencana Program.
        </Text>
        <Group gap="xs" wrap="nowrap">
          <NumberInput
            aria-label="Tahun anggaran form usulan"
            w={90}
            value={tahunForm}
            onChange={setTahunForm}
            min={2000}
            max={2999}
          />
          <Button
            variant="default"
            onClick={() =>
              onPrint(
                formUsulanRequest(office, Number(tahunForm) || nextYear, write.now()),
                `Form Usulan Program Kerja dan Anggaran TI ${tahunForm}`,
              )
            }
          >
            Cetak Form Usulan Kosong
          </Button>
        </Group>
      </Group>
      <FormFrame
        title="Catat usulan yang diterima"
        onSubmit={onSubmit}
        error={error}
        saving={saving}
        submitLabel="Simpan Usulan"
      >
        <SimpleGrid cols={3}>
          <Autocomplete
            label="Unit pengusul"
            withAsterisk
            data={(units ?? []).map((u) => u.nama)}
            {...form.getInputProps('unit')}
          />
          <TextInput label="Judul usulan" withAsterisk {...form.getInputProps('judul')} />
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
        <SimpleGrid cols={3}>
          <NumberInput label="Tahun anggaran" withAsterisk {...form.getInputProps('tahun')} />
          <TanggalInput
            label="Tanggal diterima"
            withAsterisk
            maxDate={today}
            {...form.getInputProps('diterimaPada')}
          />
          <Select
            label="Status"
            data={USULAN_STATUSES.map((s) => ({ value: s, label: USULAN_STATUS_LABELS[s] }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <Textarea label="Uraian" autosize minRows={2} {...form.getInputProps('uraian')} />
      </FormFrame>
      <Table striped withTableBorder data-testid="daftar-usulan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Diterima</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th>Judul</Table.Th>
            <Table.Th>Tahun</Table.Th>
            <Table.Th ta="right">Perkiraan biaya (Rp)</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(usulan ?? []).map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{formatTanggalIso(u.diterimaPada)}</Table.Td>
              <Table.Td>{u.unit}</Table.Td>
              <Table.Td>{u.judul}</Table.Td>
              <Table.Td>{u.tahun}</Table.Td>
              <Table.Td ta="right">{formatAngka(u.perkiraanBiaya)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={u.status === 'diakomodasi' ? 'green' : 'gray'}>
                  {USULAN_STATUS_LABELS[u.status]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
          {usulan?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" size="sm">
                  Belum ada usulan.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
