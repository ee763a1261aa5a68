import { Alert, Button, Group, TextInput, type TextInputProps } from '@mantine/core';
import { CancelButton } from '../../kit/CancelButton';

/**
 * The end of every correction form: the required reason, kept in the history with the
 * values before, the error if saving failed, then Batal and the save button.
 */
export function CorrectionFooter({
  reason,
  error,
  saving,
  saveLabel,
  onCancel,
}: {
  /** The form's input props of its `alasan` field. */
  reason: TextInputProps;
  error: string | null;
  saving: boolean;
  saveLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      <TextInput
        label="Alasan perubahan"
        withAsterisk
        description="Disimpan di riwayat perubahan bersama data sebelumnya."
        {...reason}
      />
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        <CancelButton onClick={onCancel} />
        <Button type="submit" loading={saving}>
          {saveLabel}
        </Button>
      </Group>
    </>
  );
}
