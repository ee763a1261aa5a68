import { ActionIcon, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatBulanTahun } from '../../../../shared/format/date';
import type { Office } from '../../../../shared/office/office';
import { useServices } from '../../../app/servicesContext';
import { listPeople } from '../../people/peopleStore';
import { readActiveProcedure } from '../../sop/activeProcedures';
import { loadMonthRecords } from './loadMonthRecords';
import { reportFigures } from '../../../../shared/maintenance/reportFigures';
import { ReportForm } from './ReportForm';
import { readReportWords } from './reportStore';
import { toIsoDate } from '../../../../shared/format/date';

/** Laporan Bulanan: the month's report of SOP C and D, counted from the records. */
export function MonthlyReportPage({ office }: { office: Office }) {
  const { db } = useServices();
  const now = new Date();
  const [shown, setShown] = useState({ year: now.getFullYear(), month: now.getMonth() + 1 });
  const { year, month } = shown;
  const data = useLiveQuery(async () => {
    const today = toIsoDate(new Date());
    return {
      key: `${year}-${month}`,
      figures: reportFigures(await loadMonthRecords(db, year, month, today)),
      words: await readReportWords(db, year, month),
      people: await listPeople(db),
      sop: (await readActiveProcedure(db, 'C'))?.entry.document ?? null,
    };
  }, [db, year, month]);
  const shift = (delta: number) => {
    const m = year * 12 + (month - 1) + delta;
    setShown({ year: Math.floor(m / 12), month: (m % 12) + 1 });
  };

  return (
    <Stack>
      <Title order={2}>Laporan Hasil Monitoring dan Pemeliharaan Perangkat TI</Title>
      <Group gap="xs">
        <ActionIcon variant="default" aria-label="Bulan sebelumnya" onClick={() => shift(-1)}>
          ‹
        </ActionIcon>
        <Text fw={600} w={160} ta="center">
          {formatBulanTahun(year, month)}
        </Text>
        <ActionIcon variant="default" aria-label="Bulan berikutnya" onClick={() => shift(1)}>
          ›
        </ActionIcon>
      </Group>
      {data && data.key === `${year}-${month}` ? (
        <ReportForm
          key={data.key}
          office={office}
          year={year}
          month={month}
          figures={data.figures}
          saved={data.words}
          people={data.people}
          sop={data.sop}
        />
      ) : (
        <Text c="dimmed">Menghitung dari catatan…</Text>
      )}
    </Stack>
  );
}
