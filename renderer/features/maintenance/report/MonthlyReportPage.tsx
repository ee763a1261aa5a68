import { Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import type { Office } from '../../../../shared/office/office';
import { MonthPicker, thisMonth } from '../../../kit/MonthPicker';
import { useServices } from '../../../kit/servicesContext';
import { listPeople } from '../../people/public';
import { readActiveProcedure } from '../../sop/public';
import { loadMonthRecords } from './loadMonthRecords';
import { reportFigures } from '../../../../shared/maintenance/reportFigures';
import { ReportForm } from './ReportForm';
import { readReportWords } from './reportStore';

/** Laporan Bulanan: the month's report of SOP C and D, counted from the records. */
export function MonthlyReportPage({ office }: { office: Office }) {
  const { db, write } = useServices();
  const [shown, setShown] = useState(() => thisMonth(write.now()));
  const { year, month } = shown;
  const data = useLiveQuery(async () => {
    return {
      key: `${year}-${month}`,
      figures: reportFigures(await loadMonthRecords(db, year, month, write.now())),
      words: await readReportWords(db, year, month),
      people: await listPeople(db),
      sop: (await readActiveProcedure(db, 'C'))?.entry.document ?? null,
    };
  }, [db, write, year, month]);

  return (
    <Stack>
      <Title order={2}>Laporan Hasil Monitoring dan Pemeliharaan Perangkat TI</Title>
      <MonthPicker value={shown} onChange={setShown} />
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
