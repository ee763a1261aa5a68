import { Center, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import { listPeople } from '../people/public';
import { PinForm } from './PinForm';
import { useSigninDeps } from './useSigninDeps';

/** The locked app: choose your name, give your PIN. */
export function SignInScreen({ office }: { office: Office }) {
  const deps = useSigninDeps();
  const people = useLiveQuery(() => listPeople(deps.db), [deps.db]);
  const [personId, setPersonId] = useState<string | null>(null);
  const choices = (people ?? []).filter((p) => p.aktif && p.pin);
  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <Stack gap="md">
          <div>
            <Title order={2}>Meja TI</Title>
            <Text c="dimmed" size="sm">
              {office.namaPengadilan}
            </Text>
          </div>
          <Text size="sm">Aplikasi terkunci. Pilih nama Anda dan masukkan PIN.</Text>
          <Select
            label="Nama pegawai"
            placeholder="Pilih nama"
            data={choices.map((p) => ({ value: p.id, label: p.nama }))}
            value={personId}
            onChange={setPersonId}
            searchable
            allowDeselect={false}
            nothingFoundMessage="Tidak ada pegawai dengan nama itu"
          />
          <PinForm key={personId ?? ''} deps={deps} personId={personId} onDone={() => undefined} />
        </Stack>
      </Paper>
    </Center>
  );
}
