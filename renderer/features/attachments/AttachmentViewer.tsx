import { Alert, Anchor, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import type { OpenedAttachment } from './useAttachmentOpener';

/** An opened attachment: a photo shown, a PDF in the viewer, each with a link to save a copy. */
export function AttachmentViewer(props: { opened: OpenedAttachment; onClose: () => void }) {
  const { opened } = props;
  if (opened.state === 'idle') return null;
  return (
    <Modal opened onClose={props.onClose} title={opened.ref.nama} size="xl">
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
        <Stack>
          {opened.ref.tipe === 'application/pdf' ? (
            <iframe
              src={opened.url}
              title={opened.ref.nama}
              style={{ width: '100%', height: '70vh', border: 0 }}
            />
          ) : (
            <Image src={opened.url} alt={opened.ref.nama} fit="contain" mah="70vh" />
          )}
          <Anchor href={opened.url} download={opened.ref.nama}>
            Simpan salinan {opened.ref.nama}
          </Anchor>
        </Stack>
      )}
    </Modal>
  );
}
