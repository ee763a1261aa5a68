import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatTanggalIso, toIsoDate } from '../../../shared/format/date';
import { formatAngka } from '../../../shared/format/number';
import { daysBetween, renewalDue, renewalLabel } from '../../../shared/website/renewals';
import { SITE_KIND_LABELS } from '../../../shared/website/schema';
import type { WebsiteSiteRow } from '../../db/websiteRows';
import { DamagedRowsAlert } from '../../kit/DamagedRowsAlert';
import { useServices } from '../../kit/servicesContext';
import { RenewalForm } from './RenewalForm';
import { SiteForm } from './SiteForm';
import { listRenewals, listSites } from './websiteStore';

function DueBadge({ site, today }: { site: WebsiteSiteRow; today: string }) {
  const due = renewalDue(site, today);
  if (!due) return <Badge color="green">Berlaku</Badge>;
  const color =
    due.kedaluwarsa || (due.ambang ?? 0) <= 7 ? 'red' : due.ambang === 30 ? 'orange' : 'yellow';
  return (
    <Badge color={color} title={renewalLabel(due)}>
      {due.kedaluwarsa ? 'Berakhir' : `≤ ${due.ambang} hari`}
    </Badge>
  );
}

type Editing =
  | { kind: 'baru' }
  | { kind: 'ubah'; site: WebsiteSiteRow }
  | { kind: 'perpanjang'; site: WebsiteSiteRow }
  | null;

/** The office's sites and services with their contracts, reminders and renewals. */
export function LayananTab() {
  const { db, write } = useServices();
  const data = useLiveQuery(
    async () => ({ sites: await listSites(db), renewals: await listRenewals(db) }),
    [db],
  );
  const [editing, setEditing] = useState<Editing>(null);
  if (!data) return null;
  const today = toIsoDate(write.now());
  const siteName = new Map(data.sites.rows.map((s) => [s.id, s.nama]));
  const done = () => setEditing(null);
  return (
    <Stack>
      <DamagedRowsAlert rows={data.sites.damaged} what="layanan website" />
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Pengingat muncul 60, 30 dan 7 hari sebelum kontrak berakhir.
        </Text>
        <Button onClick={() => setEditing({ kind: 'baru' })}>Tambah layanan</Button>
      </Group>
      {editing?.kind === 'baru' && <SiteForm site={null} onDone={done} />}
      {editing?.kind === 'ubah' && (
        <SiteForm key={editing.site.id} site={editing.site} onDone={done} />
      )}
      {editing?.kind === 'perpanjang' && (
        <RenewalForm key={editing.site.id} site={editing.site} onDone={done} />
      )}
      {data.sites.rows.length === 0 ? (
        <Text c="dimmed">
          Belum ada layanan. Tambahkan website, domain, hosting atau koneksi kantor.
        </Text>
      ) : (
        <Table striped withTableBorder data-testid="daftar-layanan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Layanan</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Penyedia</Table.Th>
              <Table.Th>Kontrak</Table.Th>
              <Table.Th>Biaya</Table.Th>
              <Table.Th>Sisa</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.sites.rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.nama}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {s.alamatUrl || 'tanpa alamat web'}
                  </Text>
                </Table.Td>
                <Table.Td>{SITE_KIND_LABELS[s.jenis]}</Table.Td>
                <Table.Td>{s.penyedia}</Table.Td>
                <Table.Td>
                  {formatTanggalIso(s.mulaiKontrak)} s.d. {formatTanggalIso(s.akhirKontrak)}
                  {s.nomorTagihan && (
                    <Text size="xs" c="dimmed">
                      Tagihan {s.nomorTagihan}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>Rp {formatAngka(s.biaya)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Text size="sm">{daysBetween(today, s.akhirKontrak)} hari</Text>
                    <DueBadge site={s} today={today} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing({ kind: 'perpanjang', site: s })}
                    >
                      Perpanjang
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing({ kind: 'ubah', site: s })}
                    >
                      Ubah
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data.renewals.rows.length > 0 && (
        <Stack gap={4}>
          <Text fw={500}>Riwayat perpanjangan</Text>
          {data.renewals.rows.map((r) => (
            <Text size="sm" key={r.id}>
              {siteName.get(r.siteId) ?? '(layanan dihapus)'}: {formatTanggalIso(r.mulaiKontrak)}{' '}
              s.d. {formatTanggalIso(r.akhirKontrak)} · Rp {formatAngka(r.biaya)} · tagihan{' '}
              {r.nomorTagihan}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
