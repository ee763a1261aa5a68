import { Button, Group, Modal, Select, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { readCurrentUser } from '../features/people/currentUser';
import { listPeople } from '../features/people/peopleStore';
import { PinForm } from '../features/signin/PinForm';
import { lockNow } from '../features/signin/signinStore';
import { useSigninDeps } from '../features/signin/useSigninDeps';

/**
 * Who is working on this PC; every change is attributed to them. Choosing someone else asks
 * their PIN; only a correct PIN changes the user. "Kunci" locks at once.
 */
export function CurrentUserSelect() {
  const deps = useSigninDeps();
  const { db } = deps;
  const people = useLiveQuery(() => listPeople(db), [db]);
  const current = useLiveQuery(() => readCurrentUser(db), [db]);
  const [asking, setAsking] = useState<string | null>(null);
  const asked = people?.find((p) => p.id === asking);
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label="Pengguna komputer ini"
        placeholder="Pilih pengguna"
        data={(people ?? [])
          .filter((p) => p.aktif && (p.pin || p.id === current))
          .map((p) => ({ value: p.id, label: p.nama }))}
        value={current ?? null}
        onChange={(id) => {
          if (id && id !== current) setAsking(id);
        }}
        w={240}
        size="xs"
        allowDeselect={false}
      />
      <Button
        size="xs"
        variant="default"
        onClick={() => void lockNow(deps, 'manual', current ?? null)}
      >
        Kunci
      </Button>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title="Masukkan PIN" centered>
        <Text size="sm" mb="sm">
          Berganti pengguna ke: {asked?.nama ?? ''}
        </Text>
        <PinForm key={asking ?? ''} deps={deps} personId={asking} onDone={() => setAsking(null)} />
      </Modal>
    </Group>
  );
}
