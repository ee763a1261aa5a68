import { Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../kit/servicesContext';
import { readCurrentUser, writeCurrentUser } from '../features/people/currentUser';
import { listPeople } from '../features/people/peopleStore';

/** Who is working on this PC; every change is attributed to them. */
export function CurrentUserSelect() {
  const services = useServices();
  const { db } = services;
  const people = useLiveQuery(() => listPeople(db), [db]);
  const current = useLiveQuery(() => readCurrentUser(db), [db]);
  return (
    <Select
      aria-label="Pengguna komputer ini"
      placeholder="Pilih pengguna"
      data={(people ?? []).filter((p) => p.aktif).map((p) => ({ value: p.id, label: p.nama }))}
      value={current ?? null}
      onChange={(id) => {
        services.setActor(id);
        void writeCurrentUser(db, id);
      }}
      w={260}
      size="xs"
      allowDeselect={false}
    />
  );
}
