import { Alert, List, Stack, Text } from '@mantine/core';
import { formatJam, formatTanggal } from '../../../shared/format/date';
import type { StalledFile } from '../../sync/engine';

const WHAT_TO_DO: Record<StalledFile['why'], string> = {
  gap: 'Berkas itu belum ada di folder bersama. Nyalakan komputer tersebut dan buka Meja TI di sana: berkas yang hilang ditulis kembali otomatis. Bila folder disalin oleh program sinkronisasi, pastikan penyalinannya selesai.',
  quarantined:
    'Berkas itu rusak atau tidak sah. Komputer tersebut menulisnya kembali otomatis saat Meja TI berjalan di sana; nyalakan komputer itu.',
  unavailable:
    'Berkas itu tidak dapat dibaca dari folder bersama. Periksa jaringan dan izin baca folder bersama di komputer ini.',
};

/** Sejak "14.30", or "14.30, 21 November 2026" when not today. */
function sejak(iso: string, now: Date): string {
  const at = new Date(iso);
  const jam = formatJam(at);
  return formatTanggal(at) === formatTanggal(now) ? jam : `${jam}, ${formatTanggal(at)}`;
}

/**
 * Other PCs' files this PC has waited at for long: shown with the PC and the number and
 * what to do, so no PC waits in silence. Nothing is shown while there are none.
 */
export function StalledFilesPanel({
  files,
  peerName,
  now,
}: {
  files: StalledFile[];
  peerName: (device: string) => string;
  now: Date;
}) {
  if (files.length === 0) return null;
  return (
    <Alert color="orange" title="Perubahan dari PC lain tertahan">
      <Stack gap="xs">
        <List size="sm" spacing="xs">
          {files.map((file) => (
            <List.Item key={`${file.device}/${file.seq}`}>
              <Text size="sm" fw={600}>
                Komputer {peerName(file.device)}: berkas nomor {file.seq} belum dapat dibaca sejak{' '}
                {sejak(file.since, now)}.
              </Text>
              <Text size="sm">{WHAT_TO_DO[file.why]}</Text>
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          Perubahan sesudah berkas itu dari komputer yang sama menunggu; perubahan dari PC lain
          tetap diterapkan. Bila komputer tersebut sudah tidak dipakai lagi, pensiunkan di daftar PC
          di atas agar tidak ditunggu.
        </Text>
      </Stack>
    </Alert>
  );
}
