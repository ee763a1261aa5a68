import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import { earlierNumbersNote } from '../../../shared/requests/numberHistory';
import { LEVEL_COLORS, levelLabel, STATUS_COLORS, statusLabel } from './requestLabels';
import { SORT_KEYS, SORT_LABELS } from '../../../shared/requests/registerView';
import type { RegisterItem, RegisterSort, SortKey } from './registerFilter';

const ROW_HEIGHT = 56;
const COLUMNS = '150px 140px 1.2fr 130px 2fr 110px 150px';

/**
 * The register as a virtual list: only the rows in view are in the page, however many.
 * Drawn again only when its rows, order or handlers change.
 */
export const RegisterTable = memo(function RegisterTable({
  items,
  onOpen,
  sort,
  onSort,
}: {
  items: readonly RegisterItem[];
  onOpen: (id: string) => void;
  sort: RegisterSort;
  /** A column header clicked: that column, or the other way when it is the order already. */
  onSort: (sort: RegisterSort) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions React Compiler cannot memoise; it is used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <div
      className="register"
      role="table"
      aria-label="Daftar Permintaan Layanan TI"
      aria-rowcount={items.length}
    >
      <div
        className="register-row register-head"
        role="row"
        style={{ gridTemplateColumns: COLUMNS }}
      >
        {SORT_KEYS.map((key) => (
          <SortHeader key={key} column={key} sort={sort} onSort={onSort} />
        ))}
      </div>
      <div ref={scrollRef} className="register-body" data-testid="register-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
            const r = item.row;
            const note = earlierNumbersNote(r);
            return (
              <div
                key={r.id}
                role="row"
                tabIndex={0}
                aria-rowindex={v.index + 2}
                className="register-row"
                style={{
                  gridTemplateColumns: COLUMNS,
                  transform: `translateY(${v.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={() => onOpen(r.id)}
                onKeyDown={(e) => e.key === 'Enter' && onOpen(r.id)}
              >
                <div role="cell">
                  <b>{r.nomor}</b>
                  {note !== '' && (
                    <span className="register-sub register-one-line" title={note}>
                      {note}
                    </span>
                  )}
                  {r.nomorSementara && (
                    <span className="register-sub">
                      <span className="register-tag tag-orange">Nomor sementara</span>
                    </span>
                  )}
                </div>
                <div role="cell">{formatTanggalJam(new Date(r.diterimaPada))}</div>
                <div role="cell" className="register-cell-person">
                  <span className="register-one-line">{r.pemohon.nama}</span>
                  <span className="register-sub">{r.pemohon.unitNama}</span>
                </div>
                <div role="cell">{r.aplikasi || r.kategori}</div>
                <div role="cell" className="register-clip">
                  {r.uraian}
                </div>
                <div role="cell">
                  {r.prioritas ? (
                    <span className={`register-tag tag-${LEVEL_COLORS[r.prioritas]}`}>
                      {levelLabel(r.prioritas)}
                    </span>
                  ) : (
                    '-'
                  )}
                </div>
                <div role="cell">
                  {r.pembatalan ? (
                    <span className="register-tag solid tag-gray">Dibatalkan</span>
                  ) : (
                    <span className={`register-tag solid tag-${STATUS_COLORS[r.status]}`}>
                      {r.status === 'berjalan'
                        ? `Langkah ${r.langkahTerakhir + 1}`
                        : statusLabel(r.status)}
                    </span>
                  )}
                  {item.late && <span className="register-tag solid tag-red">Terlambat</span>}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

const ARROWS = { asc: ' ▲', desc: ' ▼' };

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: SortKey;
  sort: RegisterSort;
  onSort: (sort: RegisterSort) => void;
}) {
  const active = sort.key === column;
  return (
    <div role="columnheader" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="register-sort"
        title={`Urutkan menurut ${SORT_LABELS[column]}`}
        onClick={() =>
          // Dates and numbers start newest/highest first; texts start A..Z.
          onSort(
            active
              ? { key: column, desc: !sort.desc }
              : { key: column, desc: column === 'diterima' || column === 'prioritas' },
          )
        }
      >
        {SORT_LABELS[column]}
        {active && (sort.desc ? ARROWS.desc : ARROWS.asc)}
      </button>
    </div>
  );
}
