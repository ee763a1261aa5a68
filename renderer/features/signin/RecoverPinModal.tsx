import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useServices } from '../../kit/servicesContext';
import { randomBytes } from '../../kit/webCrypto';
import { NewPinFields, newPinProblem, type NewPin } from './NewPinFields';
import { recoverAdministrator } from './recoverAdministrator';
import { RecoveryCodeNotice } from './RecoveryCodeNotice';
import { signIn, type SigninDeps } from './signinStore';

/**
 * "Lupa PIN?": an administrator types the recovery code and a new PIN, keeps the new code
 * shown once, and is signed in. Other staff ask an administrator (menu Pegawai).
 */
export function RecoverPinModal({
  deps,
  personId,
  onClose,
}: {
  deps: SigninDeps;
  personId: string;
  onClose: () => void;
}) {
  const { write } = useServices();
  const [code, setCode] = useState('');
  const [pin, setPin] = useState<NewPin>({ pin: '', again: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [newCode, setNewCode] = useState<string | null>(null);

  const submit = async () => {
    const problem = newPinProblem(pin.pin, pin.again);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      const result = await recoverAdministrator(write, deps, randomBytes, {
        personId,
        code,
        newPin: pin.pin,
      });
      if (!result.ok) return setError(result.error);
      setError(null);
      setNewCode(result.newCode);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Lupa PIN" size="lg">
      {newCode ? (
        <RecoveryCodeNotice
          code={newCode}
          saving={busy}
          error={error}
          onConfirm={() => {
            setBusy(true);
            void signIn(deps, personId, pin.pin).then((r) => {
              setBusy(false);
              if (r.ok) onClose();
              else setError(r.error);
            });
          }}
        />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              Administrator yang lupa PIN memakai kode pemulihan yang dicatat saat Meja TI pertama
              kali disiapkan. Pegawai lain meminta administrator mengatur PIN baru di menu Pegawai.
            </Text>
            <TextInput
              label="Kode pemulihan"
              placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            <NewPinFields value={pin} onChange={setPin} pinLabel="PIN baru" />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Batal
              </Button>
              <Button type="submit" loading={busy} disabled={!code || !pin.pin}>
                Atur PIN baru
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
