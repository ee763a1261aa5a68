import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { CONTENT_STATUS_LABELS, JENIS_KONTEN_LABELS } from '../../../shared/content/schema';
import { formatTanggalJam } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { PersonRow } from '../../db/rows';
import { useServices } from '../../kit/servicesContext';
import { AttachmentField, AttachmentList } from '../attachments/public';
import { readStepAuthority } from '../delegations/public';
import { readCurrentUser } from '../people/public';
import { lembarKendaliRequest } from './contentPrints';
import { ContentStepGate } from './ContentStepForm';
import {
  contentProcedure,
  listContentSteps,
  progressOfItem,
  setContentAttachments,
} from './contentSteps';
import { ContentTimeline } from './ContentTimeline';

const STATUS_COLOR = {
  berjalan: 'blue',
  ditolak: 'red',
  dipublikasi: 'green',
  diarsipkan: 'dark',
} as const;

function Field(props: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text size="sm">{props.children}</Text>
    </div>
  );
}

/** One content item: its fields, the steps done (returns included), the next step's form. */
export function ContentDetail(props: {
  contentId: string;
  office: Office;
  people: readonly PersonRow[];
  onPrint: (request: PdfDocumentRequest, name: string) => void;
}) {
  const { db, write } = useServices();
  const data = useLiveQuery(async () => {
    const item = await db.contentItems.get(props.contentId);
    if (!item || item._deleted) return null;
    return {
      item,
      procedure: await contentProcedure(db, item),
      steps: await listContentSteps(db, item.id),
      authority: await readStepAuthority(db),
      currentUser: await readCurrentUser(db),
    };
  }, [db, props.contentId]);
  if (!data) return null;
  const { item, procedure, steps } = data;
  if (!procedure) return <Text c="red">Prosedur E konten ini tidak ditemukan.</Text>;
  const progress = progressOfItem(procedure, item, steps);
  const print = () =>
    props.onPrint(
      lembarKendaliRequest({
        office: props.office,
        item,
        procedure,
        steps,
        people: props.people,
        now: write.now(),
      }),
      `Lembar Kendali Konten - ${item.judul}`,
    );
  return (
    <Paper withBorder p="md" data-testid="rincian-konten">
      <Stack>
        <Group justify="space-between">
          <Group>
            <Title order={3}>{item.judul}</Title>
            <Badge color={STATUS_COLOR[item.status]} data-testid="status-konten">
              {CONTENT_STATUS_LABELS[item.status]}
            </Badge>
            {item.perluPerhatianKhusus && <Badge color="grape">Perhatian khusus</Badge>}
            {item.adaTerlambat && <Badge color="orange">Ada langkah terlambat</Badge>}
          </Group>
          <Button variant="default" onClick={print}>
            Cetak Lembar Kendali
          </Button>
        </Group>
        <SimpleGrid cols={3}>
          <Field label="Jenis">{JENIS_KONTEN_LABELS[item.jenis]}</Field>
          <Field label="Sumber/asal unit">{item.sumber}</Field>
          <Field label="Dimulai">{formatTanggalJam(new Date(item.dimulaiPada))}</Field>
          <Field label="URL publikasi">
            {item.urlPublikasi ? (
              <Anchor href={item.urlPublikasi} target="_blank" size="sm">
                {item.urlPublikasi}
              </Anchor>
            ) : (
              '-'
            )}
          </Field>
          <Field label="Dipublikasikan">
            {item.dipublikasiPada ? formatTanggalJam(new Date(item.dipublikasiPada)) : '-'}
          </Field>
        </SimpleGrid>
        {item.ringkasan && <Field label="Ringkasan/isi konsep">{item.ringkasan}</Field>}
        {item.status === 'diarsipkan' ? (
          <div>
            <Text size="xs" c="dimmed">
              Lampiran (diarsipkan bersama konten)
            </Text>
            <AttachmentList lampiran={item.lampiran} />
          </div>
        ) : (
          <AttachmentField
            label="Lampiran"
            value={item.lampiran}
            onChange={(next) => {
              setContentAttachments(write, item.id, next).catch((e: unknown) =>
                notifications.show({
                  color: 'red',
                  message: e instanceof Error ? e.message : String(e),
                }),
              );
            }}
          />
        )}
        <Title order={5}>Langkah SOP E</Title>
        <ContentTimeline procedure={procedure} steps={steps} people={props.people} />
        {progress.next && (
          <ContentStepGate
            key={`${progress.next.no}-${progress.putaran}-${steps.length}`}
            item={item}
            procedure={procedure}
            step={progress.next}
            putaran={progress.putaran}
            authority={data.authority}
            currentUser={data.currentUser}
          />
        )}
      </Stack>
    </Paper>
  );
}
