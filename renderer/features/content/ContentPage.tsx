import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { useFirstTab } from '../../kit/firstTab';
import { useServices } from '../../kit/servicesContext';
import { listPeople } from '../people/public';
import { PdfPreviewModal } from '../print/public';
import { ContentBoard } from './ContentBoard';
import { readBoard } from './contentBoard';
import { ContentDetail } from './ContentDetail';
import { ContentItemForm } from './ContentItemForm';
import { MandatoryInfoTab } from './MandatoryInfoTab';

/** Konten Website (SOP E): the items by stage, one item's way through E, the Informasi Wajib. */
export function ContentPage({ office }: { office: Office }) {
  const firstTab = useFirstTab('konten', ['papan', 'wajib'], 'papan');
  const { db } = useServices();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const cards = useLiveQuery(() => readBoard(db), [db]);
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [preview, setPreview] = useState<{ request: PdfDocumentRequest; name: string } | null>(
    null,
  );
  if (!people || !cards) return null;
  const onPrint = (request: PdfDocumentRequest, name: string) => setPreview({ request, name });
  return (
    <Stack>
      <div>
        <Title order={2}>Konten Website</Title>
        <Text c="dimmed">
          Pengelolaan konten website (SOP prosedur E): dari pengumpulan bahan, konsep, pemeriksaan,
          persetujuan, sampai terbit dan diarsipkan; serta daftar informasi wajib.
        </Text>
      </div>
      <Tabs defaultValue={firstTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="papan">Papan Konten</Tabs.Tab>
          <Tabs.Tab value="wajib">Informasi Wajib</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="papan">
          <Stack>
            <Group>
              <Button onClick={() => setAdding(true)} disabled={adding}>
                Konten baru
              </Button>
            </Group>
            {adding && (
              <ContentItemForm
                onCancel={() => setAdding(false)}
                onSaved={(id) => {
                  setAdding(false);
                  setSelected(id);
                }}
              />
            )}
            <ContentBoard cards={cards} selected={selected} onSelect={setSelected} />
            {selected && (
              <ContentDetail
                contentId={selected}
                office={office}
                people={people}
                onPrint={onPrint}
              />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="wajib">
          <MandatoryInfoTab />
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
