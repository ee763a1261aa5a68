import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { signIn, type SigninDeps } from './signinStore';

/** The PIN field and "Masuk"; Enter submits. Calls onDone only after a correct PIN. */
export function PinForm({
  deps,
  personId,
  onDone,
  extra,
}: {
  deps: SigninDeps;
  personId: string | null;
  onDone: () => void;
  extra?: ReactNode;
}) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!personId || busy) return;
        setBusy(true);
        void signIn(deps, personId, pin)
          .then((r) => {
            if (r.ok) onDone();
            else {
              setError(r.error);
              setPin('');
            }
          })
          .finally(() => setBusy(false));
      }}
    >
      <Stack gap="sm">
        <PasswordInput
          label="PIN"
          value={pin}
          onChange={(e) => setPin(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
          disabled={!personId}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          {extra ?? <span />}
          <Button type="submit" loading={busy} disabled={!personId || !pin}>
            Masuk
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
