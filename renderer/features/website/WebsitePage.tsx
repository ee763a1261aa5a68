import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatBulanTahun } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { MonthPicker, thisMonth } from '../../kit/MonthPicker';
import { useFirstTab } from '../../kit/firstTab';
import { useServices } from '../../kit/servicesContext';
import { listPeople } from '../people/public';
import { PdfPreviewModal } from '../print/public';
import { KetersediaanTab } from './KetersediaanTab';
import { LayananTab } from './LayananTab';
import { MasalahTab } from './MasalahTab';
import { PengunjungTab } from './PengunjungTab';
import { SiklusTab } from './SiklusTab';

/** Pemeliharaan Website (SOP F): services, availability, problems, visitors, the month's cycle. */
export function WebsitePage({ office }: { office: Office }) {
  const firstTab = useFirstTab(
    'website',
    ['layanan', 'ketersediaan', 'masalah', 'pengunjung', 'siklus'],
    'layanan',
  );
  const { db, write } = useServices();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const [month, setMonth] = useState(() => thisMonth(write.now()));
  const [preview, setPreview] = useState<{ request: PdfDocumentRequest; name: string } | null>(
    null,
  );
  if (!people) return null;
  const bulan = `${month.year}-${String(month.month).padStart(2, '0')}`;
  const periode = formatBulanTahun(month.year, month.month);
  const onPrint = (request: PdfDocumentRequest, name: string) => setPreview({ request, name });
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Pemeliharaan Website</Title>
          <Text c="dimmed">
            Pemeliharaan website (SOP prosedur F): layanan dan kontrak, ketersediaan, masalah,
            aktivitas pengunjung dan siklus bulanan.
          </Text>
        </div>
        <MonthPicker value={month} onChange={setMonth} />
      </Group>
      <Tabs defaultValue={firstTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="layanan">Layanan</Tabs.Tab>
          <Tabs.Tab value="ketersediaan">Ketersediaan</Tabs.Tab>
          <Tabs.Tab value="masalah">Masalah</Tabs.Tab>
          <Tabs.Tab value="pengunjung">Pengunjung</Tabs.Tab>
          <Tabs.Tab value="siklus">Siklus Bulanan</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="layanan">
          <LayananTab />
        </Tabs.Panel>
        <Tabs.Panel value="ketersediaan">
          <KetersediaanTab bulan={bulan} />
        </Tabs.Panel>
        <Tabs.Panel value="masalah">
          <MasalahTab />
        </Tabs.Panel>
        <Tabs.Panel value="pengunjung">
          <PengunjungTab />
        </Tabs.Panel>
        <Tabs.Panel value="siklus">
          <SiklusTab
            office={office}
            bulan={bulan}
            periode={periode}
            people={people}
            onPrint={onPrint}
          />
        </Tabs.Panel>
      </Tabs>
      <PdfPreviewModal
        title={preview?.name ?? ''}
        request={preview?.request ?? null}
        suggestedName={`${(preview?.name ?? '').replace(/[\\/:*?"<>|]+/g, '-')}.pdf`}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
