import { Badge, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { REGULASI_STATUS_LABELS, regulasiSchema } from '../../../shared/policy/schema';
import { useServices } from '../../kit/servicesContext';
import { FormFrame } from './FormFrame';
import { listRegulasi, saveRegulasi } from './policyStore';
import { EMPTY_REGULASI, RegulasiFields, regulasiInput } from './RegulasiFields';
import { schemaErrors, usePolicyForm } from './usePolicyForm';

const STATUS_COLOR = { berlaku: 'green', dicabut: 'red', diubah: 'orange' } as const;

/** The register of IT regulations: what the regulation step of SOP A gathers, or added here. */
export function RegulasiTab() {
  const { db, write } = useServices();
  const rows = useLiveQuery(() => listRegulasi(db), [db]);
  const { form, error, saving, onSubmit } = usePolicyForm({
    initialValues: { ...EMPTY_REGULASI },
    validate: (v) => schemaErrors(regulasiSchema, regulasiInput(v)),
    save: (v) => saveRegulasi(write, regulasiInput(v)),
    saved: 'Peraturan tercatat.',
  });
  return (
    <Stack>
      <FormFrame
        title="Catat peraturan"
        onSubmit={onSubmit}
        error={error}
        saving={saving}
        submitLabel="Simpan Peraturan"
      >
        <RegulasiFields form={form} prefix="" />
      </FormFrame>
      <Table striped withTableBorder data-testid="daftar-peraturan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Jenis</Table.Th>
            <Table.Th>Nomor / Tahun</Table.Th>
            <Table.Th>Tentang</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Berkas</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows ?? []).map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.jenis}</Table.Td>
              <Table.Td>
                {r.nomor} Tahun {r.tahun}
              </Table.Td>
              <Table.Td>{r.tentang}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOR[r.status]}>
                  {REGULASI_STATUS_LABELS[r.status]}
                </Badge>
                {r.diubahOleh && (
                  <Text size="xs" c="dimmed">
                    oleh {r.diubahOleh}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.berkas || '-'}</Table.Td>
            </Table.Tr>
          ))}
          {rows?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" size="sm">
                  Belum ada peraturan tercatat.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
