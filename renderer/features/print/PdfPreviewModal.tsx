import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PaperSizeId } from '../../../shared/pdf/paper';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { useServices } from '../../kit/servicesContext';
import { call, errorMessage } from '../../api/client';
import { decodeBase64 } from '../../../shared/encoding/base64';
import { loadPdfPages } from './loadPdfPages';
import { usePdfActions } from './usePdfActions';

const PAGE_WIDTH = 620;

interface Props {
  title: string;
  request: PdfDocumentRequest | null;
  suggestedName: string;
  onClose: () => void;
}

/** Shows a document exactly as main renders it, with Simpan PDF and Cetak. */
export function PdfPreviewModal({ title, request: given, suggestedName, onClose }: Props) {
  // Paper is chosen per print: the office default comes in, the user may switch.
  const [paperChoice, setPaperChoice] = useState<{
    for: PdfDocumentRequest;
    paper: PaperSizeId;
  } | null>(null);
  const paper = paperChoice && paperChoice.for === given ? paperChoice.paper : given?.paper;
  const request = useMemo(() => (given && paper ? { ...given, paper } : given), [given, paper]);
  const { api } = useServices();
  const pagesRef = useRef<HTMLDivElement>(null);
  // The outcome belongs to the request it was made for; a new request reads as loading.
  const [result, setResult] = useState<{
    request: PdfDocumentRequest;
    status: 'ready' | 'error';
    message?: string;
    pages?: number;
  } | null>(null);
  const state = result && result.request === request ? result : { status: 'loading' as const };
  const { save, print, busy } = usePdfActions();

  useEffect(() => {
    if (!request) return;
    let active = true;
    const pdfPages = loadPdfPages();
    void pdfPages.then((m) => m.warmPdfWorker()).catch(() => undefined);
    // Fire and forget: every failure is caught below and shown as the preview's error.
    void (async () => {
      try {
        const { base64 } = await call(api, 'renderPdf', { document: request });
        const { renderPdfPages } = await pdfPages;
        let first = true;
        const bytes = decodeBase64(base64);
        if (!bytes) throw new Error('Berkas PDF yang diterima rusak.');
        const canvases = await renderPdfPages(bytes, PAGE_WIDTH, (canvas) => {
          if (!active || !pagesRef.current) return;
          // Pages show as they are drawn; the first replaces an earlier document's.
          if (first) pagesRef.current.replaceChildren(canvas);
          else pagesRef.current.append(canvas);
          first = false;
        });
        if (!active || !pagesRef.current) return;
        setResult({ request, status: 'ready', pages: canvases.length });
      } catch (error) {
        if (active) setResult({ request, status: 'error', message: errorMessage(error) });
      }
    })();
    return () => {
      active = false;
    };
  }, [api, request]);

  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={title}
      size={PAGE_WIDTH + 80}
      centered
    >
      <Stack>
        {state.status === 'loading' && (
          <Group>
            <Loader size="sm" />
            <Text size="sm">Menyiapkan pratinjau…</Text>
          </Group>
        )}
        {state.status === 'error' && (
          <Alert color="red" title="Pratinjau gagal">
            {'message' in state ? state.message : null}
          </Alert>
        )}
        <ScrollArea h="70vh" type="auto" bg="gray.2" p="sm">
          <div ref={pagesRef} data-testid="pdf-pages" className="pdf-pages" />
        </ScrollArea>
        <Group justify="space-between">
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              aria-label="Ukuran kertas"
              value={paper ?? 'F4'}
              onChange={(v) =>
                given && setPaperChoice({ for: given, paper: v === 'A4' ? 'A4' : 'F4' })
              }
              data={[
                { value: 'F4', label: 'F4' },
                { value: 'A4', label: 'A4' },
              ]}
            />
            <Text size="sm" c="dimmed">
              {'pages' in state && state.pages ? `${state.pages} halaman` : ''}
            </Text>
          </Group>
          <Group>
            <Button variant="default" onClick={onClose}>
              Tutup
            </Button>
            <Button
              variant="light"
              loading={busy === 'save'}
              disabled={!request || state.status !== 'ready'}
              onClick={() => request && void save(request, suggestedName)}
            >
              Simpan PDF…
            </Button>
            <Button
              loading={busy === 'print'}
              disabled={!request || state.status !== 'ready'}
              onClick={() => request && void print(request)}
            >
              Cetak…
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
