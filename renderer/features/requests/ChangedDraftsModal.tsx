import { Anchor, Modal, Table, Text } from '@mantine/core';
import { formatTanggalJam } from '../../../shared/format/date';
import { changedDrafts, type ChangedDraft } from '../../../shared/requests/numberHistory';
import type { RequestRow } from '../../db/rows';
import { usePcNames } from './NumberHistoryPanel';

export interface ChangedDraftItem extends ChangedDraft {
  requestId: string;
  pemohon: string;
}

/** Every printed draft number that became another, newest change first. */
export function listChangedDrafts(rows: readonly RequestRow[]): ChangedDraftItem[] {
  return rows
    .filter((r) => !r._deleted)
    .flatMap((r) =>
      changedDrafts(r).map((c) => ({ ...c, requestId: r.id, pemohon: r.pemohon.nama })),
    )
    .sort((a, b) => b.pada.localeCompare(a.pada) || a.sementara.localeCompare(b.sementara));
}

/**
 * "Nomor sementara yang berubah": for correcting the paper archive, each Formulir or
 * Disposisi printed with a draft number and the number that replaced it.
 */
export function ChangedDraftsModal({
  opened,
  items,
  onClose,
  onOpen,
}: {
  opened: boolean;
  items: readonly ChangedDraftItem[];
  onClose: () => void;
  onOpen: (id: string) => void;
}) {
  const names = usePcNames();
  return (
    <Modal opened={opened} onClose={onClose} title="Nomor sementara yang berubah" size="xl">
      <Text size="sm" mb="sm">
        Berkas yang sudah dicetak dengan nomor sementara berikut perlu dibetulkan: coret nomor
        sementara dan tuliskan nomor tetapnya.
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada nomor sementara yang berubah.
        </Text>
      ) : (
        <Table withTableBorder striped data-testid="nomor-sementara-berubah">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dicetak sebagai</Table.Th>
              <Table.Th>Menjadi</Table.Th>
              <Table.Th>Pemohon</Table.Th>
              <Table.Th>Berubah pada</Table.Th>
              <Table.Th>Oleh PC</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.requestId}-${item.sementara}`}>
                <Table.Td>{item.sementara} (SEMENTARA)</Table.Td>
                <Table.Td>
                  <Anchor component="button" size="sm" onClick={() => onOpen(item.requestId)}>
                    {item.menjadi}
                  </Anchor>
                </Table.Td>
                <Table.Td>{item.pemohon}</Table.Td>
                <Table.Td>{formatTanggalJam(new Date(item.pada))}</Table.Td>
                <Table.Td>{names.get(item.oleh) ?? item.oleh}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
