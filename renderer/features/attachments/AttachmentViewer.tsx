import { Alert, Group, Image, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { formatBytes } from '../../../shared/attachments/fileCheck';
import { loadPdfPages } from '../print/public';
import type { OpenedAttachment } from './useAttachmentOpener';

const PAGE_WIDTH = 720;

/** A PDF attachment drawn page by page (pdf.js, as the print preview), inside the app. */
function PdfPages(props: { bytes: Uint8Array }) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const target = holder.current;
    let live = true;
    loadPdfPages()
      .then(({ renderPdfPages }) =>
        renderPdfPages(new Uint8Array(props.bytes), PAGE_WIDTH, (canvas) => {
          if (live) target?.append(canvas);
        }),
      )
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
      target?.replaceChildren();
    };
  }, [props.bytes]);
  if (failed) {
    return (
      <Alert color="red" title="PDF tidak dapat ditampilkan">
        Isi PDF ini tidak dapat dibaca.
      </Alert>
    );
  }
  return <Stack ref={holder} gap="md" align="center" aria-label="Halaman PDF" />;
}

/** An opened attachment: a photo shown, a PDF's pages drawn. */
export function AttachmentViewer(props: { opened: OpenedAttachment; onClose: () => void }) {
  const { opened } = props;
  if (opened.state === 'idle') return null;
  return (
    <Modal opened onClose={props.onClose} title={opened.ref.nama} size={PAGE_WIDTH + 80}>
      {opened.state === 'loading' && (
        <Group>
          <Loader size="sm" />
          <Text>Membuka lampiran…</Text>
        </Group>
      )}
      {opened.state === 'failed' && (
        <Alert color="red" title="Lampiran tidak dapat dibuka">
          {opened.reason}
        </Alert>
      )}
      {opened.state === 'open' && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {opened.ref.tipe === 'application/pdf' ? 'PDF' : 'Foto'},{' '}
            {formatBytes(opened.ref.ukuran)}
          </Text>
          <ScrollArea.Autosize mah="70vh">
            {opened.ref.tipe === 'application/pdf' ? (
              <PdfPages bytes={opened.bytes} />
            ) : (
              <Image src={opened.url} alt={opened.ref.nama} w="auto" maw="100%" mx="auto" />
            )}
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}
