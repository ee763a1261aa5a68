import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { REGULASI_STATUS_LABELS, regulasiSchema } from '../../../shared/policy/schema';
import type { RegulationRow } from '../../db/policyRows';
import { useServices } from '../../kit/servicesContext';
import { AttachmentList } from '../attachments/public';
import { FormFrame } from '../../kit/FormFrame';
import { listRegulasi, saveRegulasi } from './policyStore';
import {
  EMPTY_REGULASI,
  RegulasiFields,
  regulasiInput,
  type RegulasiValues,
} from './RegulasiFields';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

const STATUS_COLOR = { berlaku: 'green', dicabut: 'red', diubah: 'orange' } as const;

const valuesOf = (r: RegulationRow): RegulasiValues => ({
  jenis: r.jenis,
  nomor: r.nomor,
  tahun: r.tahun,
  tentang: r.tentang,
  status: r.status,
  diubahOleh: r.diubahOleh,
  berkas: r.berkas,
  lampiran: r.lampiran ?? [],
});

/**
 * The register of IT regulations: what the regulation step of SOP A gathers, or added here;
 * a regulation on record is changed here when another revokes or amends it.
 */
export function RegulasiTab() {
  const { db, write } = useServices();
  const rows = useLiveQuery(() => listRegulasi(db), [db]);
  const [editing, setEditing] = useState<RegulationRow | null>(null);
  const { form, error, saving, onSubmit } = useSchemaForm({
    initialValues: { ...EMPTY_REGULASI },
    validate: (v) => schemaErrors(regulasiSchema, regulasiInput(v)),
    save: (v) => saveRegulasi(write, regulasiInput(v), editing?.id ?? null),
    saved: editing ? 'Perubahan peraturan tersimpan.' : 'Peraturan tercatat.',
    onSaved: () => setEditing(null),
  });
  const edit = (r: RegulationRow) => {
    setEditing(r);
    form.setValues(valuesOf(r));
    form.clearErrors();
  };
  const cancel = () => {
    setEditing(null);
    form.setValues({ ...EMPTY_REGULASI });
    form.clearErrors();
  };
  return (
    <Stack>
      <FormFrame
        title={
          editing
            ? `Ubah peraturan: ${editing.jenis} Nomor ${editing.nomor} Tahun ${editing.tahun}`
            : 'Catat peraturan'
        }
        onSubmit={onSubmit}
        error={error}
        saving={saving}
        submitLabel={editing ? 'Simpan Perubahan' : 'Simpan Peraturan'}
        onCancel={editing ? cancel : undefined}
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
            <Table.Th />
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
              <Table.Td>
                {r.berkas && <Text size="sm">{r.berkas}</Text>}
                {r.lampiran && r.lampiran.length > 0 && <AttachmentList lampiran={r.lampiran} />}
                {!r.berkas && !r.lampiran?.length && '-'}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={`Ubah ${r.jenis} Nomor ${r.nomor} Tahun ${r.tahun}`}
                  onClick={() => edit(r)}
                >
                  Ubah
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
          {rows?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
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
