import { Anchor, Center, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import { listPeople } from '../people/public';
import { PinForm } from './PinForm';
import { RecoverPinModal } from './RecoverPinModal';
import { useSigninDeps } from './useSigninDeps';

/** The locked app: choose your name, give your PIN. */
export function SignInScreen({ office }: { office: Office }) {
  const deps = useSigninDeps();
  const people = useLiveQuery(() => listPeople(deps.db), [deps.db]);
  const [personId, setPersonId] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);
  const chosen = (people ?? []).find((p) => p.id === personId);
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
            onChange={(id) => {
              setPersonId(id);
              setRecovering(false);
            }}
            searchable
            allowDeselect={false}
            nothingFoundMessage="Tidak ada pegawai dengan nama itu"
          />
          <PinForm
            key={personId ?? ''}
            deps={deps}
            personId={personId}
            onDone={() => undefined}
            extra={
              chosen && (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setRecovering(true)}
                >
                  Lupa PIN?
                </Anchor>
              )
            }
          />
          {recovering && chosen && !chosen.roles.includes('administrator') && (
            <Text size="sm" role="status">
              Minta administrator mengatur PIN baru untuk {chosen.nama} di menu Pegawai.
            </Text>
          )}
          {recovering && chosen?.roles.includes('administrator') && (
            <RecoverPinModal
              deps={deps}
              personId={chosen.id}
              onClose={() => setRecovering(false)}
            />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
