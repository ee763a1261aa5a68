import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatTanggalIso } from '../../../shared/format/date';
import {
  visitorReviewSchema,
  type VisitorReviewInput,
} from '../../../shared/website/visitorReview';
import type { WebsiteSiteRow } from '../../db/websiteRows';
import { DamagedRowsAlert } from '../../kit/DamagedRowsAlert';
import { TanggalInput } from '../../kit/TanggalInput';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from '../../kit/FormFrame';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';
import { listSites, listVisitorReviews, recordVisitorReview } from './websiteStore';

type Values = {
  siteId: string;
  dariTanggal: string;
  sampaiTanggal: string;
  jumlahKunjungan: number | string;
  temuan: string;
  mencurigakan: boolean;
  catatan: string;
};

const toInput = (v: Values): VisitorReviewInput => ({
  ...v,
  jumlahKunjungan: v.jumlahKunjungan === '' ? null : Number(v.jumlahKunjungan),
});

function ReviewForm(props: { sites: readonly WebsiteSiteRow[]; onDone: () => void }) {
  const { write } = useServices();
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues: {
      siteId: props.sites[0]?.id ?? '',
      dariTanggal: '',
      sampaiTanggal: '',
      jumlahKunjungan: '',
      temuan: '',
      mencurigakan: false,
      catatan: '',
    },
    validate: (v) => schemaErrors(visitorReviewSchema, toInput(v)),
    save: (v) => recordVisitorReview(write, toInput(v)),
    saved: 'Tinjauan pengunjung tercatat.',
    onSaved: props.onDone,
  });
  return (
    <FormFrame
      title="Catat tinjauan aktivitas pengunjung"
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
        <TanggalInput label="Dari tanggal" withAsterisk {...form.getInputProps('dariTanggal')} />
        <TanggalInput
          label="Sampai tanggal"
          withAsterisk
          {...form.getInputProps('sampaiTanggal')}
        />
        <NumberInput
          label="Jumlah kunjungan"
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          {...form.getInputProps('jumlahKunjungan')}
        />
      </Group>
      <Textarea
        label="Temuan"
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('temuan')}
      />
      <Checkbox
        label="Ada aktivitas yang mencurigakan"
        {...form.getInputProps('mencurigakan', { type: 'checkbox' })}
      />
      <TextInput
        label={form.values.mencurigakan ? 'Tindakan atas aktivitas mencurigakan' : 'Catatan'}
        withAsterisk={form.values.mencurigakan}
        {...form.getInputProps('catatan')}
      />
    </FormFrame>
  );
}

/** Reviews of the visitor activity (SOP F): what was found, anything suspicious. */
export function PengunjungTab() {
  const { db } = useServices();
  const data = useLiveQuery(
    async () => ({ sites: await listSites(db), reviews: await listVisitorReviews(db) }),
    [db],
  );
  const [adding, setAdding] = useState(false);
  if (!data) return null;
  const siteName = new Map(data.sites.rows.map((s) => [s.id, s.nama]));
  return (
    <Stack>
      <DamagedRowsAlert rows={data.reviews.damaged} what="tinjauan pengunjung" />
      <Group justify="flex-end">
        <Button onClick={() => setAdding(true)} disabled={data.sites.rows.length === 0}>
          Catat tinjauan
        </Button>
      </Group>
      {adding && <ReviewForm sites={data.sites.rows} onDone={() => setAdding(false)} />}
      {data.reviews.rows.length === 0 ? (
        <Text c="dimmed">Belum ada tinjauan aktivitas pengunjung.</Text>
      ) : (
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Layanan</Table.Th>
              <Table.Th>Periode</Table.Th>
              <Table.Th>Temuan</Table.Th>
              <Table.Th>Mencurigakan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.reviews.rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{siteName.get(r.siteId) ?? '(layanan dihapus)'}</Table.Td>
                <Table.Td>
                  {formatTanggalIso(r.dariTanggal)} s.d. {formatTanggalIso(r.sampaiTanggal)}
                </Table.Td>
                <Table.Td>
                  {r.temuan}
                  {r.jumlahKunjungan !== null && (
                    <Text size="xs" c="dimmed">
                      {r.jumlahKunjungan} kunjungan
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.mencurigakan ? (
                    <Badge color="red">Ada</Badge>
                  ) : (
                    <Badge color="green">Tidak ada</Badge>
                  )}
                  {r.catatan && <Text size="xs">{r.catatan}</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
