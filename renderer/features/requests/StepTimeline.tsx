import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { formatTanggalJam } from '../../../shared/format/date';
import { formatDurasiMenit } from '../../../shared/format/number';
import { judgeStep } from '../../../shared/requests/lateness';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { StepReading } from '../../../shared/requests/stepConflicts';
import { stepStarts } from '../../../shared/requests/workflow';
import type { Procedure } from '../../../shared/sop/schema';
import type { PersonRow, RequestRow, RequestStepRow } from '../../db/rows';

interface Props {
  request: RequestRow;
  procedure: Procedure;
  steps: RequestStepRow[];
  /** The records read for conflicts: which count, which were set aside, which are unsettled. */
  reading: StepReading<RequestStepRow>;
  people: PersonRow[];
  hours: OfficeHours;
  nextStepNo: number | null;
  /** "Koreksi…" on each recorded step that counts; absent where nothing may be corrected. */
  onCorrect?: (record: RequestStepRow) => void;
}

/**
 * Every SOP step of the request: who did it and when, its time against the standard; a step
 * recorded twice is flagged until settled, and a record set aside stays listed as superseded.
 */
export function StepTimeline({
  request,
  procedure,
  steps,
  reading,
  people,
  hours,
  nextStepNo,
  onCorrect,
}: Props) {
  const byStep = new Map(reading.effective.map((s) => [s.stepNo, s]));
  const inConflict = new Set(reading.conflicts.map((c) => c.stepNo));
  const starts = stepStarts(procedure, steps, request.diterimaPada);
  const name = new Map(people.map((p) => [p.id, p.nama]));
  return (
    <Stack gap={6}>
      {procedure.steps.map((step) => {
        const record = byStep.get(step.no);
        const started = starts.get(step.no);
        const actors = procedure.actors
          .filter((a) => step.actorIds.includes(a.id))
          .map((a) => a.label);
        const judged =
          record && started
            ? judgeStep({
                mutuBaku: step.mutuBaku,
                startedAt: new Date(started),
                finishedAt: new Date(record.selesaiPada),
                receivedAt: new Date(request.diterimaPada),
                hours,
              })
            : null;
        const current = step.no === nextStepNo;
        const setAside = reading.superseded.filter((s) => s.stepNo === step.no);
        return (
          <Paper
            key={step.no}
            withBorder
            p="xs"
            bg={current ? 'teal.0' : undefined}
            opacity={!record && !current ? 0.6 : 1}
            data-testid={`langkah-${step.no}`}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={600} size="sm">
                  {step.no}. {step.kegiatan}
                </Text>
                <Text size="xs" c="dimmed">
                  {actors.join(', ')} · mutu baku {step.waktu || '-'}
                </Text>
                {record && (
                  <Text size="sm">
                    {name.get(record.personId) ?? 'Petugas tidak dikenal'},{' '}
                    {formatTanggalJam(new Date(record.selesaiPada))}
                    {judged ? ` · ${formatDurasiMenit(judged.actualMinutes)} kerja` : ''}
                    {record.keputusan === 'tolak' ? ` · DITOLAK: ${record.alasanTolak}` : ''}
                    {record.catatan ? ` · ${record.catatan}` : ''}
                  </Text>
                )}
                {record?.tindakan && (
                  <Text size="sm">
                    Tindakan: {record.tindakan}
                    {record.sukuCadang ? ` · Suku cadang: ${record.sukuCadang}` : ''}
                    {record.hasil ? ` · Hasil: ${record.hasil}` : ''}
                  </Text>
                )}
                {record?.koreksi && (
                  <Text size="xs" c="dimmed">
                    Dikoreksi {formatTanggalJam(new Date(record.koreksi.pada))} oleh{' '}
                    {name.get(record.koreksi.olehPersonId) ?? 'petugas'}: {record.koreksi.alasan}
                  </Text>
                )}
                {setAside.map((s) => (
                  <Text key={s.id} size="xs" c="dimmed" data-testid="catatan-digantikan">
                    Digantikan: {name.get(s.personId) ?? 'Petugas tidak dikenal'},{' '}
                    {formatTanggalJam(new Date(s.selesaiPada))}
                    {s.catatan ? ` · ${s.catatan}` : ''}
                    {s.penyelesaian
                      ? ` (diganti ${formatTanggalJam(new Date(s.penyelesaian.pada))}${
                          s.penyelesaian.oleh
                            ? ` oleh ${name.get(s.penyelesaian.oleh) ?? 'petugas'}`
                            : ''
                        })`
                      : ''}
                  </Text>
                ))}
              </div>
              <Group gap="xs" wrap="nowrap">
                {record && onCorrect && !inConflict.has(step.no) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={`Koreksi langkah ${step.no}`}
                    onClick={() => onCorrect(record)}
                  >
                    Koreksi…
                  </Button>
                )}
                {record && inConflict.has(step.no) ? (
                  <Badge color="orange">Dicatat ganda</Badge>
                ) : record ? (
                  judged?.late ? (
                    <Badge color="red">Terlambat</Badge>
                  ) : (
                    <Badge color="teal" variant="light">
                      Selesai
                    </Badge>
                  )
                ) : current ? (
                  <Badge color="blue">Giliran</Badge>
                ) : null}
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
