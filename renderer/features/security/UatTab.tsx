import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  APPROVAL_LABELS,
  RECOMMENDATION_LABELS,
  UAT_RESULT_LABELS,
} from '../../../shared/security/schema';
import { useServices } from '../../kit/servicesContext';
import { Tag } from './Tag';
import type { PersonRow, UatRow } from '../../db/rows';
import { readRequestSettings } from '../requests/public';
import { UatDecisionModal, type UatDecisionKind } from './UatDecisionModals';
import { UatForm } from './UatForm';
import { nameOf, tanggalLabel, UAT_STATUS_COLORS, UAT_STATUS_LABELS } from './securityLabels';
import { listUats, uatStatus } from './securityStore';

/** "Layak diterapkan — Nama, 22 November 2026", or a dash when not given yet. */
function decisionText(
  people: PersonRow[],
  d: { personId: string; tanggal: string; catatan: string } | null,
  label: string | null,
) {
  if (!d || !label) return <Text c="dimmed">—</Text>;
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {nameOf(people, d.personId)}, {tanggalLabel(d.tanggal)}
      </Text>
      {d.catatan && <Text size="xs">{d.catatan}</Text>}
    </div>
  );
}

/** Uji Penerimaan Aplikasi: the form, and each UAT with where it stands. */
export function UatTab({ people }: { people: PersonRow[] }) {
  const { db } = useServices();
  const data = useLiveQuery(
    async () => ({ uats: await listUats(db), settings: await readRequestSettings(db) }),
    [db],
  );
  const [deciding, setDeciding] = useState<{ uat: UatRow; kind: UatDecisionKind } | null>(null);
  const uats = data?.uats ?? [];
  const applications = [
    ...new Set([...(data?.settings.aplikasi ?? []), ...uats.map((u) => u.aplikasi)]),
  ];

  return (
    <Stack>
      <UatForm people={people} applications={applications} />
      <Table striped withTableBorder aria-label="Catatan uji penerimaan aplikasi">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tanggal</Table.Th>
            <Table.Th>Aplikasi</Table.Th>
            <Table.Th>Petugas</Table.Th>
            <Table.Th>Hasil uji</Table.Th>
            <Table.Th>Pertimbangan Kasubag</Table.Th>
            <Table.Th>Persetujuan</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {uats.map((u) => {
            const status = uatStatus(u);
            return (
              <Table.Tr key={u.id} data-testid={`uat-${u.aplikasi}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{tanggalLabel(u.tanggal)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {u.aplikasi}
                  </Text>
                  {u.versi && (
                    <Text size="xs" c="dimmed">
                      Versi {u.versi}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{nameOf(people, u.petugasId)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{UAT_RESULT_LABELS[u.hasil]}</Text>
                  {u.catatan && <Text size="xs">{u.catatan}</Text>}
                </Table.Td>
                <Table.Td>
                  {decisionText(
                    people,
                    u.pertimbangan,
                    u.pertimbangan && RECOMMENDATION_LABELS[u.pertimbangan.rekomendasi],
                  )}
                </Table.Td>
                <Table.Td>
                  {decisionText(
                    people,
                    u.persetujuan,
                    u.persetujuan && APPROVAL_LABELS[u.persetujuan.keputusan],
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={6} align="flex-start">
                    <Tag color={UAT_STATUS_COLORS[status]} testId="uat-status">
                      {UAT_STATUS_LABELS[status]}
                    </Tag>
                    <Group gap={4}>
                      {status === 'menungguPertimbangan' && (
                        <Button
                          size="compact-xs"
                          onClick={() => setDeciding({ uat: u, kind: 'pertimbangan' })}
                        >
                          Beri pertimbangan
                        </Button>
                      )}
                      {status === 'menungguPersetujuan' && (
                        <Button
                          size="compact-xs"
                          onClick={() => setDeciding({ uat: u, kind: 'persetujuan' })}
                        >
                          Beri persetujuan
                        </Button>
                      )}
                    </Group>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {data && uats.length === 0 && (
        <Text c="dimmed">Belum ada catatan uji penerimaan aplikasi.</Text>
      )}
      {deciding && (
        <UatDecisionModal
          uat={deciding.uat}
          kind={deciding.kind}
          people={people}
          onClose={() => setDeciding(null)}
        />
      )}
    </Stack>
  );
}
