import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import {
  chooseSharedFolder,
  createWorkspace,
  joinWorkspace,
  type FolderChoice,
} from '../../sync/runtime/workspace';
import { namePeer } from '../../sync/peers';
import { passphraseProblem } from '../../sync/workspaceCrypto';

const SHOW_PASSPHRASE = { 'aria-label': 'Tampilkan atau sembunyikan kata sandi' };

/** The steps of joining: choose the folder, then create a workspace there or join its one. */
export function JoinWorkspacePanel({
  office,
  defaultPcName,
  joinOnly = false,
}: {
  office: string;
  defaultPcName: string;
  /** On the first run: only an existing workspace can be joined (no office to create one). */
  joinOnly?: boolean;
}) {
  const { api, db, write } = useServices();
  const [choice, setChoice] = useState<FolderChoice | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pcName, setPcName] = useState(defaultPcName);
  const [problem, setProblem] = useState<string | null>(null);
  const choosing = useSaving();
  const joining = useSaving();

  const choose = () =>
    choosing.run(async () => {
      setProblem(null);
      setChoice(await chooseSharedFolder(api, write.device));
    });

  const submit = () =>
    joining.run(async () => {
      if (!choice || (choice.kind !== 'empty' && choice.kind !== 'workspace')) return;
      const nama = pcName.trim();
      if (nama.length < 2 || nama.length > 60) {
        setProblem('Nama PC ini wajib diisi (2 sampai 60 karakter), misalnya "PTSP 1".');
        return;
      }
      if (choice.kind === 'empty') {
        const weak = passphraseProblem(passphrase);
        if (weak) return setProblem(weak);
        if (passphrase !== repeat) return setProblem('Ulangan kata sandi kantor tidak sama.');
      }
      setProblem(null);
      const now = write.now();
      if (choice.kind === 'empty') {
        await createWorkspace(api, db, {
          root: choice.root,
          passphrase,
          office,
          now,
          workspaceId: crypto.randomUUID(),
        });
      } else {
        await joinWorkspace(db, { root: choice.root, passphrase, marker: choice.marker, now });
      }
      await namePeer(write, nama);
      setPassphrase('');
      setRepeat('');
    });

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Folder bersama</Title>
        {joinOnly ? (
          <Text size="sm">
            Pilih folder bersama yang sudah dipakai PC lain kantor ini (misalnya{' '}
            <Code>\\server\data\MejaTI</Code> atau drive yang dipetakan). Data kantor dan pegawai
            diambil dari ruang kerja itu.
          </Text>
        ) : (
          <Text size="sm">
            PC ini belum bergabung ke ruang kerja. Pilih folder bersama di jaringan kantor (misalnya{' '}
            <Code>\\server\data\MejaTI</Code> atau drive yang dipetakan). Di folder kosong dibuat
            ruang kerja baru; di folder yang sudah berisi ruang kerja Meja TI, PC ini bergabung.
          </Text>
        )}
        <Group>
          <Button variant="default" onClick={() => void choose()} loading={choosing.saving}>
            Pilih folder bersama…
          </Button>
          {choice && choice.kind !== 'canceled' && <Code>{choice.root}</Code>}
        </Group>
        {choosing.error && <Alert color="red">{choosing.error}</Alert>}
        {choice?.kind === 'invalid' && (
          <Alert color="red" title="Penanda ruang kerja rusak">
            Berkas meja-ti-workspace.json di folder ini tidak dapat dibaca. Pilih folder lain atau
            periksa berkas itu.
          </Alert>
        )}
        {choice?.kind === 'unreachable' && (
          <Alert color="red">
            Folder ini tidak dapat dijangkau. Periksa jaringan lalu coba lagi.
          </Alert>
        )}
        {joinOnly && choice?.kind === 'empty' && (
          <Alert color="orange" title="Folder ini belum berisi ruang kerja">
            Pilih folder bersama yang sudah dipakai PC lain kantor ini, atau kembali dan pilih
            &quot;Siapkan kantor baru&quot;.
          </Alert>
        )}
        {((choice?.kind === 'empty' && !joinOnly) || choice?.kind === 'workspace') && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Stack gap="sm" maw={460}>
              {choice.kind === 'workspace' ? (
                <Alert color="blue" title="Folder ini sudah berisi ruang kerja">
                  Ruang kerja {choice.marker.office || 'Meja TI'}, dibuat{' '}
                  {new Date(choice.marker.createdAt).toLocaleDateString('id-ID')}. Masukkan kata
                  sandi kantor untuk bergabung.
                </Alert>
              ) : (
                <Alert color="blue" title="Ruang kerja baru">
                  Folder ini kosong. Tentukan kata sandi kantor: setiap PC yang bergabung
                  memerlukannya. Kata sandi tidak disimpan di mana pun; bila lupa, buat ruang kerja
                  baru.
                </Alert>
              )}
              <TextInput
                label="Nama PC ini"
                description="Tampil di daftar PC ruang kerja, misalnya PTSP 1 atau Ruang TI."
                value={pcName}
                onChange={(e) => setPcName(e.currentTarget.value)}
                required
              />
              <PasswordInput
                label="Kata sandi kantor"
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                required
                autoComplete="off"
                visibilityToggleButtonProps={SHOW_PASSPHRASE}
              />
              {choice.kind === 'empty' && (
                <PasswordInput
                  label="Ulangi kata sandi kantor"
                  value={repeat}
                  onChange={(e) => setRepeat(e.currentTarget.value)}
                  required
                  autoComplete="off"
                  visibilityToggleButtonProps={SHOW_PASSPHRASE}
                />
              )}
              {(problem ?? joining.error) && <Alert color="red">{problem ?? joining.error}</Alert>}
              <Group>
                <Button type="submit" loading={joining.saving}>
                  {choice.kind === 'empty' ? 'Buat ruang kerja' : 'Bergabung'}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
