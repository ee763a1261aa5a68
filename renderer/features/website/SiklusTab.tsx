import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  CYCLE_STATUS_LABELS,
  cycleProgress,
  websiteStepRoles,
} from '../../../shared/website/cycle';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { errorMessage } from '../../api/client';
import type { PersonRow } from '../../db/rows';
import { useServices } from '../../kit/servicesContext';
import { readStepAuthority } from '../delegations/public';
import { readCurrentUser } from '../people/public';
import { CycleStepGate } from './CycleStepForm';
import { CycleTimeline } from './CycleTimeline';
import { ReportPanel } from './ReportPanel';
import { websiteReportData } from './websiteReportData';
import { cycleOfMonth, cycleSop, listCycleSteps, startCycle } from './websiteCycle';

/** The month's SOP F cycle: start it, its steps in order, the next step's form, the report. */
export function SiklusTab(props: {
  office: Office;
  bulan: string;
  periode: string;
  people: readonly PersonRow[];
  onPrint: (request: PdfDocumentRequest, name: string) => void;
}) {
  const { db, write } = useServices();
  const data = useLiveQuery(async () => {
    const cycle = await cycleOfMonth(db, props.bulan);
    if (!cycle) return { cycle: null } as const;
    const sop = await cycleSop(db, cycle);
    const month = await websiteReportData(db, cycle.bulan);
    return {
      cycle,
      month,
      sop,
      procedure: sop?.procedures.find((p) => p.key === 'F'),
      steps: await listCycleSteps(db, cycle.id),
      authority: await readStepAuthority(db),
      currentUser: await readCurrentUser(db),
    };
  }, [db, props.bulan]);
  if (!data) return null;
  if (!data.cycle) {
    const start = async () => {
      try {
        await startCycle(write, { bulan: props.bulan });
      } catch (error) {
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    };
    return (
      <Stack align="flex-start">
        <Text>Pemeliharaan website bulan {props.periode} belum dimulai.</Text>
        <Button onClick={() => void start()}>Mulai pemeliharaan bulan {props.periode}</Button>
      </Stack>
    );
  }
  const { cycle, procedure, steps } = data;
  if (!procedure) return <Alert color="red">Prosedur F siklus ini tidak ditemukan.</Alert>;
  const progress = cycleProgress(procedure, steps, cycle.status, cycle.dimulaiPada);
  const roles = websiteStepRoles(procedure);
  const stepOf = (role: string) => roles.find((r) => r.role === role)?.step.no ?? null;
  return (
    <Stack>
      <Group>
        <Badge
          color={cycle.status === 'selesai' ? 'green' : cycle.status === 'ditolak' ? 'red' : 'blue'}
          data-testid="status-siklus"
        >
          {CYCLE_STATUS_LABELS[cycle.status]}
        </Badge>
        <Text size="sm" c="dimmed">
          SOP {data.sop?.judul ?? cycle.sopId}
          {data.sop?.pengadilan ? ` (${data.sop.pengadilan})` : ''}, revisi {cycle.sopRevision}
          {cycle.adaTerlambat && ' · ada langkah terlambat'}
        </Text>
      </Group>
      <Text size="sm" data-testid="bukti-bulan-ini">
        Bulan ini: {data.month.checks.length} pemeriksaan ketersediaan, {data.month.backups.length}{' '}
        cadangan website (log pencadangan), {data.month.reviews.length} tinjauan pengunjung,{' '}
        {data.month.incidents.length} masalah.
      </Text>
      <CycleTimeline procedure={procedure} steps={steps} people={props.people} />
      {progress.next && (
        <CycleStepGate
          cycle={cycle}
          procedure={procedure}
          step={progress.next}
          authority={data.authority}
          currentUser={data.currentUser}
        />
      )}
      <ReportPanel
        key={cycle.id}
        office={props.office}
        cycle={cycle}
        steps={steps}
        reportStepNo={stepOf('laporan')}
        decisionStepNo={stepOf('tindakan')}
        people={props.people}
        onPrint={props.onPrint}
      />
    </Stack>
  );
}
