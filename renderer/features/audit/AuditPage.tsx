import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import { TanggalInput } from '../../kit/TanggalInput';
import { useServices } from '../../kit/servicesContext';
import { useSaveWorkbook } from '../../kit/saveWorkbook';
import { listPeople } from '../people/public';
import { changeSummary, filterAudit, NO_FILTER, type AuditFilter } from './auditFilter';
import { pcNames } from './auditRead';
import { readDeviceTypeLabels } from './deviceTypeNames';
import { headsByDevice } from '../../../shared/audit/auditSeal';
import { readSealedHeads } from '../../db/auditTrail';
import { checkChains } from './chainCheck';
import { auditWorkbook, tableLabel } from './auditXlsx';
import { kindLabel } from './kindLabels';
import { useIsAdministrator } from '../people/public';

const ROW_HEIGHT = 52;
const COLUMNS = '150px 160px 120px 100px 140px 2fr';

/** The Audit screen for administrators: every entry of every PC, filtered and exported. */
export function AuditPage() {
  const { db, write } = useServices();
  const data = useLiveQuery(
    async () => ({
      rows: await db.auditLog.toArray(),
      people: await listPeople(db),
      pcs: await pcNames(db, write.device),
      sealed: headsByDevice(await readSealedHeads(db)),
      deviceTypes: await readDeviceTypeLabels(db),
    }),
    [db, write.device],
  );
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const { save, busy } = useSaveWorkbook();
  const scrollRef = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => (data ? filterAudit(data.rows, filter) : []), [data, filter]);
  const isAdmin = useIsAdministrator();
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  if (!isAdmin) return <Text>Layar Audit hanya untuk administrator.</Text>;
  if (!data) return null;
  const names = new Map(data.people.map((p) => [p.id, p.nama]));
  // An entry deleted through sync counts as removed; the heads sealed in the other PCs' op
  // files show entries removed from the end of a chain.
  const findings = checkChains(
    data.rows.filter((r) => !r._deleted),
    data.sealed,
    (d) => data.pcs.get(d) ?? d,
  );
  const person = (id: string | null) => (id && names.get(id)) ?? '—';
  const pc = (id: string) => data.pcs.get(id) ?? id;
  const set = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const options = (values: Iterable<string>, label: (v: string) => string) =>
    [...new Set(values)].map((value) => ({ value, label: label(value) }));

  return (
    <Stack>
      {findings.length > 0 && (
        <Alert color="red" title="Jejak audit tidak utuh">
          {findings.map((f) => (
            <Text key={f.message} size="sm">
              {f.message}
            </Text>
          ))}
        </Alert>
      )}
      <Group align="end" gap="sm">
        <Select
          label="Pegawai"
          clearable
          w={200}
          value={filter.actor || null}
          onChange={(v) => set({ actor: v ?? '' })}
          data={data.people.map((p) => ({ value: p.id, label: p.nama }))}
        />
        <Select
          label="Tabel"
          clearable
          w={180}
          value={filter.table || null}
          onChange={(v) => set({ table: v ?? '' })}
          data={options(
            data.rows.flatMap((r) => (r.table ? [r.table] : [])),
            tableLabel,
          )}
        />
        <TextInput
          label="Data"
          w={160}
          value={filter.record}
          onChange={(e) => set({ record: e.currentTarget.value })}
        />
        <TanggalInput
          label="Dari tanggal"
          clearable
          style={{ width: 170 }}
          value={filter.from}
          onChange={(v) => set({ from: v })}
        />
        <TanggalInput
          label="Sampai tanggal"
          clearable
          style={{ width: 170 }}
          value={filter.to}
          onChange={(v) => set({ to: v })}
        />
        <Select
          label="PC"
          clearable
          w={150}
          value={filter.device || null}
          onChange={(v) => set({ device: v ?? '' })}
          data={options(
            data.rows.map((r) => r.device),
            pc,
          )}
        />
        <Select
          label="Jenis"
          clearable
          w={150}
          value={filter.kind || null}
          onChange={(v) => set({ kind: v ?? '' })}
          data={options(
            data.rows.map((r) => r.kind),
            kindLabel,
          )}
        />
        <Button
          variant="default"
          loading={busy}
          disabled={shown.length === 0}
          onClick={() =>
            void save(
              () => auditWorkbook(shown, { person, pc, deviceTypes: data.deviceTypes }),
              'jejak-audit.xlsx',
            )
          }
        >
          Ekspor .xlsx
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {shown.length} dari {data.rows.length} catatan audit
      </Text>
      <div className="register" role="table" aria-label="Jejak audit" aria-rowcount={shown.length}>
        <div
          className="register-row register-head"
          role="row"
          style={{ gridTemplateColumns: COLUMNS }}
        >
          {['Waktu', 'Oleh', 'PC', 'Jenis', 'Tabel', 'Perubahan'].map((h) => (
            <div key={h} role="columnheader">
              {h}
            </div>
          ))}
        </div>
        <div ref={scrollRef} className="register-body">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const r = shown[v.index];
              if (!r) return null;
              const summary = changeSummary(r, data.deviceTypes);
              return (
                <div
                  key={r.id}
                  role="row"
                  aria-rowindex={v.index + 2}
                  className="register-row"
                  style={{
                    gridTemplateColumns: COLUMNS,
                    transform: `translateY(${v.start}px)`,
                    height: ROW_HEIGHT,
                  }}
                >
                  <div role="cell">{formatTanggalJam(new Date(r.at))}</div>
                  <div role="cell">{person(r.actor)}</div>
                  <div role="cell">{pc(r.device)}</div>
                  <div role="cell">{kindLabel(r.kind)}</div>
                  <div role="cell">{tableLabel(r.table)}</div>
                  <div role="cell" className="register-clip" title={summary}>
                    {summary}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </Stack>
  );
}
