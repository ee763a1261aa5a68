import { useCallback, useEffect, useState } from 'react';
import type { AttachmentRef } from '../../../shared/attachments/schema';
import { useServices } from '../../kit/servicesContext';
import { useSync } from '../../sync/runtime/syncContext';
import { openAttachment } from './attachmentFolder';

export type OpenedAttachment =
  | { state: 'idle' }
  | { state: 'loading'; ref: AttachmentRef }
  | { state: 'open'; ref: AttachmentRef; url: string; bytes: Uint8Array }
  | { state: 'failed'; ref: AttachmentRef; reason: string };

/**
 * Opens an attachment for viewing: this PC's copy, else fetched from the shared folder. The
 * object URL lives while it is shown and is revoked when closed.
 */
export function useAttachmentOpener() {
  const { db, write } = useServices();
  const { folder, workspace } = useSync();
  const [opened, setOpened] = useState<OpenedAttachment>({ state: 'idle' });

  useEffect(() => {
    if (opened.state !== 'open') return undefined;
    const { url } = opened;
    return () => URL.revokeObjectURL(url);
  }, [opened]);

  const open = useCallback(
    async (ref: AttachmentRef) => {
      setOpened({ state: 'loading', ref });
      const shared = folder && workspace ? { folder, keys: workspace.keys } : null;
      try {
        const bytes = await openAttachment(db, ref, shared, write.now);
        const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: ref.tipe }));
        setOpened({ state: 'open', ref, url, bytes });
      } catch (error) {
        setOpened({
          state: 'failed',
          ref,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [db, folder, workspace, write.now],
  );
  const close = useCallback(() => setOpened({ state: 'idle' }), []);
  return { opened, open, close };
}
