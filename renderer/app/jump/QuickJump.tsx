import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { foldText, matchesWords } from '../../../shared/search/words';
import { useServices } from '../../kit/servicesContext';
import { offerScreenRecord } from '../../kit/screenRecords';
import { DEVICES_SCREEN, findDevices } from '../../features/devices/public';
import { REGISTER_SCREEN, findRequests } from '../../features/requests/public';
import type { PageId } from '../pages';

/** How many records of each kind "Buka cepat" lists for what is typed. */
const RECORDS_SHOWN = 6;

interface QuickJumpProps {
  /** The screens this user may open, in menu order. */
  pages: readonly { id: PageId; label: string }[];
  /** Opens a screen afresh (a record handed to it is taken as it mounts). */
  onOpen: (page: PageId) => void;
}

/**
 * Ctrl+K "Buka cepat" (issue #16 item 4): jump to any screen, or to a request or a device by
 * typing its number, name, room, BMN code, serial number or IP. Works from inside a field too.
 */
export function QuickJump({ pages, onOpen }: QuickJumpProps) {
  const { db } = useServices();
  const [query, setQuery] = useState('');
  const [typed] = useDebouncedValue(query, 150);
  const records = useLiveQuery(
    async () => ({
      requests: await findRequests(db, typed, RECORDS_SHOWN),
      devices: await findDevices(db, typed, RECORDS_SHOWN),
    }),
    [db, typed],
  );
  const screens = pages.filter(
    (p) => foldText(query) === '' || matchesWords(foldText(p.label), query),
  );
  const actions: SpotlightActionGroupData[] = [
    {
      group: 'Layar',
      actions: screens.map((p) => ({
        id: `layar:${p.id}`,
        label: p.label,
        onClick: () => onOpen(p.id),
      })),
    },
    {
      group: 'Permintaan layanan',
      actions: (records?.requests ?? []).map((r) => ({
        id: `permintaan:${r.id}`,
        label: `${r.nomor} · ${r.pemohon}`,
        description: r.uraian.length > 90 ? `${r.uraian.slice(0, 90)}…` : r.uraian,
        onClick: () => {
          offerScreenRecord(REGISTER_SCREEN, r.id);
          onOpen('permintaan');
        },
      })),
    },
    {
      group: 'Perangkat TI',
      actions: (records?.devices ?? []).map((d) => ({
        id: `perangkat:${d.id}`,
        label: d.nama,
        description: d.keterangan,
        onClick: () => {
          offerScreenRecord(DEVICES_SCREEN, d.id);
          onOpen('perangkat');
        },
      })),
    },
  ].filter((g) => g.actions.length > 0);
  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      filter={(_query, shown) => shown}
      shortcut="mod + K"
      tagsToIgnore={[]}
      nothingFound="Tidak ada layar atau catatan yang cocok."
      highlightQuery
      scrollable
      maxHeight={420}
      searchProps={{
        placeholder: 'Ketik nama layar, nomor permintaan, nama pemohon, kode BMN…',
        'aria-label': 'Buka cepat',
      }}
    />
  );
}
