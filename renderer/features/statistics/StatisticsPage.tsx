import {
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { NAMA_BULAN } from '../../../shared/format/calendarNames';
import type { Office } from '../../../shared/office/office';
import {
  PERIOD_KIND_LABELS,
  PERIOD_KINDS,
  periodLabel,
  type PeriodKind,
  type StatPeriod,
} from '../../../shared/statistics/period';
import { statisticsFor } from '../../../shared/statistics/statistics';
import { headline, statisticsTables } from '../../../shared/statistics/tables';
import { useSaveWorkbook } from '../../kit/saveWorkbook';
import { useServices } from '../../kit/servicesContext';
import { AnnualReportButton } from './AnnualReportButton';
import { StatSection } from './StatSection';
import { readStatisticsData } from './statisticsData';
import { keepPeriod, readKeptPeriod } from './statisticsPeriod';
import { writeStatisticsWorkbook } from './statisticsXlsx';

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** Statistik: the office's IT service in figures for a month, a quarter or a year. */
export function StatisticsPage({ office }: { office: Office }) {
  const { db, write } = useServices();
  const [period, setPeriodState] = useState<StatPeriod>(() => readKeptPeriod(write.now()));
  const setPeriod = (p: StatPeriod) => {
    keepPeriod(p);
    setPeriodState(p);
  };
  const read = useLiveQuery(
    () => readStatisticsData(db, write.now(), period.tahun),
    [db, write, period.tahun],
  );
  // While another year is read, the previous year's data is not shown as this year's.
  const data = read?.tahun === period.tahun ? read : undefined;
  const stats = useMemo(
    () => (data ? statisticsFor(data.prepared, data.other, period) : null),
    [data, period],
  );
  const tables = useMemo(() => (stats ? statisticsTables(stats) : []), [stats]);
  const { save, busy } = useSaveWorkbook();
  const label = periodLabel(period);

  const kindChanged = (jenis: PeriodKind) => {
    const month = write.now().getMonth() + 1;
    const ke = jenis === 'bulan' ? month : jenis === 'triwulan' ? Math.ceil(month / 3) : 1;
    setPeriod({ jenis, tahun: period.tahun, ke });
  };
  const years = data?.years ?? [period.tahun];
  const yearOptions = [...new Set([...years, period.tahun])].map(String);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Statistik</Title>
          <Text c="dimmed">Layanan TI kantor dalam angka: {label}</Text>
        </div>
        <Group>
          <Button
            variant="default"
            loading={busy}
            disabled={!stats}
            onClick={() =>
              void save(
                () => writeStatisticsWorkbook(label, tables),
                `statistik-ti-${label.toLowerCase().replace(/\s+/g, '-')}.xlsx`,
              )
            }
          >
            Ekspor .xlsx
          </Button>
          <AnnualReportButton office={office} data={data} period={period} />
        </Group>
      </Group>
      <Group align="flex-end">
        <SegmentedControl
          aria-label="Jenis periode"
          value={period.jenis}
          onChange={(v) => kindChanged(v as PeriodKind)}
          data={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))}
        />
        <Select
          label="Tahun"
          w={110}
          data={yearOptions}
          value={String(period.tahun)}
          onChange={(v) => v && setPeriod({ ...period, tahun: Number(v) })}
          allowDeselect={false}
        />
        {period.jenis !== 'tahun' && (
          <Select
            label={period.jenis === 'bulan' ? 'Bulan' : 'Triwulan'}
            w={160}
            data={(period.jenis === 'bulan' ? NAMA_BULAN : QUARTERS).map((n, i) => ({
              value: String(i + 1),
              label: n,
            }))}
            value={String(period.ke)}
            onChange={(v) => v && setPeriod({ ...period, ke: Number(v) })}
            allowDeselect={false}
          />
        )}
      </Group>
      {!stats && <Loader />}
      {stats && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4, lg: 7 }}>
            {headline(stats).map((h) => (
              <Paper withBorder p="sm" key={h.label}>
                <Text size="xs" c="dimmed">
                  {h.label}
                </Text>
                <Text fw={700} aria-label={h.label}>
                  {h.nilai}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {tables.map((t) => (
            <StatSection key={t.id} table={t} />
          ))}
        </>
      )}
    </Stack>
  );
}
