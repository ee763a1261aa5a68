import { Button, Checkbox, Group, Select } from '@mantine/core';
import { memo, useMemo, type Dispatch, type SetStateAction } from 'react';
import { formatBulanTahun } from '../../../shared/format/date';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../shared/requests/schema';
import type { PersonRow } from '../../db/rows';
import {
  distinctValues,
  isFiltered,
  NO_FILTER,
  type RegisterFilter,
  type RegisterItem,
  type Tahap,
} from './registerFilter';
import { RegisterSearch } from './RegisterSearch';

/**
 * The register's search and filters. The choices are drawn again only when the filter or
 * the register's rows change, not on each search.
 */
export function RegisterFilterBar({
  query,
  setQuery,
  ...choices
}: ChoicesProps & { query: string; setQuery: (query: string) => void }) {
  const { filter, setFilter } = choices;
  const reset = () => {
    setQuery('');
    setFilter(NO_FILTER);
  };
  return (
    <Group align="flex-end" gap="sm">
      <RegisterSearch value={query} onSearch={setQuery} />
      <FilterChoices {...choices} />
      <Button variant="subtle" disabled={!isFiltered({ ...filter, query })} onClick={reset}>
        Reset
      </Button>
    </Group>
  );
}

interface ChoicesProps {
  items: readonly RegisterItem[] | undefined;
  people: readonly PersonRow[];
  kategori: readonly string[];
  /** The numbers of the active procedure's steps. */
  stepNos: readonly number[];
  filter: RegisterFilter;
  setFilter: Dispatch<SetStateAction<RegisterFilter>>;
}

const FilterChoices = memo(function FilterChoices({
  items,
  people,
  kategori,
  stepNos,
  filter,
  setFilter,
}: ChoicesProps) {
  const months = useMemo(
    () => (items ? [...new Set(items.map((i) => i.bulan))].sort().reverse() : []),
    [items],
  );
  const units = useMemo(() => distinctValues(items ?? [], (r) => r.pemohon.unitNama), [items]);
  const devices = useMemo(() => distinctValues(items ?? [], (r) => r.perangkat), [items]);
  const officers = useMemo(() => {
    const ids = new Set((items ?? []).flatMap((i) => i.row.disposisi?.diteruskanKepada ?? []));
    return people
      .filter((p) => ids.has(p.id))
      .map((p) => ({ value: p.id, label: p.nama }))
      .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  }, [items, people]);
  const set = <K extends keyof RegisterFilter>(key: K, value: RegisterFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));
  return (
    <>
      <Select
        label="Tahap"
        w={230}
        allowDeselect={false}
        value={filter.tahap}
        onChange={(v) => set('tahap', (v ?? 'semua') as Tahap)}
        data={[
          { value: 'semua', label: 'Semua' },
          { value: 'berjalan', label: 'Dalam proses' },
          ...stepNos
            .slice(1)
            .map((no) => ({ value: `langkah:${no}`, label: `Menunggu langkah ${no}` })),
          { value: 'konfirmasi', label: 'Menunggu konfirmasi' },
          { value: 'selesai', label: 'Selesai' },
          { value: 'ditolak', label: 'Ditolak' },
          { value: 'dibatalkan', label: 'Dibatalkan' },
        ]}
      />
      <Select
        label="Kategori"
        w={170}
        clearable
        value={filter.kategori}
        onChange={(v) => set('kategori', v)}
        data={[...kategori]}
      />
      <Select
        label="Prioritas"
        w={140}
        clearable
        value={filter.prioritas}
        onChange={(v) => set('prioritas', v as Level | null)}
        data={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
      />
      <Select
        label="Bulan"
        w={160}
        clearable
        value={filter.bulan}
        onChange={(v) => set('bulan', v)}
        data={months.map((m) => ({
          value: m,
          label: formatBulanTahun(Number(m.slice(0, 4)), Number(m.slice(5))),
        }))}
      />
      <Select
        label="Unit"
        w={180}
        clearable
        searchable
        value={filter.unit}
        onChange={(v) => set('unit', v)}
        data={units}
      />
      <Select
        label="Petugas"
        w={180}
        clearable
        searchable
        value={filter.petugas}
        onChange={(v) => set('petugas', v)}
        data={officers}
      />
      <Select
        label="Perangkat"
        w={200}
        clearable
        searchable
        value={filter.perangkat}
        onChange={(v) => set('perangkat', v)}
        data={devices}
      />
      <Checkbox
        mb={8}
        label="Terlambat saja"
        checked={filter.terlambatSaja}
        onChange={(e) => set('terlambatSaja', e.currentTarget.checked)}
      />
    </>
  );
});
