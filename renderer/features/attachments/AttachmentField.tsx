import { Button, FileButton, Group, Input, List, Progress, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MAX_ATTACHMENTS_PER_RECORD, type AttachmentRef } from '../../../shared/attachments/schema';
import { useServices } from '../../kit/servicesContext';
import { AttachmentList } from './AttachmentList';
import { addAttachment, attachmentUsage, usageText } from './attachmentStore';

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/gif,image/webp';

/**
 * The attachments of a record being edited: choose photos or PDFs (several at once), each
 * checked and kept on this PC; a refused file is listed with its reason and stops none of the
 * others. The PC's use of its attachment storage is shown against the limit.
 */
export function AttachmentField(props: {
  label?: string;
  value: readonly AttachmentRef[];
  onChange: (next: AttachmentRef[]) => void;
}) {
  const { db, write } = useServices();
  const usage = useLiveQuery(() => attachmentUsage(db), [db]);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);

  const add = async (files: File[]) => {
    if (files.length === 0) return;
    const next = [...props.value];
    const reasons: string[] = [];
    setBusy({ done: 0, total: files.length });
    for (const [i, file] of files.entries()) {
      try {
        if (next.length >= MAX_ATTACHMENTS_PER_RECORD) {
          throw new Error(
            `Paling banyak ${MAX_ATTACHMENTS_PER_RECORD} lampiran; ${file.name} tidak ditambahkan.`,
          );
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        const ref = await addAttachment(db, { nama: file.name, bytes }, write.now);
        if (!next.some((r) => r.hash === ref.hash)) next.push(ref);
      } catch (error) {
        reasons.push(error instanceof Error ? error.message : String(error));
      }
      setBusy({ done: i + 1, total: files.length });
    }
    setBusy(null);
    setRefusals(reasons);
    props.onChange(next);
  };

  return (
    <Input.Wrapper
      label={props.label ?? 'Lampiran'}
      description="Foto (JPEG, PNG, GIF, WebP) atau PDF, paling besar 20 MB per berkas."
    >
      <Stack gap="xs" mt={6}>
        <AttachmentList
          lampiran={props.value}
          onRemove={(hash) => props.onChange(props.value.filter((r) => r.hash !== hash))}
        />
        <Group gap="sm">
          <FileButton onChange={(files) => void add(files)} accept={ACCEPT} multiple>
            {(buttonProps) => (
              <Button variant="default" size="xs" disabled={busy !== null} {...buttonProps}>
                Tambah lampiran…
              </Button>
            )}
          </FileButton>
          {usage && (
            <Text size="xs" c="dimmed">
              {usageText(usage)}
            </Text>
          )}
        </Group>
        {busy && (
          <Progress
            value={(busy.done / busy.total) * 100}
            aria-label={`Menyimpan lampiran ${busy.done} dari ${busy.total}`}
          />
        )}
        {refusals.length > 0 && (
          <List size="sm" c="red" aria-label="Lampiran ditolak">
            {refusals.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
