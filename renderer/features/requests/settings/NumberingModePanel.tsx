import { Alert, Button, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { formatRegisterNumber } from '../../../../shared/requests/numbering';
import type { SynchroniserName } from '../../../../shared/sync/synchroniserMarkers';
import { call, errorMessage } from '../../../api/client';
import { useServices } from '../../../kit/servicesContext';
import { readSiteCode, saveSiteCode } from '../numberingSite';
import { saveRequestSettings, type ModePenomoran, type RequestSettings } from '../requestSettings';

/** The synchronisers marking the shared folder, or null while unknown (no folder, away). */
function useSynchronisers(): SynchroniserName[] | null {
  const { api } = useServices();
  const [found, setFound] = useState<SynchroniserName[] | null>(null);
  useEffect(() => {
    let live = true;
    call(api, 'syncFindSynchronisers', {})
      .then((r) => live && setFound(r.reachable ? r.synchronisers : null))
      .catch(() => live && setFound(null));
    return () => {
      live = false;
    };
  }, [api]);
  return found;
}

/**
 * Penomoran: one series claimed on one shared folder, or a series per site when the folder is
 * replicated between sites by a file synchroniser; recommended when its marker is seen.
 */
export function NumberingModePanel({ settings }: { settings: RequestSettings }) {
  const { db, write } = useServices();
  const synchronisers = useSynchronisers();
  const storedSite = useLiveQuery(() => readSiteCode(db), [db]);
  const current = settings.modePenomoran ?? 'bersama';
  const [mode, setMode] = useState<ModePenomoran>(current);
  const [site, setSite] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const siteValue = site ?? storedSite ?? '';
  const example = (() => {
    try {
      const lokasi = mode === 'replikasi' ? siteValue.trim().toUpperCase() || 'B' : '';
      return formatRegisterNumber(settings.numberFormat, 12, write.now(), { lokasi });
    } catch {
      return '—';
    }
  })();

  const save = async () => {
    try {
      if (mode === 'replikasi') await saveSiteCode(db, siteValue);
      await saveRequestSettings(write, { modePenomoran: mode });
      setSite(null);
      setError(null);
      notifications.show({ color: 'green', message: 'Mode penomoran tersimpan.' });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Paper withBorder p="md" data-testid="mode-penomoran">
      <Title order={4}>Mode penomoran</Title>
      {synchronisers && synchronisers.length > 0 && current !== 'replikasi' && (
        <Alert color="orange" mt="xs" title="Folder bersama direplikasi antar-lokasi">
          Folder bersama memuat penanda {synchronisers.join(', ')}. Pemesanan nomor hanya berlaku di
          satu lokasi, sehingga dua lokasi dapat memberi nomor tetap yang sama. Disarankan memilih
          &quot;Ruang kerja direplikasi antar-lokasi&quot; di bawah ini.
        </Alert>
      )}
      <Radio.Group value={mode} onChange={(v) => setMode(v === 'replikasi' ? v : 'bersama')}>
        <Stack gap={6} mt="xs">
          <Radio value="bersama" label="Satu folder bersama di jaringan kantor (satu seri nomor)" />
          <Radio
            value="replikasi"
            label="Ruang kerja direplikasi antar-lokasi (Syncthing dsb.): setiap lokasi memakai seri nomornya sendiri dengan kode lokasi"
          />
        </Stack>
      </Radio.Group>
      <Group align="flex-end" mt="sm">
        <TextInput
          label="Kode lokasi komputer ini"
          description="Sama untuk semua komputer di satu lokasi, berbeda antar-lokasi; 1–6 huruf/angka."
          w={360}
          disabled={mode !== 'replikasi'}
          value={siteValue}
          onChange={(e) => setSite(e.currentTarget.value)}
        />
        <div>
          <Text size="sm" c="dimmed">
            Contoh nomor ke-12
          </Text>
          <Text fw={700} data-testid="contoh-nomor-lokasi">
            {example}
          </Text>
        </div>
        <Button onClick={() => void save()}>Simpan mode penomoran</Button>
      </Group>
      {error && (
        <Text c="red" size="sm" mt="xs">
          {error}
        </Text>
      )}
    </Paper>
  );
}
