import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Office } from '../../../shared/office/office';
import { PAPER_SIZES } from '../../../shared/pdf/paper';
import { useServices } from '../../kit/servicesContext';
import { ScheduleWarnings } from '../maintenance/public';
import { listPeople } from '../people/public';
import { HolidayListWarning, StepConflictWarnings } from '../requests/public';
import { BackupWarnings } from '../security/public';
import { listUnits } from '../units/public';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

export function HomePage({
  office,
  onNavigate,
}: {
  office: Office;
  onNavigate: (
    page: 'pegawai' | 'kantor' | 'layanan' | 'jadwal' | 'pengamanan' | 'permintaan',
  ) => void;
}) {
  const { db, write } = useServices();
  const counts = useLiveQuery(
    async () => ({
      people: (await listPeople(db)).filter((p) => p.aktif).length,
      units: (await listUnits(db)).filter((u) => u.aktif).length,
      changes: await db.outbox.count(),
    }),
    [db],
  );
  return (
    <Stack>
      <div>
        <Title order={2}>{office.namaPengadilan}</Title>
        <Text c="dimmed">
          {office.alamat}, {office.kota}
        </Text>
      </div>
      <ScheduleWarnings onOpen={() => onNavigate('jadwal')} />
      <BackupWarnings onOpen={() => onNavigate('pengamanan')} />
      <StepConflictWarnings onOpen={() => onNavigate('permintaan')} />
      <HolidayListWarning onOpen={() => onNavigate('layanan')} />
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Pegawai aktif" value={String(counts?.people ?? '…')} />
        <Stat label="Unit kerja" value={String(counts?.units ?? '…')} />
        <Stat label="Kertas bawaan" value={office.kertas} hint={PAPER_SIZES[office.kertas].label} />
        <Stat
          label="Perubahan tercatat"
          value={String(counts?.changes ?? '…')}
          hint={`di komputer ini (${write.device.slice(0, 8)})`}
        />
      </SimpleGrid>
      <Group>
        <Button variant="light" onClick={() => onNavigate('pegawai')}>
          Kelola Pegawai
        </Button>
        <Button variant="light" onClick={() => onNavigate('kantor')}>
          Uji Cetak Kop Surat
        </Button>
      </Group>
    </Stack>
  );
}
