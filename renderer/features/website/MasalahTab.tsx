import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import { awaitingAnswer, THIRD_PARTY_LABELS } from '../../../shared/website/incident';
import type { WebsiteIncidentRow } from '../../db/websiteRows';
import { DamagedRowsAlert } from '../../kit/DamagedRowsAlert';
import { useServices } from '../../kit/servicesContext';
import { listBackups } from '../security/public';
import { IncidentForm } from './IncidentForm';
import { WEBSITE_BACKUP_ITEM } from './websiteReportData';
import { listIncidents, listSites } from './websiteStore';

/** Problems with the sites, their handling and what third parties were asked. */
export function MasalahTab() {
  const { db } = useServices();
  const data = useLiveQuery(
    async () => ({
      sites: await listSites(db),
      incidents: await listIncidents(db),
      backups: (await listBackups(db)).filter(
        (b) => !b._deleted && b.itemId === WEBSITE_BACKUP_ITEM,
      ),
    }),
    [db],
  );
  const [editing, setEditing] = useState<WebsiteIncidentRow | 'baru' | null>(null);
  if (!data) return null;
  const siteName = new Map(data.sites.rows.map((s) => [s.id, s.nama]));
  return (
    <Stack>
      <DamagedRowsAlert rows={data.incidents.damaged} what="masalah website" />
      <Group justify="flex-end">
        <Button onClick={() => setEditing('baru')} disabled={data.sites.rows.length === 0}>
          Catat masalah
        </Button>
      </Group>
      {editing !== null && (
        <IncidentForm
          key={editing === 'baru' ? 'baru' : editing.id}
          sites={data.sites.rows}
          backups={data.backups}
          incident={editing === 'baru' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {data.incidents.rows.length === 0 ? (
        <Text c="dimmed">Belum ada masalah tercatat.</Text>
      ) : (
        <Table withTableBorder striped data-testid="daftar-masalah">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Masalah</Table.Th>
              <Table.Th>Waktu</Table.Th>
              <Table.Th>Pihak ketiga</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.incidents.rows.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {i.masalah}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {siteName.get(i.siteId) ?? '(layanan dihapus)'}
                    {i.penanganan && ` · ${i.penanganan}`}
                  </Text>
                  {i.pemulihan && (
                    <Text size="xs">Dipulihkan dari cadangan: {i.pemulihan.catatan}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{formatTanggalJam(new Date(i.mulai))}</Text>
                  {i.selesai && <Text size="xs">s.d. {formatTanggalJam(new Date(i.selesai))}</Text>}
                </Table.Td>
                <Table.Td>
                  {i.tindakLanjut.map((f, n) => (
                    <Text size="xs" key={n}>
                      {THIRD_PARTY_LABELS[f.pihak]}: {f.permintaan} (
                      {f.dijawabPada
                        ? `dijawab ${formatTanggalJam(new Date(f.dijawabPada))}`
                        : 'menunggu jawaban'}
                      )
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  {i.selesai ? (
                    <Badge color="green">Selesai</Badge>
                  ) : awaitingAnswer(i).length > 0 ? (
                    <Badge color="orange">Menunggu pihak ketiga</Badge>
                  ) : (
                    <Badge color="red">Belum selesai</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => setEditing(i)}>
                    Tangani
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
