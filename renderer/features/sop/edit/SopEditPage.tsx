import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toIsoDate } from '../../../../shared/format/date';
import { CancelButton } from '../../../kit/CancelButton';
import { DraftRestoredNotice } from '../../../kit/DraftRestoredNotice';
import { useDraft } from '../../../kit/drafts';
import { useServices } from '../../../kit/servicesContext';
import { errorMessage } from '../../../api/client';
import type { CatalogEntry } from '../sopCatalog';
import { sopTitle } from '../sopLabels';
import { reviseSop } from '../sopRevisions';
import { ProcedureEditor } from './ProcedureEditor';
import { SopIdentityFields } from './SopIdentityFields';
import { toEditValues, validateEdit, type SopEditValues } from './sopEditValues';
import { TanggalInput } from '../../../kit/TanggalInput';

interface Props {
  entry: CatalogEntry;
  onDone: () => void;
}

/** Edits an office SOP; saving makes its next revision, the earlier one is kept. */
export function SopEditPage({ entry, onDone }: Props) {
  const { db, write } = useServices();
  const draftKey = `sop-edit:${entry.id}:${entry.revision}`;
  const today = toIsoDate(write.now());
  const form = useForm<SopEditValues>({ initialValues: toEditValues(entry.document, today) });
  const draft = useDraft(db, draftKey, form.values, (values) => form.setValues(values));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const result = validateEdit(form.values, entry.document);
    if (!result.ok) {
      form.setErrors(result.errors);
      setError(`Periksa kembali isian yang ditandai merah (${Object.keys(result.errors).length}).`);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const revision = await reviseSop(write, entry.id, result.document, {
        tanggalRevisi: form.values.tanggalRevisi,
        perubahan: form.values.perubahan,
      });
      await draft.discard();
      notifications.show({ color: 'green', message: `Revisi ${revision} tersimpan.` });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    void draft.discard().then(onDone);
  };

  const failingTabs = new Set(
    Object.keys(form.errors)
      .map((k) => /^procedures\.(\d+)\./.exec(k)?.[1])
      .filter((n): n is string => n !== undefined),
  );

  return (
    <Stack>
      <div>
        <Button variant="subtle" size="xs" px={0} onClick={cancel}>
          ← Batal, kembali ke SOP
        </Button>
        <Title order={2}>Ubah {sopTitle(entry.document)}</Title>
      </div>
      <DraftRestoredNotice
        shown={draft.fromDraft}
        onDiscard={() => {
          form.clearErrors();
          void draft.startOver(toEditValues(entry.document, today));
        }}
      />
      <Paper withBorder p="md">
        <SopIdentityFields form={form} />
      </Paper>
      <Paper withBorder p="md">
        <Tabs defaultValue="0">
          <Tabs.List>
            {form.values.procedures.map((p, i) => (
              <Tabs.Tab
                key={p.key}
                value={String(i)}
                color={failingTabs.has(String(i)) ? 'red' : undefined}
              >
                Prosedur {p.key}
                {failingTabs.has(String(i)) ? ' (!)' : ''}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {form.values.procedures.map((p, i) => (
            <Tabs.Panel key={p.key} value={String(i)}>
              <ProcedureEditor form={form} p={i} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          Revisi
        </Title>
        <SimpleGrid cols={2}>
          <TanggalInput
            label="Tanggal revisi"
            withAsterisk
            {...form.getInputProps('tanggalRevisi')}
          />
          <Textarea
            label="Apa yang diubah"
            withAsterisk
            autosize
            minRows={2}
            placeholder="mis. Waktu penanganan langkah 9 menjadi 2 hari."
            {...form.getInputProps('perubahan')}
          />
        </SimpleGrid>
        {error && (
          <Alert color="red" mt="sm">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <CancelButton onClick={cancel} />
          <Button onClick={() => void save()} loading={saving}>
            Simpan Revisi
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
