import {
  Alert,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Progress,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { backupPassphraseProblem } from '../../../shared/backup/backupFormat';
import {
  BACKUP_FREQUENCIES,
  FREQUENCY_LABELS,
  backupRuleSchema,
  type BackupFrequency,
} from '../../../shared/backup/schedule';
import { formatTanggalJam } from '../../../shared/format/date';
import { call, errorMessage } from '../../api/client';
import { useServices } from '../../kit/servicesContext';
import { createBackupKey } from './backupCrypto';
import {
  leftOutNote,
  makeBackup,
  readLastBackup,
  readSchedule,
  saveSchedule,
  stopSchedule,
} from './backupStore';

export interface WorkProgress {
  value: number;
  langkah: string;
}

/** A bar with the step in words, for work that takes a while. */
export function WorkProgressBar({ progress }: { progress: WorkProgress | null }) {
  if (!progress) return null;
  return (
    <Stack gap={4} aria-live="polite">
      <Progress value={progress.value} animated aria-label="Kemajuan" />
      <Text size="xs" c="dimmed">
        {progress.langkah}
      </Text>
    </Stack>
  );
}

/** Checks a new passphrase and its repetition; the Indonesian reason, or null. */
function passphrasePairProblem(passphrase: string, again: string): string | null {
  return (
    backupPassphraseProblem(passphrase) ??
    (passphrase === again ? null : 'Ulangan kata sandi tidak sama.')
  );
}

/**
 * Cadangan Meja TI: the folder or USB drive backups go to, a backup made now, and this
 * PC's schedule (docs/BACKUP.md).
 */
export function BackupPanel() {
  const services = useServices();
  const { db, api } = services;
  const [folder, setFolder] = useState<string | null | undefined>(undefined);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const schedule = useLiveQuery(() => readSchedule(db), [db]);
  const last = useLiveQuery(() => readLastBackup(db), [db]);

  useEffect(() => {
    call(api, 'backupGetFolder', {}).then(
      (r) => setFolder(r.root),
      () => setFolder(null),
    );
  }, [api]);

  const chooseFolder = async () => {
    try {
      const chosen = await call(api, 'backupChooseFolder', {});
      if (chosen.chosen) setFolder(chosen.root);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const backupNow = async () => {
    const problem = passphrasePairProblem(passphrase, again);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setProgress({ value: 5, langkah: 'Menyiapkan kunci dari kata sandi' });
    try {
      const key = await createBackupKey(passphrase);
      const done = await makeBackup(services, {
        key,
        terjadwal: false,
        progress: (d, total, langkah) =>
          setProgress({ value: 10 + Math.round((d / Math.max(total, 1)) * 90), langkah }),
      });
      setPassphrase('');
      setAgain('');
      notifications.show({
        color: 'green',
        title: 'Cadangan dibuat dan diperiksa',
        message: `Disimpan ke ${done.path}.${leftOutNote(done.lampiranTidakIkut)}`,
      });
    } catch (e) {
      setError(`Cadangan gagal dibuat: ${errorMessage(e)}`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Cadangan Meja TI</Title>
        <Text size="sm" c="dimmed">
          Seluruh data kantor di PC ini (pegawai, permintaan, perangkat, pemeliharaan, pengamanan,
          SOP dan revisinya, pengaturan) dalam satu berkas terenkripsi dan dipadatkan. Simpan di
          flashdisk atau folder lain di luar PC ini. Kata sandi cadangan tidak disimpan di mana pun:
          tanpa kata sandi, cadangan tidak dapat dipulihkan.
        </Text>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            Folder cadangan:
          </Text>
          {folder ? <Code>{folder}</Code> : <Text size="sm">belum dipilih</Text>}
          <Button size="xs" variant="default" onClick={() => void chooseFolder()}>
            {folder ? 'Ganti folder' : 'Pilih folder'}
          </Button>
        </Group>
        {last && (
          <Text size="sm">
            Cadangan terakhir di PC ini: {formatTanggalJam(new Date(last.at))} ({last.name})
          </Text>
        )}
        {error && (
          <Alert color="red" onClose={() => setError(null)} withCloseButton>
            {error}
          </Alert>
        )}
        <Group align="flex-end">
          <PasswordInput
            label="Kata sandi cadangan"
            description="Boleh sama dengan kata sandi kantor (ruang kerja)."
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            w={260}
          />
          <PasswordInput
            label="Ulangi kata sandi"
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            w={220}
          />
          <Button
            onClick={() => void backupNow()}
            loading={progress !== null}
            disabled={!folder || schedule === undefined}
          >
            Buat cadangan sekarang
          </Button>
        </Group>
        <WorkProgressBar progress={progress} />
        {schedule !== undefined && (
          <SchedulePanel
            active={schedule}
            folderChosen={Boolean(folder)}
            onStop={() => void stopSchedule(db)}
          />
        )}
      </Stack>
    </Paper>
  );
}

function SchedulePanel({
  active,
  folderChosen,
  onStop,
}: {
  active: Awaited<ReturnType<typeof readSchedule>>;
  folderChosen: boolean;
  onStop: () => void;
}) {
  const services = useServices();
  const [frekuensi, setFrekuensi] = useState<BackupFrequency>(active?.rule.frekuensi ?? 'harian');
  const [simpan, setSimpan] = useState<number | string>(active?.rule.simpan ?? 7);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = useCallback(async () => {
    const rule = backupRuleSchema.safeParse({ frekuensi, simpan: Number(simpan) });
    if (!rule.success) {
      setError(rule.error.issues[0]?.message ?? 'Jadwal tidak valid.');
      return;
    }
    const problem = passphrasePairProblem(passphrase, again);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setSaving(true);
    try {
      await saveSchedule(services, { rule: rule.data, key: await createBackupKey(passphrase) });
      setPassphrase('');
      setAgain('');
      notifications.show({
        color: 'green',
        title: 'Jadwal cadangan disimpan',
        message: `${FREQUENCY_LABELS[rule.data.frekuensi]}, ${rule.data.simpan} cadangan terakhir disimpan.`,
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }, [again, frekuensi, passphrase, services, simpan]);

  return (
    <Stack gap="xs" mt="sm">
      <Title order={5}>Jadwal cadangan</Title>
      <Text size="sm" c="dimmed">
        Selama Meja TI terbuka di PC ini, cadangan dibuat sendiri ke folder di atas bila cadangan
        terakhir sudah lebih lama dari jadwal; cadangan lama di luar jumlah yang disimpan dihapus.
        Beranda memperingatkan bila cadangan terlambat.
      </Text>
      {active ? (
        <Alert color="green" title="Jadwal aktif">
          <Group justify="space-between">
            <Text size="sm">
              {FREQUENCY_LABELS[active.rule.frekuensi]}, {active.rule.simpan} cadangan terakhir
              disimpan.
            </Text>
            <Button size="xs" variant="default" onClick={onStop}>
              Hentikan jadwal
            </Button>
          </Group>
        </Alert>
      ) : null}
      {error && (
        <Alert color="red" onClose={() => setError(null)} withCloseButton>
          {error}
        </Alert>
      )}
      <Group align="flex-end">
        <Select
          label="Jadwal"
          data={BACKUP_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
          value={frekuensi}
          onChange={(v) => v && setFrekuensi(v as BackupFrequency)}
          allowDeselect={false}
          w={160}
        />
        <NumberInput
          label="Simpan cadangan terakhir"
          value={simpan}
          onChange={setSimpan}
          min={1}
          max={100}
          w={180}
        />
        <PasswordInput
          label="Kata sandi cadangan terjadwal"
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          w={240}
        />
        <PasswordInput
          label="Ulangi kata sandi jadwal"
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          w={200}
        />
        <Button
          variant="light"
          onClick={() => void save()}
          loading={saving}
          disabled={!folderChosen}
        >
          {active ? 'Ubah jadwal' : 'Simpan jadwal'}
        </Button>
      </Group>
    </Stack>
  );
}
