import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Procedure } from '../../../shared/sop/schema';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import type { RequestRow } from '../../db/rows';
import { fromLocalInput, toLocalInput } from './receptionValues';
import { closeRequest } from './requestStore';
import { TanggalJamInput } from '../../kit/TanggalJamInput';

/** The requester confirms the service was received; the request is then closed. */
export function ClosureForm({ request, procedure }: { request: RequestRow; procedure: Procedure }) {
  const { write } = useServices();
  const form = useForm({
    initialValues: {
      oleh: request.pemohon.nama,
      padaLokal: toLocalInput(write.now()),
      puas: true,
      catatan: '',
    },
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const pada = fromLocalInput(form.values.padaLokal);
    if (!pada) {
      form.setFieldError('padaLokal', 'Isi tanggal dan jam konfirmasi.');
      return;
    }
    setSaving(true);
    try {
      await closeRequest(write, request, procedure, {
        dikonfirmasiPada: pada,
        dikonfirmasiOleh: form.values.oleh,
        puas: form.values.puas,
        catatan: form.values.catatan,
      });
      notifications.show({ color: 'green', message: `Permintaan ${request.nomor} selesai.` });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Paper
      withBorder
      p="md"
      bg="teal.0"
      component="form"
      aria-label="Konfirmasi pemohon dan penutupan"
      // Enter in a field closes the request; Enter in the text area is a new line.
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (!saving) void submit();
      }}
    >
      <Stack gap="sm">
        <Title order={4}>Konfirmasi pemohon dan penutupan</Title>
        <SimpleGrid cols={2}>
          <TextInput label="Dikonfirmasi oleh" {...form.getInputProps('oleh')} />
          <TanggalJamInput label="Pada" {...form.getInputProps('padaLokal')} />
        </SimpleGrid>
        <Switch
          label="Pemohon menyatakan layanan telah diterima dengan baik"
          {...form.getInputProps('puas', { type: 'checkbox' })}
        />
        <Textarea label="Catatan" autosize {...form.getInputProps('catatan')} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            Tutup Permintaan
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
