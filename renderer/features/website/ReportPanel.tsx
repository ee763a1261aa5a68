import { Button, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { errorMessage } from '../../api/client';
import type { PersonRow } from '../../db/rows';
import type { WebsiteMaintenanceRow, WebsiteMaintenanceStepRow } from '../../db/websiteRows';
import { useServices } from '../../kit/servicesContext';
import { saveSituasi } from './websiteCycle';
import {
  laporanWebsiteRequest,
  websiteReportData,
  type PublishedProvider,
} from './websiteReportData';

const signerOf = (p: PersonRow | undefined) =>
  p ? { jabatan: p.jabatan, nama: p.nama, nip: p.nip } : null;

/**
 * The month's Laporan Situasi dan Kondisi Website: the operator's situasi text and the two
 * signers (Dibuat oleh: the operator who reported; Mengetahui: the PJ or the Sekretaris).
 */
export function ReportPanel(props: {
  office: Office;
  cycle: WebsiteMaintenanceRow;
  steps: readonly WebsiteMaintenanceStepRow[];
  reportStepNo: number | null;
  decisionStepNo: number | null;
  people: readonly PersonRow[];
  published?: PublishedProvider;
  onPrint: (request: PdfDocumentRequest, name: string) => void;
}) {
  const { db, write } = useServices();
  const active = props.people.filter((p) => p.aktif);
  const reporter = props.steps.find((s) => s.stepNo === props.reportStepNo)?.personId;
  const decider = props.steps.find((s) => s.stepNo === props.decisionStepNo)?.personId;
  const firstWith = (...roles: string[]) =>
    active.find((p) => roles.some((r) => p.roles.includes(r as PersonRow['roles'][number])))?.id;
  const [situasi, setSituasi] = useState(props.cycle.situasi);
  const [dibuatId, setDibuatId] = useState<string | null>(
    reporter ?? write.actor() ?? firstWith('operator') ?? null,
  );
  const [mengetahuiId, setMengetahuiId] = useState<string | null>(
    decider ?? firstWith('penanggungJawab', 'sekretaris') ?? null,
  );
  const [busy, setBusy] = useState(false);
  const people = active.map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }));
  const print = async () => {
    setBusy(true);
    try {
      if (situasi !== props.cycle.situasi) await saveSituasi(write, props.cycle.id, situasi);
      const data = await websiteReportData(db, props.cycle.bulan, props.published);
      const request = laporanWebsiteRequest({
        office: props.office,
        data,
        situasi,
        tanggal: toIsoDate(write.now()),
        dibuat: signerOf(props.people.find((p) => p.id === dibuatId)),
        mengetahui: signerOf(props.people.find((p) => p.id === mengetahuiId)),
        now: write.now(),
      });
      props.onPrint(request, `Laporan Situasi dan Kondisi Website ${request.periode}`);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Laporan belum dapat dicetak',
        message: errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Laporan Situasi dan Kondisi Website</Title>
        <Textarea
          label="Situasi dan kondisi"
          description="Ringkasan keadaan website bulan ini, permasalahan dan alternatif pemecahannya."
          autosize
          minRows={3}
          maxLength={4000}
          value={situasi}
          onChange={(e) => setSituasi(e.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <Select
            label="Dibuat oleh"
            searchable
            data={people}
            value={dibuatId}
            onChange={setDibuatId}
          />
          <Select
            label="Mengetahui (PJ/Sekretaris)"
            searchable
            data={people}
            value={mengetahuiId}
            onChange={setMengetahuiId}
          />
        </Group>
        <Group justify="flex-end">
          <Button loading={busy} onClick={() => void print()}>
            Cetak laporan
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
