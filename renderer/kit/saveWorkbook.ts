import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useServices } from './servicesContext';
import { call, errorMessage } from '../api/client';
import { encodeBase64 } from '../../shared/encoding/base64';

/**
 * Builds a workbook and hands it to main, which asks where to save it. Tells the user
 * where it went, or why it did not; a canceled dialog says nothing.
 */
export function useSaveWorkbook() {
  const { api } = useServices();
  const [busy, setBusy] = useState(false);

  async function save(build: () => Promise<Uint8Array>, suggestedName: string): Promise<void> {
    setBusy(true);
    try {
      const base64 = encodeBase64(await build());
      const result = await call(api, 'saveSpreadsheet', { base64, suggestedName });
      if (result.saved) {
        notifications.show({
          color: 'green',
          title: 'Lembar kerja tersimpan',
          message: `Disimpan ke ${result.path}`,
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Gagal menyimpan lembar kerja',
        message: errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  }

  return { save, busy };
}
