import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { useServices } from '../../kit/servicesContext';
import { call, errorMessage } from '../../api/client';
import { recordAuditEvent } from '../audit/public';

/** Simpan PDF and Cetak for any document request, with progress and Indonesian messages. */
export function usePdfActions() {
  const { api, write } = useServices();
  // An audit entry failing to be written never hides that the paper was printed or saved.
  const audit = (kind: 'cetak' | 'simpan', document: PdfDocumentRequest, path?: string) =>
    recordAuditEvent(write, {
      kind,
      detail: { dokumen: document.kind, ...(path ? { path } : {}) },
    }).catch(() => undefined);
  const [busy, setBusy] = useState<'save' | 'print' | null>(null);

  async function save(document: PdfDocumentRequest, suggestedName: string) {
    setBusy('save');
    try {
      const result = await call(api, 'savePdf', { document, suggestedName });
      if (result.saved) {
        await audit('simpan', document, result.path);
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
        await audit('cetak', document);
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
