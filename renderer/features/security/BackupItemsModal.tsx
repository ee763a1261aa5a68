import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { BackupItem } from '../../../shared/security/schema';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import { checkBackupItems, saveBackupItems, type BackupItemDraft } from './securityStore';

type ItemValues = {
  key: string;
  id: string | null;
  nama: string;
  /** As the number input holds it: '' when empty. */
  setiapHari: number | string;
};
type ItemsValues = { items: ItemValues[] };

const draftsOf = (values: ItemsValues): BackupItemDraft[] =>
  values.items.map((i) => ({
    id: i.id,
    nama: i.nama,
    setiapHari: typeof i.setiapHari === 'number' ? i.setiapHari : Number.NaN,
  }));

/** Atur data yang dicadangkan: what the office backs up and every how many days. */
export function BackupItemsModal({ items, onClose }: { items: BackupItem[]; onClose: () => void }) {
  const { write } = useServices();
  const form = useForm<ItemsValues>({
    initialValues: { items: items.map((i) => ({ ...i, key: i.id })) },
  });
  const { saving, error, setError, run } = useSaving();

  const submit = form.onSubmit(async (values) => {
    const checked = checkBackupItems(draftsOf(values));
    if (!checked.ok) {
      form.setErrors(checked.errors);
      setError(checked.message);
      return;
    }
    await run(async () => {
      await saveBackupItems(write, checked.items);
      notifications.show({ color: 'green', message: 'Daftar data yang dicadangkan tersimpan.' });
      onClose();
    });
  });

  return (
    <Modal opened onClose={onClose} title="Atur data yang dicadangkan" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Beranda memperingatkan bila cadangan terakhir suatu data lebih lama dari jadwalnya.
            Catatan cadangan data yang dihapus dari daftar tetap tersimpan.
          </Text>
          {form.values.items.map((item, i) => (
            <Group key={item.key} align="flex-start" wrap="nowrap">
              <TextInput
                label={i === 0 ? 'Nama data' : undefined}
                aria-label={`Nama data ${i + 1}`}
                style={{ flex: 1 }}
                {...form.getInputProps(`items.${i}.nama`)}
              />
              <NumberInput
                label={i === 0 ? 'Dicadangkan setiap' : undefined}
                aria-label={`Jadwal data ${i + 1} (hari)`}
                w={170}
                min={1}
                max={366}
                allowDecimal={false}
                rightSection={<Text size="sm">hari</Text>}
                rightSectionWidth={44}
                {...form.getInputProps(`items.${i}.setiapHari`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={i === 0 ? 28 : 4}
                aria-label={`Hapus ${item.nama || `baris ${i + 1}`}`}
                onClick={() => form.removeListItem('items', i)}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <div>
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                form.insertListItem('items', {
                  key: randomId(),
                  id: null,
                  nama: '',
                  setiapHari: 30,
                })
              }
            >
              Tambah data
            </Button>
          </div>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Batal
            </Button>
            <Button type="submit" loading={saving}>
              Simpan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
