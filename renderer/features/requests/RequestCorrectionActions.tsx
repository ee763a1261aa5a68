import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import type { Procedure } from '../../../shared/sop/schema';
import { errorMessage } from '../../api/client';
import type { PersonRow, RequestRow } from '../../db/rows';
import { CancelButton } from '../../kit/CancelButton';
import { useServices } from '../../kit/servicesContext';
import { RequestEditModal } from './RequestEditModal';
import { cancelRequest, restoreRequest } from './requestCancellation';
import type { RequestSettings } from './requestSettings';

/**
 * "Ubah data…", "Batalkan…" and, on a cancelled request, "Pulihkan": the corrections of a
 * registered request, offered to whom the store allows them (the receiving officer while it
 * is open, or an administrator), with the reason why not shown to anyone else.
 */
export function RequestCorrectionActions({
  request,
  procedure,
  settings,
  refusal,
  admin,
}: {
  request: RequestRow;
  procedure: Procedure;
  settings: RequestSettings;
  /** Why the signed-in person may not correct it (requestCorrectionRefusal), or null. */
  refusal: string | null;
  admin: boolean;
}) {
  const { write } = useServices();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const restore = async () => {
    try {
      await restoreRequest(write, request);
      notifications.show({ color: 'green', message: `Permintaan ${request.nomor} dipulihkan.` });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  if (request.pembatalan) {
    return admin ? (
      <Button variant="default" onClick={() => void restore()}>
        Pulihkan Permintaan
      </Button>
    ) : null;
  }
  return (
    <>
      <Button variant="default" disabled={refusal !== null} onClick={() => setEditing(true)}>
        Ubah Data…
      </Button>
      <Button
        variant="default"
        color="red"
        disabled={refusal !== null}
        onClick={() => setCancelling(true)}
      >
        Batalkan…
      </Button>
      {editing && (
        <RequestEditModal
          request={request}
          procedure={procedure}
          settings={settings}
          onClose={() => setEditing(false)}
        />
      )}
      {cancelling && <CancelModal request={request} onClose={() => setCancelling(false)} />}
    </>
  );
}

/** Why the buttons are off, under the request's heading. */
export function CorrectionRefusalNote({ refusal }: { refusal: string | null }) {
  if (!refusal) return null;
  return (
    <Text size="xs" c="dimmed">
      Ubah data dan pembatalan: {refusal}
    </Text>
  );
}

function CancelModal({ request, onClose }: { request: RequestRow; onClose: () => void }) {
  const { write } = useServices();
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!alasan.trim()) {
      setError('Alasan pembatalan wajib diisi.');
      return;
    }
    try {
      await cancelRequest(write, request, alasan.trim());
      notifications.show({ color: 'orange', message: `Permintaan ${request.nomor} dibatalkan.` });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Modal opened onClose={onClose} title="Batalkan permintaan">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Permintaan {request.nomor} ditandai Dibatalkan. Nomornya tetap terpakai dan tidak
            diberikan lagi; datanya tidak dihapus dan dapat dipulihkan administrator.
          </Text>
          <TextInput
            label="Alasan pembatalan"
            withAsterisk
            data-autofocus
            value={alasan}
            onChange={(e) => setAlasan(e.currentTarget.value)}
            error={error && !alasan.trim() ? error : undefined}
          />
          {error && alasan.trim() && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <CancelButton onClick={onClose}>Kembali</CancelButton>
            <Button type="submit" color="red">
              Batalkan Permintaan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The notice on a cancelled request: who cancelled it, when and why. */
export function CancelledNotice({
  request,
  people,
}: {
  request: RequestRow;
  people: readonly PersonRow[];
}) {
  const c = request.pembatalan;
  if (!c) return null;
  const oleh = people.find((p) => p.id === c.olehPersonId)?.nama ?? 'petugas';
  return (
    <Alert color="gray" title="Permintaan ini dibatalkan">
      Dibatalkan oleh {oleh} pada {formatTanggalJam(new Date(c.pada))}. Alasan: {c.alasan}
    </Alert>
  );
}
