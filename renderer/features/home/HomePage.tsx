import { SopHint } from './SopHint';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { attentionLines, type AttentionTarget } from '../../../shared/home/attention';
import type { Office } from '../../../shared/office/office';
import { offerScreenFilter } from '../../kit/screenFilters';
import { useServices } from '../../kit/servicesContext';
import { DEVICES_SCREEN } from '../devices/public';
import { listPeople } from '../people/public';
import { HolidayListWarning, REGISTER_SCREEN, StepConflictWarnings } from '../requests/public';
import { UpdateNotice } from '../updates/public';
import { readHomeData } from './attentionData';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

type HomeTarget =
  | 'pegawai'
  | 'kantor'
  | 'layanan'
  | 'jadwal'
  | 'pengamanan'
  | 'permintaan'
  | 'perangkat'
  | 'sinkronisasi'
  | 'kebijakan'
  | 'konten'
  | 'website'
  | 'sop'
  | 'tentang';

export function HomePage({
  office,
  onNavigate,
}: {
  office: Office;
  onNavigate: (page: HomeTarget) => void;
}) {
  const { db, write } = useServices();
  const data = useLiveQuery(async () => {
    const home = await readHomeData(db, write.now());
    return { ...home, people: (await listPeople(db)).filter((p) => p.aktif).length };
  }, [db, write]);
  const lines = data ? attentionLines(data.counts) : [];
  const open = (target: AttentionTarget) => {
    if (target.page === 'permintaan') offerScreenFilter(REGISTER_SCREEN, target.filter);
    if (target.page === 'perangkat') offerScreenFilter(DEVICES_SCREEN, target.filter);
    if ((target.page === 'konten' || target.page === 'website') && target.filter) {
      offerScreenFilter(target.page, target.filter);
    }
    onNavigate(target.page);
  };
  const figure = (n: number | undefined) => (n === undefined ? '…' : String(n));
  return (
    <Stack>
      <div>
        <Title order={2}>{office.namaPengadilan}</Title>
        <Text c="dimmed">
          {office.alamat}, {office.kota}
        </Text>
      </div>
      <StepConflictWarnings onOpen={() => onNavigate('permintaan')} />
      <HolidayListWarning onOpen={() => onNavigate('layanan')} />
      <UpdateNotice onOpen={() => onNavigate('tentang')} />
      <SopHint onOpen={() => onNavigate('sop')} storage={window.localStorage} />
      <SimpleGrid cols={{ base: 2, md: 4 }} aria-label="Hari ini">
        <Stat label="Diterima hari ini" value={figure(data?.today.diterima)} />
        <Stat label="Selesai hari ini" value={figure(data?.today.selesai)} />
        <Stat label="Dalam proses" value={figure(data?.today.dalamProses)} />
        <Stat label="Pegawai aktif" value={figure(data?.people)} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          Perlu perhatian
        </Title>
        {data && lines.length === 0 && (
          <Text c="dimmed" size="sm">
            Tidak ada yang perlu ditindaklanjuti saat ini.
          </Text>
        )}
        <Stack gap={6} component="ul" aria-label="Perlu perhatian" p={0} m={0}>
          {lines.map((line) => (
            <Group key={line.key} component="li" gap="xs" wrap="nowrap">
              <Text c={line.color} aria-hidden>
                ●
              </Text>
              <Anchor component="button" type="button" onClick={() => open(line.target)}>
                {line.text}
              </Anchor>
            </Group>
          ))}
        </Stack>
      </Paper>
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
