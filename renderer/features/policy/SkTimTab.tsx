import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import { skTimSchema } from '../../../shared/policy/schema';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { PolicyDecreeRow } from '../../db/policyRows';
import type { PersonRow } from '../../db/rows';
import { TanggalInput } from '../../kit/TanggalInput';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from '../../kit/FormFrame';
import { skTimRequest } from './policyPrints';
import { readSkTim, saveSkTim } from './policyStore';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

type Anggota = { personId: string | null; kedudukan: string; tugas: string };
type Values = {
  nomor: string;
  tanggal: string;
  menimbang: string;
  mengingat: string;
  tugasTim: string;
  anggota: Anggota[];
};

const DEFAULT_MENIMBANG = [
  'bahwa untuk mendukung pelaksanaan tugas pokok dan fungsi pengadilan di bidang teknologi informasi, perlu dibentuk Tim Teknologi Informasi;',
  'bahwa nama-nama yang tercantum dalam Lampiran Keputusan ini dipandang cakap dan mampu untuk melaksanakan tugas tersebut;',
];
const DEFAULT_MENGINGAT = [
  'Undang-Undang Nomor 48 Tahun 2009 tentang Kekuasaan Kehakiman;',
  'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 1 Tahun 2024;',
  'Peraturan Mahkamah Agung Nomor 7 Tahun 2022 tentang Administrasi Perkara dan Persidangan di Pengadilan secara Elektronik;',
];
const DEFAULT_TUGAS = [
  'Menyusun kebijakan, rencana program dan anggaran teknologi informasi;',
  'Mengelola infrastruktur, aplikasi dan situs web pengadilan;',
  'Melaporkan pelaksanaan tugas kepada Ketua secara berkala.',
];

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function valuesOf(decree: PolicyDecreeRow | undefined, today: string): Values {
  return {
    nomor: decree?.nomor ?? '',
    tanggal: decree?.tanggal ?? today,
    menimbang: (decree?.menimbang ?? DEFAULT_MENIMBANG).join('\n'),
    mengingat: (decree?.mengingat ?? DEFAULT_MENGINGAT).join('\n'),
    tugasTim: (decree?.tugasTim ?? DEFAULT_TUGAS).join('\n'),
    anggota: decree?.anggota.map((a) => ({ ...a })) ?? [
      { personId: null, kedudukan: 'Ketua Tim', tugas: '' },
    ],
  };
}

/** The SK Tim TI of a year: members from Pegawai with their place and duties; the decree printed. */
export function SkTimTab(props: {
  office: Office;
  people: readonly PersonRow[];
  onPrint: (request: PdfDocumentRequest, name: string) => void;
}) {
  const { db, write } = useServices();
  const [tahun, setTahun] = useState<number>(write.now().getFullYear() + 1);
  const decree = useLiveQuery(async () => ({ row: await readSkTim(db, tahun) }), [db, tahun]);
  return (
    <Stack>
      <Group align="flex-end">
        <NumberInput
          label="Tahun SK"
          w={120}
          value={tahun}
          min={2000}
          max={2999}
          onChange={(v) => setTahun(Number(v) || tahun)}
        />
        <Button
          variant="default"
          disabled={!decree?.row}
          onClick={() =>
            decree?.row &&
            props.onPrint(
              skTimRequest(props.office, decree.row, props.people, write.now()),
              `SK Tim TI ${tahun}`,
            )
          }
        >
          Cetak SK Tim TI
        </Button>
        {!decree?.row && (
          <Text size="sm" c="dimmed">
            Simpan SK tahun ini untuk mencetaknya.
          </Text>
        )}
      </Group>
      {decree && (
        <SkTimForm
          key={`${tahun}-${decree.row?._updatedAt ?? ''}`}
          tahun={tahun}
          decree={decree.row}
          people={props.people}
        />
      )}
    </Stack>
  );
}

function SkTimForm(props: {
  tahun: number;
  decree: PolicyDecreeRow | undefined;
  people: readonly PersonRow[];
}) {
  const { write } = useServices();
  const initialValues = valuesOf(props.decree, toIsoDate(write.now()));
  const toInput = (v: Values) => ({
    tahun: props.tahun,
    nomor: v.nomor,
    tanggal: v.tanggal,
    menimbang: lines(v.menimbang),
    mengingat: lines(v.mengingat),
    tugasTim: lines(v.tugasTim),
    anggota: v.anggota.map((a) => ({ ...a, personId: a.personId ?? '' })),
  });
  const { form, error, saving, onSubmit } = useSchemaForm({
    initialValues,
    validate: (v) => schemaErrors(skTimSchema, toInput(v)),
    save: (v) => saveSkTim(write, toInput(v)),
    saved: `SK Tim TI tahun ${props.tahun} tersimpan.`,
    next: (v) => v,
  });
  const options = props.people
    .filter((p) => p.aktif)
    .map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }));
  return (
    <FormFrame
      title={`SK Tim TI tahun ${props.tahun}`}
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Simpan SK Tim TI"
    >
      <SimpleGrid cols={2}>
        <TextInput
          label="Nomor keputusan"
          description="Kosongkan bila nomor diberikan kemudian."
          {...form.getInputProps('nomor')}
        />
        <TanggalInput label="Tanggal ditetapkan" withAsterisk {...form.getInputProps('tanggal')} />
      </SimpleGrid>
      <Textarea
        label="Menimbang (satu butir per baris)"
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('menimbang')}
      />
      <Textarea
        label="Mengingat (satu dasar hukum per baris)"
        withAsterisk
        autosize
        minRows={3}
        {...form.getInputProps('mengingat')}
      />
      <Textarea
        label="Tugas tim (satu tugas per baris)"
        withAsterisk
        autosize
        minRows={3}
        {...form.getInputProps('tugasTim')}
      />
      <Text fw={500} size="sm">
        Anggota tim
      </Text>
      {form.errors.anggota && (
        <Text c="red" size="sm">
          {form.errors.anggota}
        </Text>
      )}
      {form.values.anggota.map((_, i) => (
        <Paper key={i} withBorder p="xs">
          <SimpleGrid cols={3}>
            <Select
              label="Pegawai"
              withAsterisk
              searchable
              data={options}
              {...form.getInputProps(`anggota.${i}.personId`)}
            />
            <TextInput
              label="Kedudukan dalam tim"
              withAsterisk
              {...form.getInputProps(`anggota.${i}.kedudukan`)}
            />
            <TextInput label="Tugas" {...form.getInputProps(`anggota.${i}.tugas`)} />
          </SimpleGrid>
          <Group justify="flex-end" mt={4}>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() => form.removeListItem('anggota', i)}
            >
              Hapus anggota
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            form.insertListItem('anggota', { personId: null, kedudukan: 'Anggota', tugas: '' })
          }
        >
          Tambah anggota
        </Button>
      </Group>
    </FormFrame>
  );
}
