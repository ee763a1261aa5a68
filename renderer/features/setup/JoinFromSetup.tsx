import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { formatNip } from '../../../shared/format/nip';
import { personSchema } from '../../../shared/office/person';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import { useSync, useSyncStatus } from '../../sync/runtime/syncContext';
import { readOffice } from '../office/public';
import {
  writeCurrentUser,
  EMPTY_PERSON,
  PersonFields,
  type PersonFormValues,
  findNipHolder,
  listPeople,
  savePerson,
  setPin,
} from '../people/public';
import { NewPinFields, newPinProblem, SESSION_KEY, type NewPin } from '../signin/public';
import { randomBytes, webCryptoDerive } from '../../kit/webCrypto';
import { JoinWorkspacePanel } from '../sync/public';
import { listUnits, seedDefaultUnits } from '../units/public';
import { writeSetupJoining } from './joinSetup';

/**
 * The first run's other path: join the office's workspace (folder, passphrase, this PC's
 * name), wait for the first sync to bring the office, then say who uses this PC. Nothing of
 * the office is typed here: it all comes from the workspace.
 */
export function JoinFromSetup({ onBack }: { onBack: () => void }) {
  const { db } = useServices();
  const { workspace } = useSync();
  const office = useLiveQuery(() => readOffice(db), [db]);
  if (!workspace) {
    return (
      <Stack>
        <JoinWorkspacePanel office="" defaultPcName="" joinOnly />
        <Group>
          <Button variant="default" onClick={onBack}>
            Kembali
          </Button>
        </Group>
      </Stack>
    );
  }
  return office ? <ChooseUser /> : <FirstSync />;
}

function FirstSync() {
  const status = useSyncStatus();
  const progress = status?.progress;
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={4}>Menerima data ruang kerja…</Title>
        <Text size="sm">
          PC ini sudah bergabung. Data kantor, pegawai dan catatan diambil dari folder bersama;
          tunggu sampai selesai.
        </Text>
        {progress ? (
          <Progress value={(100 * progress.done) / Math.max(1, progress.total)} animated />
        ) : (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              Menyinkronkan…
            </Text>
          </Group>
        )}
        {status?.unreachableSince && (
          <Alert color="orange">Folder bersama tidak terjangkau. Periksa jaringan kantor.</Alert>
        )}
        {status?.error && <Alert color="red">{status.error}</Alert>}
      </Stack>
    </Paper>
  );
}

function ChooseUser() {
  const services = useServices();
  const { db, write } = services;
  const people = useLiveQuery(() => listPeople(db), [db]) ?? [];
  const units = useLiveQuery(() => listUnits(db), [db]) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [pin, setNewPin] = useState<NewPin>({ pin: '', again: '' });
  const saving = useSaving();
  const form = useForm<PersonFormValues>({
    initialValues: { ...EMPTY_PERSON, roles: ['operator'] },
    validate: (values) => zod4Resolver(personSchema(write.now()))(values),
    validateInputOnBlur: true,
  });

  // A chosen colleague signs in with the PIN they have on the workspace (the sign-in screen
  // follows); someone added here gives their first PIN now and starts as this PC's user.
  const finish = async (personId: string, added: boolean) => {
    if (added) {
      await writeCurrentUser(db, personId);
      services.setActor(personId);
      sessionStorage.setItem(SESSION_KEY, personId);
    }
    await writeSetupJoining(db, false);
  };
  const start = () =>
    saving.run(async () => {
      // The usual units, unstamped: whatever the office changed in them stays as it is.
      await seedDefaultUnits(write);
      if (!adding) {
        if (!chosen) throw new Error('Pilih nama Anda dari daftar pegawai.');
        return finish(chosen, false);
      }
      if (form.validate().hasErrors) throw new Error('Periksa kembali isian yang ditandai merah.');
      const pinProblem = newPinProblem(pin.pin, pin.again);
      if (pinProblem) throw new Error(pinProblem);
      const nip = personSchema(write.now()).shape.nip.parse(form.values.nip);
      const holder = await findNipHolder(db, nip, null);
      if (holder) {
        form.setFieldError('nip', `NIP ini sudah dipakai oleh ${holder.nama}.`);
        throw new Error(`NIP ini sudah terdaftar atas nama ${holder.nama}; pilih dari daftar.`);
      }
      // Administrators are made by an administrator, not by whoever joins a PC.
      const roles = form.values.roles.filter((r) => r !== 'administrator');
      const id = await savePerson(write, null, { ...form.values, roles });
      const set = await setPin(write, webCryptoDerive, randomBytes, id, pin.pin);
      if (!set.ok) throw new Error(set.error);
      await finish(id, true);
    });

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={4}>Siapa yang memakai PC ini?</Title>
        <Text size="sm">
          Data kantor sudah diterima. Pilih nama Anda dari daftar pegawai kantor.
        </Text>
        {adding ? (
          <PersonFields
            form={form}
            units={units.map((u) => ({ value: u.id, label: u.nama }))}
            showActive={false}
          />
        ) : (
          <Select
            label="Pegawai"
            placeholder="Pilih nama"
            searchable
            data={people.map((p) => ({
              value: p.id,
              label: p.nip ? `${p.nama} (NIP ${formatNip(p.nip)})` : p.nama,
            }))}
            value={chosen}
            onChange={setChosen}
          />
        )}
        {adding && <NewPinFields value={pin} onChange={setNewPin} pinLabel="PIN Anda" />}
        {saving.error && <Alert color="red">{saving.error}</Alert>}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setAdding((a) => !a)}>
            {adding ? 'Pilih dari daftar pegawai' : 'Nama saya belum ada: tambahkan'}
          </Button>
          <Button loading={saving.saving} onClick={() => void start()}>
            Mulai memakai Meja TI
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
