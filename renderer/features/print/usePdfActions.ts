import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { useServices } from '../../kit/servicesContext';
import { call, errorMessage } from '../../api/client';

/** Simpan PDF and Cetak for any document request, with progress and Indonesian messages. */
export function usePdfActions() {
  const { api } = useServices();
  const [busy, setBusy] = useState<'save' | 'print' | null>(null);

  async function save(document: PdfDocumentRequest, suggestedName: string) {
    setBusy('save');
    try {
      const result = await call(api, 'savePdf', { document, suggestedName });
      if (result.saved) {
        notifications.show({ color: 'green', title: 'PDF tersimpan', message: result.path });
      }
      return result;
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Gagal menyimpan PDF',
        message: errorMessage(error),
      });
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function print(document: PdfDocumentRequest) {
    setBusy('print');
    try {
      const result = await call(api, 'printPdf', { document });
      if (result.printed) {
        notifications.show({
          color: 'green',
          title: 'Dikirim ke printer',
          message: 'Dokumen sedang dicetak.',
        });
      }
      return result;
    } catch (error) {
      notifications.show({ color: 'red', title: 'Gagal mencetak', message: errorMessage(error) });
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return { save, print, busy };
}
