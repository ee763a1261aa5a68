import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import { formatNip } from '../../../shared/format/nip';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { findNumberCollisions } from '../../../shared/requests/numberCollisions';
import { LEVEL_LABELS, SALURAN_LABELS } from '../../../shared/requests/schema';
import { readStepRecords } from '../../../shared/requests/stepConflicts';
import { progressOf, stepRole } from '../../../shared/requests/workflow';
import { useServices } from '../../kit/servicesContext';
import { RecordHistory } from '../audit/public';
import { isActiveAdministrator, readCurrentUser, listPeople } from '../people/public';
import { PdfPreviewModal } from '../print/public';
import { ClosureForm } from './ClosureForm';
import { useEscapeKey } from '../../kit/useEscapeKey';
import { RequestCollisionAlert } from './NumberCollisionAlert';
import { NumberHistoryPanel } from './NumberHistoryPanel';
import { LEVEL_COLORS, levelLabel, STATUS_COLORS, statusLabel } from './requestLabels';
import { disposisiRequest, formulirRequest } from './requestPrints';
import { readRequestSettings } from './requestSettings';
import { listSteps, procedureOf } from './requestStore';
import { StepConflictAlert } from './StepConflictAlert';
import { StepGate } from './StepGate';
import { readStepAuthority } from '../delegations/public';
import { StepTimeline } from './StepTimeline';
import { StepCorrectionModal } from './StepCorrectionModal';
import {
  CancelledNotice,
  CorrectionRefusalNote,
  RequestCorrectionActions,
} from './RequestCorrectionActions';
import { CORRECT_VERBS, requestCorrectionRefusal } from './requestCorrections';
import type { RequestStepRow } from '../../db/rows';
import { OutsideHoursHint } from './OutsideHoursNotice';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function RequestDetailPage({
  id,
  office,
  onBack,
}: {
  id: string;
  office: Office;
  onBack: () => void;
}) {
  const { db, write } = useServices();
  // Escape returns to the register; a half-typed step stays as its draft.
  useEscapeKey(onBack);
  const data = useLiveQuery(async () => {
    const request = await db.requests.get(id);
    if (!request) return { request: undefined };
    return {
      request,
      procedure: await procedureOf(db, request),
      steps: await listSteps(db, id),
      people: await listPeople(db),
      settings: await readRequestSettings(db),
      currentUser: await readCurrentUser(db),
      authority: await readStepAuthority(db),
      refusal: await requestCorrectionRefusal(write, request, CORRECT_VERBS),
      admin: await isActiveAdministrator(db, write.actor()),
      peers: await db.syncPeers.toArray(),
      sameNumber: await db.requests
        .where('[tahun+urut]')
        .equals([request.tahun, request.urut])
        .filter((r) => (r.lokasi ?? '') === (request.lokasi ?? ''))
        .toArray(),
    };
  }, [db, write, id]);
  const [correcting, setCorrecting] = useState<RequestStepRow | null>(null);
  const [preview, setPreview] = useState<{
    title: string;
    request: PdfDocumentRequest;
    file: string;
  } | null>(null);
  if (!data) return null;
  const { request } = data;
  if (!request || !data.procedure) {
    return (
      <Stack>
        <Text>Permintaan atau SOP-nya tidak ditemukan.</Text>
        <Button onClick={onBack}>Kembali ke Daftar Permintaan</Button>
      </Stack>
    );
  }
  const { procedure, steps, people, settings } = data;
  const cancelled = Boolean(request.pembatalan);
  const progress = progressOf(procedure, steps, request.status, request.diterimaPada);
  const reading = readStepRecords(steps);
  // The disposition was the last step done: its sheet is what goes round next.
  const lastDone = reading.effective.at(-1);
  const lastStep = procedure.steps.find((s) => s.no === lastDone?.stepNo);
  const disposedJustNow =
    lastStep !== undefined &&
    stepRole(procedure, lastStep) === 'disposition' &&
    request.status === 'berjalan';
  const fileBase = request.nomor.replace(/[\\/:*?"<>|]+/g, '-');
  const disposisi = disposisiRequest(
    office,
    office.kertas,
    request,
    people,
    settings.petunjuk,
    write.now(),
  );

  return (
    <Stack>
      <div>
        <Button variant="subtle" size="xs" px={0} onClick={onBack}>
          ← Daftar Permintaan
        </Button>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2}>Permintaan {request.nomor}</Title>
            <Group gap="xs">
              {request.nomorSementara && (
                <Badge color="orange" variant="outline">
                  Nomor sementara
                </Badge>
              )}
              {!request.pembatalan && (
                <Badge color={STATUS_COLORS[request.status]}>{statusLabel(request.status)}</Badge>
              )}
              {request.prioritas && (
                <Badge color={LEVEL_COLORS[request.prioritas]} variant="light">
                  Prioritas {levelLabel(request.prioritas)}
                </Badge>
              )}
              {request.adaTerlambat && <Badge color="red">Ada langkah terlambat</Badge>}
              {request.pembatalan && <Badge color="gray">Dibatalkan</Badge>}
            </Group>
            <CorrectionRefusalNote refusal={data.refusal} />
          </div>
          <Group>
            <RequestCorrectionActions
              request={request}
              procedure={procedure}
              settings={settings}
              refusal={data.refusal}
              admin={data.admin}
            />
            <Button
              variant="default"
              onClick={() =>
                setPreview({
                  title: `Formulir Permintaan ${request.nomor}`,
                  request: formulirRequest(
                    office,
                    office.kertas,
                    request,
                    steps,
                    people,
                    write.now(),
                  ),
                  file: `Formulir ${fileBase}.pdf`,
                })
              }
            >
              Cetak Formulir…
            </Button>
            <Button
              variant="default"
              disabled={!disposisi}
              onClick={() =>
                disposisi &&
                setPreview({
                  title: `Lembar Disposisi ${request.nomor}`,
                  request: disposisi,
                  file: `Disposisi ${fileBase}.pdf`,
                })
              }
            >
              Cetak Lembar Disposisi…
            </Button>
          </Group>
        </Group>
      </div>
      {request.nomorSementara && (
        <Text size="sm" c="orange.9">
          Nomor ini sementara karena folder bersama tidak terjangkau saat dicatat; nomor tetap
          diberikan otomatis saat tersambung kembali, dan cetakan memuat tanda (SEMENTARA).
        </Text>
      )}
      <RequestCollisionAlert
        request={request}
        collision={findNumberCollisions(data.sameNumber)[0]}
        numberFormat={settings.numberFormat}
      />
      <CancelledNotice request={request} people={people} />
      {/* The step in hand first: its form is in view without scrolling (1366x768). */}
      {progress.next && !cancelled && (
        <StepGate
          key={progress.next.no}
          authority={data.authority}
          request={request}
          procedure={procedure}
          step={progress.next}
          people={people}
          settings={settings}
          currentUser={data.currentUser}
        />
      )}
      {progress.awaitingClosure && !cancelled && (
        <ClosureForm request={request} procedure={procedure} />
      )}
      {disposisi && disposedJustNow && (
        <Alert color="teal" title="Disposisi tercatat">
          <Group justify="space-between">
            <Text size="sm">Lembar Disposisi dapat dicetak sekarang untuk diteruskan.</Text>
            <Button
              size="xs"
              onClick={() =>
                setPreview({
                  title: `Lembar Disposisi ${request.nomor}`,
                  request: disposisi,
                  file: `Disposisi ${fileBase}.pdf`,
                })
              }
            >
              Cetak Lembar Disposisi sekarang…
            </Button>
          </Group>
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={4}>
          <Field label="Pemohon">{request.pemohon.nama}</Field>
          <Field label="NIP">{request.pemohon.nip ? formatNip(request.pemohon.nip) : '-'}</Field>
          <Field label="Unit kerja">{request.pemohon.unitNama}</Field>
          <Field label="Telepon">{request.pemohon.telepon || '-'}</Field>
          <Field label="Diterima">
            {formatTanggalJam(new Date(request.diterimaPada))}
            <OutsideHoursHint diterimaPada={request.diterimaPada} hours={settings.officeHours} />
          </Field>
          <Field label="Melalui">{SALURAN_LABELS[request.saluran]}</Field>
          <Field label="Kategori">
            {request.kategori}
            {request.aplikasi ? ` — ${request.aplikasi}` : ''}
          </Field>
          <Field label="Urgensi menurut pemohon">{LEVEL_LABELS[request.urgensiPemohon]}</Field>
        </SimpleGrid>
        <SimpleGrid cols={1} mt="sm" spacing="xs">
          <Field label="Perangkat">{request.perangkat || '-'}</Field>
          <Field label="Uraian">{request.uraian}</Field>
        </SimpleGrid>
      </Paper>
      <NumberHistoryPanel request={request} />
      <Title order={3}>Langkah SOP</Title>
      {reading.conflicts.map((conflict) => (
        <StepConflictAlert
          key={conflict.stepNo}
          request={request}
          procedure={procedure}
          conflict={conflict}
          people={people}
          peers={data.peers}
          settings={settings}
        />
      ))}
      <StepTimeline
        request={request}
        procedure={procedure}
        steps={steps}
        reading={reading}
        people={people}
        hours={settings.officeHours}
        nextStepNo={cancelled ? null : (progress.next?.no ?? null)}
        onCorrect={cancelled ? undefined : setCorrecting}
      />
      {correcting && (
        <StepCorrectionModal
          record={correcting}
          effective={reading.effective}
          procedure={procedure}
          settings={settings}
          onClose={() => setCorrecting(null)}
        />
      )}
      {request.penutupan && (
        <Paper withBorder p="sm">
          <Text size="sm">
            Dikonfirmasi oleh {request.penutupan.dikonfirmasiOleh} pada{' '}
            {formatTanggalJam(new Date(request.penutupan.dikonfirmasiPada))}
            {request.penutupan.puas ? '; layanan diterima dengan baik.' : '; pemohon belum puas.'}
            {request.penutupan.catatan ? ` ${request.penutupan.catatan}` : ''}
          </Text>
        </Paper>
      )}
      <RecordHistory
        table="requests"
        recordId={request.id}
        related={steps.map((s) => ({
          table: 'requestSteps',
          recordId: s.id,
          label: `Langkah ${s.stepNo}`,
        }))}
      />
      <PdfPreviewModal
        title={preview?.title ?? ''}
        request={preview?.request ?? null}
        suggestedName={preview?.file ?? 'dokumen.pdf'}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
