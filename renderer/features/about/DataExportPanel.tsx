import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import { call, errorMessage } from '../../api/client';
import { useSaveWorkbook } from '../../kit/saveWorkbook';
import { useServices } from '../../kit/servicesContext';
import { dataJson, dataWorkbook, readAllTables, type ExportMeta } from './exportAllData';

/**
 * Ekspor semua data: every table of the office as a workbook (one sheet each, Indonesian
 * headings) or as JSON, for the archive or for leaving the app (docs/DATA-EXPORT.md).
 */
export function DataExportPanel() {
  const { db, api, write } = useServices();
  const workbook = useSaveWorkbook();
  const [savingJson, setSavingJson] = useState(false);
  const meta = (): ExportMeta => ({
    dibuatPada: write.now().toISOString(),
    perangkat: write.device,
    dibuatOleh: write.actor(),
  });
  const base = `data-meja-ti-${toIsoDate(write.now())}`;

  const saveJson = async () => {
    setSavingJson(true);
    try {
      const text = dataJson(await readAllTables(db), meta());
      const result = await call(api, 'saveJsonExport', { text, suggestedName: `${base}.json` });
      if (result.saved) {
        notifications.show({
          color: 'green',
          title: 'Ekspor data tersimpan',
          message: `Disimpan ke ${result.path}`,
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Gagal menyimpan ekspor data',
        message: errorMessage(error),
      });
    } finally {
      setSavingJson(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Title order={4}>Ekspor semua data</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Seluruh data kantor di komputer ini (pegawai, permintaan layanan, perangkat, pemeliharaan,
        pengamanan, SOP, pengaturan), untuk arsip atau untuk dipindahkan ke aplikasi lain. Data yang
        ditandai dihapus ikut diekspor dengan kolom Dihapus.
      </Text>
      <Group>
        <Button
          variant="light"
          loading={workbook.busy}
          onClick={() =>
            void workbook.save(
              async () => dataWorkbook(await readAllTables(db), meta()),
              `${base}.xlsx`,
            )
          }
        >
          Ekspor ke Excel (.xlsx)
        </Button>
        <Button variant="light" loading={savingJson} onClick={() => void saveJson()}>
          Ekspor ke JSON
        </Button>
      </Group>
    </Paper>
  );
}
