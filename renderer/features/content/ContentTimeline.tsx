import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { CONTENT_DECISION_LABELS } from '../../../shared/content/schema';
import { formatTanggalJam } from '../../../shared/format/date';
import { formatDurasiMenit } from '../../../shared/format/number';
import type { Procedure } from '../../../shared/sop/schema';
import type { ContentStepRow } from '../../db/contentRows';
import type { PersonRow } from '../../db/rows';

const DECISION_COLOR = { lanjut: 'green', tolak: 'red', kembalikan: 'orange' } as const;

/**
 * The steps recorded on a content item in the order they were done: a return for revision
 * and the redraft after it show as their own entries, with the Editor's notes.
 */
export function ContentTimeline(props: {
  procedure: Procedure;
  steps: readonly ContentStepRow[];
  people: readonly PersonRow[];
}) {
  const names = new Map(props.people.map((p) => [p.id, p.nama]));
  const kegiatan = new Map(props.procedure.steps.map((s) => [s.no, s]));
  // Only the steps done again after a return are marked as the revision they belong to.
  const rounds = new Map<number, Set<number>>();
  for (const s of props.steps) {
    rounds.set(s.stepNo, (rounds.get(s.stepNo) ?? new Set()).add(s.putaran));
  }
  if (props.steps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Belum ada langkah yang dicatat.
      </Text>
    );
  }
  return (
    <Timeline
      active={props.steps.length - 1}
      bulletSize={22}
      lineWidth={2}
      data-testid="langkah-konten"
    >
      {props.steps.map((record) => {
        const step = kegiatan.get(record.stepNo);
        return (
          <Timeline.Item key={record.id} bullet={<Text size="xs">{record.stepNo}</Text>}>
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={500} size="sm">
                  {step?.kegiatan ?? `Langkah ${record.stepNo}`}
                </Text>
                {record.putaran > 1 && (rounds.get(record.stepNo)?.size ?? 0) > 1 && (
                  <Badge variant="light">Perbaikan ke-{record.putaran - 1}</Badge>
                )}
              </Group>
              <Group gap="xs">
                <Text size="xs">
                  {formatTanggalJam(new Date(record.selesaiPada))} oleh{' '}
                  {names.get(record.personId) ?? record.personId}
                  {record.atasNama
                    ? ` (${record.atasNama.jenis} ${names.get(record.atasNama.personId) ?? ''})`
                    : ''}
                  {' · '}
                  {formatDurasiMenit(record.menitKerja)} kerja
                  {record.standarMenit !== null
                    ? ` dari ${formatDurasiMenit(record.standarMenit)}`
                    : ''}
                </Text>
                {record.keputusan && record.keputusan !== 'lanjut' && (
                  <Badge color={DECISION_COLOR[record.keputusan]}>
                    {CONTENT_DECISION_LABELS[record.keputusan]}
                  </Badge>
                )}
                {record.terlambat && <Badge color="orange">Terlambat</Badge>}
              </Group>
              {record.catatan && (
                <Text size="xs" c={record.keputusan === 'kembalikan' ? 'orange.8' : 'dimmed'}>
                  Catatan: {record.catatan}
                </Text>
              )}
              {record.alasanTolak && (
                <Text size="xs" c="red">
                  Alasan: {record.alasanTolak}
                </Text>
              )}
              {record.urlPublikasi && (
                <Text size="xs">
                  Terbit di {record.urlPublikasi}
                  {record.dipublikasiPada
                    ? ` pada ${formatTanggalJam(new Date(record.dipublikasiPada))}`
                    : ''}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
