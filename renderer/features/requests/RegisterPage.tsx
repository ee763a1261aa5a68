import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import { findNumberCollisions } from '../../../shared/requests/numberCollisions';
import { useServices } from '../../kit/servicesContext';
import { PdfPreviewModal } from '../print/public';
import { ChangedDraftsModal, listChangedDrafts } from './ChangedDraftsModal';
import { DaftarPeriodModal } from './DaftarPeriodModal';
import { DamagedRowsAlert } from '../../kit/DamagedRowsAlert';
import { StepConflictsNotice } from './StepConflictsNotice';
import { RegisterCollisionsAlert } from './NumberCollisionAlert';
import {
  handedRegisterFilter,
  sortRegister,
  REGISTER_SCREEN,
  type RegisterFilter,
  type RegisterSort,
} from './registerFilter';
import { useSaveWorkbook } from '../../kit/saveWorkbook';
import { RegisterImportModal } from './RegisterImportModal';
import { stepTimesOf, writeRegisterWorkbook } from './registerXlsx';
import { useRegisterView, useViewInUrl } from './useRegisterView';
import { takeScreenFilter } from '../../kit/screenFilters';
import { RegisterFilterBar } from './RegisterFilterBar';
import { RegisterTable } from './RegisterTable';
import { blankFormulirRequest } from './requestPrints';
import { useNarrowedRegister } from './useNarrowedRegister';
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
  useViewInUrl({ ...filter, query });
  const view = useMemo(() => ({ ...filter, query }), [filter, query]);
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
  const shown = useNarrowedRegister(sorted, view).items;
  const stepList = (data?.active?.procedure.steps ?? []).map((s) => s.no).join(',');
  const stepNos = useMemo(() => (stepList ? stepList.split(',').map(Number) : []), [stepList]);
  const sortBy = useCallback(
    (sort: RegisterSort) => setFilter((f) => ({ ...f, sort })),
    [setFilter],
  );
  if (!data) return null;
  const steps = data.active?.procedure.steps ?? [];
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
      <RegisterFilterBar
        items={items}
        people={data.people}
        kategori={data.settings.kategori}
        stepNos={stepNos}
        filter={filter}
        setFilter={setFilter}
        query={query}
        setQuery={setQuery}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {data.complete
          ? `${shown.length} dari ${data.items.length} permintaan`
          : `${shown.length} permintaan terbaru; memuat daftar lengkap…`}
      </Text>
      <RegisterTable items={shown} onOpen={onOpen} sort={filter.sort} onSort={sortBy} />
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
