import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { periodLabel, type StatPeriod } from '../../../shared/statistics/period';
import { errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { PdfPreviewModal } from '../print/public';
import { annualPeriodOf, annualReportRequest } from './annualReportRequest';
import type { StatisticsData } from './statisticsData';

/** "Cetak Laporan Tahunan": the year of the period shown, or the quarter shown. */
export function AnnualReportButton({
  office,
  data,
  period,
}: {
  office: Office;
  data: StatisticsData | undefined;
  period: StatPeriod;
}) {
  const { db, write } = useServices();
  const [request, setRequest] = useState<PdfDocumentRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const target = annualPeriodOf(period);
  const open = async () => {
    if (!data) return;
    setBusy(true);
    try {
      setRequest(await annualReportRequest(db, data, office, target, write.now(), office.kertas));
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Laporan tidak dapat disusun',
        message: errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  };
  const label = periodLabel(target);
  return (
    <>
      <Button loading={busy} disabled={!data} onClick={() => void open()}>
        Cetak Laporan Tahunan
      </Button>
      <PdfPreviewModal
        title={`Laporan Tahunan TI — ${label}`}
        request={request}
        suggestedName={`laporan-tahunan-ti-${label.toLowerCase().replace(/\s+/g, '-')}.pdf`}
        onClose={() => setRequest(null)}
      />
    </>
  );
}
