import { Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import { PdfPreviewModal } from '../print/public';
import { readActiveProcedures } from './activeProcedures';
import { ProcedurePanel } from './ProcedurePanel';
import { getCatalogEntry } from './sopCatalog';
import { sopTitle } from './sopLabels';
import { SopIdentity } from './SopIdentity';
import { duplicateSop } from './sopRevisions';
import { SopRevisionHistory } from './SopRevisionHistory';

interface Props {
  id: string;
  office: Office;
  onBack: () => void;
  onOpen: (id: string) => void;
  onEdit: (id: string) => void;
}

export function SopDetailPage({ id, office, onBack, onOpen, onEdit }: Props) {
  const { db, write } = useServices();
  const data = useLiveQuery(
    async () => ({ entry: await getCatalogEntry(db, id), active: await readActiveProcedures(db) }),
    [db, id],
  );
  const [preview, setPreview] = useState<PdfDocumentRequest | null>(null);
  if (!data) return null;
  const { entry, active } = data;
  if (!entry) {
    return (
      <Stack>
        <Text>SOP tidak ditemukan.</Text>
        <Button onClick={onBack}>Kembali ke Daftar SOP</Button>
      </Stack>
    );
  }
  const doc = entry.document;
  const duplicate = async () => {
    try {
      const copy = await duplicateSop(write, entry, office.namaPengadilan);
      notifications.show({ color: 'green', message: 'SOP diduplikat menjadi SOP kantor.' });
      onOpen(copy);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  const printRequest = (): PdfDocumentRequest => ({
    kind: 'sop',
    office,
    paper: office.kertas,
    document: doc,
    printedAt: write.now().toISOString(),
  });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Button variant="subtle" size="xs" px={0} onClick={onBack}>
            ← Daftar SOP
          </Button>
          <Title order={2}>{sopTitle(doc)}</Title>
          <Group gap="xs">
            <Text c="dimmed">{doc.pengadilan}</Text>
            <Badge variant="light" color={entry.builtIn ? 'gray' : 'teal'}>
              {entry.builtIn ? 'Bawaan' : `Milik kantor · revisi ${entry.revision}`}
            </Badge>
          </Group>
        </div>
        <Group>
          <Button variant="default" onClick={() => setPreview(printRequest())}>
            Cetak SOP…
          </Button>
          <Button variant="light" onClick={() => void duplicate()}>
            Duplikat menjadi SOP Kantor
          </Button>
          {!entry.builtIn && <Button onClick={() => onEdit(entry.id)}>Ubah SOP</Button>}
        </Group>
      </Group>
      <SopIdentity document={doc} />
      <Tabs defaultValue={doc.procedures[0]?.key} keepMounted={false}>
        <Tabs.List>
          {doc.procedures.map((p) => (
            <Tabs.Tab key={p.key} value={p.key}>
              Prosedur {p.key}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {doc.procedures.map((p) => (
          <Tabs.Panel key={p.key} value={p.key}>
            <ProcedurePanel
              sopId={entry.id}
              procedure={p}
              active={active.some((a) => a.key === p.key && a.entry.id === entry.id)}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      {!entry.builtIn && <SopRevisionHistory sopId={entry.id} />}
      <PdfPreviewModal
        title={`Pratinjau ${sopTitle(doc)}`}
        request={preview}
        suggestedName={`${(doc.nomor ?? doc.judul).replace(/[\\/:*?"<>|]+/g, '-')}.pdf`}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
