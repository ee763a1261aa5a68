import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { useServices } from '../../kit/servicesContext';
import { listPeople } from '../people/public';
import { PdfPreviewModal } from '../print/public';
import { ProgramTab } from './ProgramTab';
import { RegulasiTab } from './RegulasiTab';
import { SkTimTab } from './SkTimTab';
import { UsulanTab } from './UsulanTab';

/** Kebijakan TI (SOP A): proposals, the year's programme, the SK Tim TI, the regulations. */
export function PolicyPage({ office }: { office: Office }) {
  const { db } = useServices();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const [preview, setPreview] = useState<{ request: PdfDocumentRequest; name: string } | null>(
    null,
  );
  if (!people) return null;
  const onPrint = (request: PdfDocumentRequest, name: string) => setPreview({ request, name });
  return (
    <Stack>
      <div>
        <Title order={2}>Kebijakan TI</Title>
        <Text c="dimmed">
          Perumusan kebijakan TI (SOP prosedur A): usulan unit, rencana program tahunan, SK Tim TI
          dan peraturan.
        </Text>
      </div>
      <Tabs defaultValue="usulan" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="usulan">Usulan</Tabs.Tab>
          <Tabs.Tab value="program">Rencana Program</Tabs.Tab>
          <Tabs.Tab value="sk">SK Tim TI</Tabs.Tab>
          <Tabs.Tab value="peraturan">Peraturan</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="usulan">
          <UsulanTab office={office} onPrint={onPrint} />
        </Tabs.Panel>
        <Tabs.Panel value="program">
          <ProgramTab office={office} people={people} onPrint={onPrint} />
        </Tabs.Panel>
        <Tabs.Panel value="sk">
          <SkTimTab office={office} people={people} onPrint={onPrint} />
        </Tabs.Panel>
        <Tabs.Panel value="peraturan">
          <RegulasiTab />
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
