import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { formatTanggalJam } from '../../../shared/format/date';
import { formatDurasiMenit } from '../../../shared/format/number';
import { WEBSITE_STEP_ROLE_LABELS, websiteStepRoles } from '../../../shared/website/cycle';
import type { Procedure } from '../../../shared/sop/schema';
import type { PersonRow } from '../../db/rows';
import type { WebsiteMaintenanceStepRow } from '../../db/websiteRows';

/** Procedure F's steps for a month: who recorded each and when, against its mutu baku. */
export function CycleTimeline(props: {
  procedure: Procedure;
  steps: readonly WebsiteMaintenanceStepRow[];
  people: readonly PersonRow[];
}) {
  const names = new Map(props.people.map((p) => [p.id, p.nama]));
  const byStep = new Map(props.steps.map((s) => [s.stepNo, s]));
  const done = props.procedure.steps.filter((s) => byStep.has(s.no)).length;
  return (
    <Timeline active={done - 1} bulletSize={22} lineWidth={2} data-testid="langkah-website">
      {websiteStepRoles(props.procedure).map(({ step, role }) => {
        const record = byStep.get(step.no);
        return (
          <Timeline.Item key={step.no} bullet={<Text size="xs">{step.no}</Text>}>
            <Stack gap={2}>
              <Text fw={500} size="sm">
                {step.kegiatan}
              </Text>
              <Text size="xs" c="dimmed">
                {WEBSITE_STEP_ROLE_LABELS[role]} · Mutu baku: {step.waktu || 'tanpa batas waktu'} ·
                Output: {step.output || '-'}
              </Text>
              {record && (
                <Group gap="xs">
                  <Text size="xs">
                    {formatTanggalJam(new Date(record.selesaiPada))} oleh{' '}
                    {names.get(record.personId) ?? record.personId}
                    {record.atasNama
                      ? ` (${record.atasNama.jenis} ${names.get(record.atasNama.personId) ?? ''})`
                      : ''}
                    {' · '}
                    {formatDurasiMenit(record.menitKerja)} kerja
                  </Text>
                  {record.keputusan === 'tolak' && <Badge color="red">Dihentikan</Badge>}
                  {record.terlambat && <Badge color="orange">Terlambat</Badge>}
                </Group>
              )}
              {record?.catatan && (
                <Text size="xs" c="dimmed">
                  {record.catatan}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
