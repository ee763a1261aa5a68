import { Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import { formatBulanTahun } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { findNumberCollisions } from '../../../shared/requests/numberCollisions';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../shared/requests/schema';
import { useServices } from '../../kit/servicesContext';
import { PdfPreviewModal } from '../print/public';
import { ChangedDraftsModal, listChangedDrafts } from './ChangedDraftsModal';
import { DaftarPeriodModal } from './DaftarPeriodModal';
import { DamagedRowsAlert } from '../../kit/DamagedRowsAlert';
import { StepConflictsNotice } from './StepConflictsNotice';
import { RegisterCollisionsAlert } from './NumberCollisionAlert';
import {
  createNarrowingFilter,
  distinctValues,
  isFiltered,
  handedRegisterFilter,
  sortRegister,
  NO_FILTER,
  REGISTER_SCREEN,
  type RegisterFilter,
  type Tahap,
} from './registerFilter';
import { useSaveWorkbook } from '../../kit/saveWorkbook';
import { RegisterImportModal } from './RegisterImportModal';
import { stepTimesOf, writeRegisterWorkbook } from './registerXlsx';
import { useRegisterView, useViewInUrl } from './useRegisterView';
import { useSearchKeys } from './useRegisterKeys';
import { takeScreenFilter } from '../../kit/screenFilters';
import { RegisterTable } from './RegisterTable';
import { blankFormulirRequest } from './requestPrints';
import { useRegisterData } from './useRegisterData';

interface Props {
  office: Office;
  onOpen: (id: string) => void;
  onNew: () => void;
}

/** Daftar Permintaan Layanan TI: search, filters, sort, and the paper forms. */
export function RegisterPage({ office, onOpen, onNew }: Props) {
  const { db, write } = useServices();
  const data = useRegisterData(db, write.now);
  // The hook's object is new each render; its items change only when the rows do.
  const items = data?.items;
  const [filter, setFilter] = useRegisterView(() =>
    takeScreenFilter<Partial<RegisterFilter>>(REGISTER_SCREEN, {}, handedRegisterFilter),
  );
  const [query, setQuery] = useState(filter.query);
  const [debounced] = useDebouncedValue(query, 120);
  useViewInUrl({ ...filter, query: debounced });
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchKeys(searchRef);
  const { save, busy: exporting } = useSaveWorkbook();
  const [importOpen, setImportOpen] = useState(false);
  const [preview, setPreview] = useState<{
    title: string;
    request: PdfDocumentRequest;
    file: string;
  } | null>(null);
  const [periodOpen, setPeriodOpen] = useState(false);
  const sorted = useMemo(
    () => (items ? sortRegister(items, filter.sort) : []),
    [items, filter.sort],
  );
  const collisions = useMemo(
    () => findNumberCollisions(items ? items.map((i) => i.row) : []),
    [items],
  );
  const changed = useMemo(() => listChangedDrafts(items ? items.map((i) => i.row) : []), [items]);
  const [changedOpen, setChangedOpen] = useState(false);
  const [narrow] = useState(createNarrowingFilter);
  const shown = useMemo(
    () => narrow(sorted, { ...filter, query: debounced }),
    [narrow, sorted, filter, debounced],
  );
  const months = useMemo(
    () => (items ? [...new Set(items.map((i) => i.bulan))].sort().reverse() : []),
    [items],
  );
  const units = useMemo(() => distinctValues(items ?? [], (r) => r.pemohon.unitNama), [items]);
  const devices = useMemo(() => distinctValues(items ?? [], (r) => r.perangkat), [items]);
  const officers = useMemo(() => {
    const ids = new Set((items ?? []).flatMap((i) => i.row.disposisi?.diteruskanKepada ?? []));
    return (data?.people ?? [])
      .filter((p) => ids.has(p.id))
      .map((p) => ({ value: p.id, label: p.nama }))
      .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  }, [items, data?.people]);
  if (!data) return null;
  const set = <K extends keyof RegisterFilter>(key: K, value: RegisterFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));
  const steps = data.active?.procedure.steps ?? [];
  const reset = () => {
    setQuery('');
    setFilter(NO_FILTER);
  };
  const exportShown = () =>
    save(
      async () => {
        const now = write.now();
        return writeRegisterWorkbook(
          shown,
          await stepTimesOf(db, shown),
          steps,
          data.settings.officeHours,
          now,
        );
      },
      `Permintaan Layanan TI ${toIsoDate(write.now())}.xlsx`,
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Permintaan Layanan TI</Title>
        <Group>
          <Button
            variant="default"
            onClick={() =>
              setPreview({
                title: 'Formulir Permintaan Layanan TI (kosong)',
                request: blankFormulirRequest(
                  office,
                  office.kertas,
                  data.people,
                  data.settings.kategori,
                  write.now(),
                ),
                file: 'Formulir Permintaan Layanan TI (kosong).pdf',
              })
            }
          >
            Formulir Kosong…
          </Button>
          {changed.length > 0 && (
            <Button variant="default" color="orange" onClick={() => setChangedOpen(true)}>
              Nomor sementara yang berubah ({changed.length})
            </Button>
          )}
          {/* The paper lists a period of the whole register, so it waits for all of it. */}
          <Button variant="default" disabled={!data.complete} onClick={() => setPeriodOpen(true)}>
            Cetak Daftar…
          </Button>
          <Button
            variant="default"
            disabled={!data.complete}
            loading={exporting}
            onClick={() => void exportShown()}
            title="Permintaan yang tampil, dengan waktu setiap langkah"
          >
            Ekspor .xlsx
          </Button>
          <Button variant="default" onClick={() => setImportOpen(true)}>
            Impor Register Lama…
          </Button>
          <Button onClick={onNew}>Terima Permintaan</Button>
        </Group>
      </Group>
      <RegisterCollisionsAlert collisions={collisions} onOpen={onOpen} />
      <StepConflictsNotice conflicts={data.stepConflicts} onOpen={onOpen} />
      <Group align="flex-end" gap="sm">
        <TextInput
          ref={searchRef}
          label="Cari"
          placeholder="Nomor, pemohon… (Ctrl+F)"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={240}
        />
        <Select
          label="Tahap"
          w={230}
          allowDeselect={false}
          value={filter.tahap}
          onChange={(v) => set('tahap', (v ?? 'semua') as Tahap)}
          data={[
            { value: 'semua', label: 'Semua' },
            { value: 'berjalan', label: 'Dalam proses' },
            ...steps
              .slice(1)
              .map((s) => ({ value: `langkah:${s.no}`, label: `Menunggu langkah ${s.no}` })),
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
          data={data.settings.kategori}
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
        <Button variant="subtle" disabled={!isFiltered({ ...filter, query })} onClick={reset}>
          Reset
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {data.complete
          ? `${shown.length} dari ${data.items.length} permintaan`
          : `${shown.length} permintaan terbaru; memuat daftar lengkap…`}
      </Text>
      <RegisterTable
        items={shown}
        onOpen={onOpen}
        sort={filter.sort}
        onSort={(sort) => set('sort', sort)}
      />
      <DamagedRowsAlert rows={data.damaged} what="permintaan" />
      <ChangedDraftsModal
        opened={changedOpen}
        items={changed}
        onClose={() => setChangedOpen(false)}
        onOpen={(id) => {
          setChangedOpen(false);
          onOpen(id);
        }}
      />
      <DaftarPeriodModal
        opened={periodOpen}
        office={office}
        items={data.items}
        people={data.people}
        hours={data.settings.officeHours}
        onClose={() => setPeriodOpen(false)}
        onPreview={(p) => {
          setPeriodOpen(false);
          setPreview(p);
        }}
      />
      <RegisterImportModal opened={importOpen} onClose={() => setImportOpen(false)} />
      <PdfPreviewModal
        title={preview?.title ?? ''}
        request={preview?.request ?? null}
        suggestedName={preview?.file ?? 'dokumen.pdf'}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
