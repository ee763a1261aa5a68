import { Alert, Button, Group } from '@mantine/core';
import { CancelButton } from './CancelButton';

/**
 * The foot of a form: why the last try failed, then Batal (when the form can be left) and the
 * submit button, at the right. One component, so every form says it the same way.
 */
export function FormFooter({
  error,
  saving,
  onCancel,
  submitLabel = 'Simpan',
}: {
  error: string | null;
  saving: boolean;
  onCancel?: () => void;
  submitLabel?: string;
}) {
  return (
    <>
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        {onCancel && <CancelButton onClick={onCancel} />}
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
