import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { officeSchema, withKopDefaults, type Office } from '../../../shared/office/office';
import { CancelButton } from '../../kit/CancelButton';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { useFollowSaved } from '../../kit/useFollowSaved';
import { errorMessage } from '../../api/client';
import { OfficeFields } from './OfficeFields';
import { saveOfficeChanges } from './officeStore';
import { UjiKopPanel } from './UjiKopPanel';

const DRAFT_KEY = 'office-settings';

export function OfficeSettingsPage({ office: saved }: { office: Office }) {
  const { db, write } = useServices();
  const office = withKopDefaults(saved);
  const form = useForm<Office>({
    initialValues: office,
    validate: zod4Resolver(officeSchema),
    validateInputOnBlur: true,
  });
  const draft = useDraft(db, DRAFT_KEY, form.values, (values) => form.setValues(values));
  // Another PC's change to the office shows here at once when nothing is being edited.
  const base = useFollowSaved(office, form.isDirty(), draft.restored, (fresh) => {
    form.resetDirty(fresh);
    void draft.startOver(fresh);
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true);
      setError(null);
      try {
        await saveOfficeChanges(write, base.current, values);
        await draft.startOver(values);
        form.resetDirty(values);
        notifications.show({ color: 'green', message: 'Pengaturan kantor tersimpan.' });
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setSaving(false);
      }
    },
    () => setError('Periksa kembali isian yang ditandai merah.'),
  );

  return (
    <Stack>
      <Title order={2}>Pengaturan Kantor</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              Identitas ini dicetak pada kop surat dan blok tanda tangan setiap dokumen.
            </Text>
            <DraftRestoredNotice
              shown={draft.fromDraft}
              onDiscard={() => {
                form.clearErrors();
                void draft.startOver(office);
              }}
            />
            <OfficeFields form={form} />
            {error && <Alert color="red">{error}</Alert>}
            <Group justify="flex-end">
              <CancelButton
                disabled={!form.isDirty()}
                onClick={() => {
                  form.clearErrors();
                  void draft.startOver(office);
                }}
              >
                Batalkan Perubahan
              </CancelButton>
              <Button type="submit" loading={saving}>
                Simpan Pengaturan
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <UjiKopPanel office={office} />
    </Stack>
  );
}
