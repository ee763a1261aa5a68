import { Alert, Badge, Button, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatTanggalIso, formatTanggalJam, toIsoDate } from '../../../shared/format/date';
import { availabilityText, monthAvailability } from '../../../shared/website/availability';
import { CHECK_INTERVALS_HOURS } from '../../../shared/website/checkSchedule';
import { certificateEndsSoon } from '../../../shared/website/renewals';
import { CHECK_METHOD_LABELS, isUp } from '../../../shared/website/schema';
import { errorMessage } from '../../api/client';
import type { WebsiteCheckRow, WebsiteSiteRow } from '../../db/websiteRows';
import { DamagedRowsAlert } from '../../kit/DamagedRowsAlert';
import { useServices } from '../../kit/servicesContext';
import { readCheckSchedule, saveCheckSchedule } from './checkScheduleStore';
import { ManualCheckForm } from './ManualCheckForm';
import { inSpan, monthSpan } from './monthSpan';
import { checkAllSites, checkSiteNow, listChecks, listSites } from './websiteStore';

const INTERVAL_LABELS: Record<number, string> = {
  1: 'Setiap jam',
  6: 'Setiap 6 jam',
  12: 'Setiap 12 jam',
  24: 'Setiap hari',
  168: 'Setiap minggu',
};

function CheckResult({ check, today }: { check: WebsiteCheckRow | undefined; today: string }) {
  if (!check)
    return (
      <Text size="sm" c="dimmed">
        Belum diperiksa
      </Text>
    );
  return (
    <Stack gap={2}>
      <Group gap={4}>
        <Badge color={isUp(check) ? 'green' : 'red'}>
          {check.statusHttp === null ? 'Tidak menjawab' : `Status ${check.statusHttp}`}
        </Badge>
        {check.waktuResponsMs !== null && <Text size="xs">{check.waktuResponsMs} ms</Text>}
        <Text size="xs" c="dimmed">
          {formatTanggalJam(new Date(check.waktu))} ({CHECK_METHOD_LABELS[check.cara].toLowerCase()}
          )
        </Text>
      </Group>
      {check.tlsBerakhir && (
        <Text size="xs" c={certificateEndsSoon(check.tlsBerakhir, today) ? 'red' : undefined}>
          Sertifikat TLS berlaku s.d. {formatTanggalIso(check.tlsBerakhir)}
          {certificateEndsSoon(check.tlsBerakhir, today) &&
            ' — segera berakhir, perpanjang sertifikat'}
        </Text>
      )}
      {check.catatan && (
        <Text size="xs" c="dimmed">
          {check.catatan}
        </Text>
      )}
    </Stack>
  );
}

/** Availability: check now through main, checks by hand, the month's share per site. */
export function KetersediaanTab({ bulan }: { bulan: string }) {
  const { db, write, api } = useServices();
  const data = useLiveQuery(
    async () => ({
      sites: await listSites(db),
      checks: await listChecks(db),
      schedule: await readCheckSchedule(db),
    }),
    [db],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  if (!data) return null;
  const today = toIsoDate(write.now());
  const span = monthSpan(bulan);
  const monthChecks = data.checks.rows.filter((c) => inSpan(c.waktu, span));
  const latest = (siteId: string) => data.checks.rows.find((c) => c.siteId === siteId);
  const soon = data.sites.rows.filter((s) => {
    const t = latest(s.id)?.tlsBerakhir;
    return t ? certificateEndsSoon(t, today) : false;
  });
  const run = async (key: string, work: () => Promise<unknown>) => {
    setBusy(key);
    try {
      await work();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Pemeriksaan gagal',
        message: errorMessage(error),
      });
    } finally {
      setBusy(null);
    }
  };
  const checkOne = (site: WebsiteSiteRow) => run(site.id, () => checkSiteNow(write, api, site));
  return (
    <Stack>
      <DamagedRowsAlert rows={data.checks.damaged} what="pemeriksaan ketersediaan" />
      {soon.length > 0 && (
        <Alert
          color="red"
          title="Sertifikat TLS segera berakhir"
          data-testid="peringatan-sertifikat"
        >
          {soon
            .map((s) => `${s.nama} (s.d. ${formatTanggalIso(latest(s.id)?.tlsBerakhir ?? '')})`)
            .join(', ')}
          : berakhir dalam 30 hari.
        </Alert>
      )}
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Switch
            label="Periksa otomatis"
            checked={data.schedule.aktif}
            onChange={(e) =>
              void saveCheckSchedule(db, { ...data.schedule, aktif: e.currentTarget.checked })
            }
          />
          <Select
            aria-label="Selang pemeriksaan otomatis"
            w={160}
            allowDeselect={false}
            data={CHECK_INTERVALS_HOURS.map((h) => ({
              value: String(h),
              label: INTERVAL_LABELS[h] ?? `${h} jam`,
            }))}
            value={String(data.schedule.setiapJam)}
            onChange={(v) =>
              v && void saveCheckSchedule(db, { ...data.schedule, setiapJam: Number(v) })
            }
          />
        </Group>
        <Group>
          <Button
            variant="default"
            onClick={() => setManual(true)}
            disabled={data.sites.rows.length === 0}
          >
            Catat pemeriksaan manual
          </Button>
          <Button
            loading={busy === 'semua'}
            onClick={() => void run('semua', () => checkAllSites(write, api))}
          >
            Periksa semua sekarang
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        Pemeriksaan dijalankan dari komputer ini: satu permintaan ke alamat situs (status HTTP,
        waktu respons dan masa berlaku sertifikat TLS); tidak ada data lain yang dikirim. Bila
        komputer tidak terhubung ke internet, catat pemeriksaan secara manual.
      </Text>
      {manual && <ManualCheckForm sites={data.sites.rows} onDone={() => setManual(false)} />}
      <Table withTableBorder striped data-testid="ketersediaan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Layanan</Table.Th>
            <Table.Th>Pemeriksaan terakhir</Table.Th>
            <Table.Th>Bulan ini</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.sites.rows.map((s) => {
            const a = monthAvailability(s.id, monthChecks, span);
            return (
              <Table.Tr key={s.id} data-testid={`ketersediaan-${s.nama}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.nama}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {s.alamatUrl || 'tanpa alamat web'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <CheckResult check={latest(s.id)} today={today} />
                </Table.Td>
                <Table.Td>
                  {availabilityText(a)} ({a.tersedia}/{a.pemeriksaan})
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={!s.alamatUrl}
                    loading={busy === s.id}
                    onClick={() => void checkOne(s)}
                  >
                    Periksa sekarang
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
