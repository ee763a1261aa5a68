import type { CSSProperties } from 'react';
import type { Actor, Procedure, Step, StepKind } from '../../../../shared/sop/schema';
import { FlowLine, FlowSymbol, symbolSize } from './FlowSymbol';
import type { CellDrawing, HalfSpan } from './flowLayout';
import { flowLayout } from './flowLayout';
import './procedureTable.css';

const KIND_NAME: Record<StepKind, string> = {
  start: 'mulai',
  process: 'proses',
  decision: 'keputusan',
  end: 'selesai',
};

/** Soft hyphens let the narrow Mutu Baku headings break inside a word only when they must. */
const KELENGKAPAN = 'Keleng\u00adkapan';
const KETERANGAN = 'Kete\u00adrangan';

type FlowCellStyle = CSSProperties & Record<'--sop-sym-w' | '--sop-sym-h', string>;

/** "Operator/Admin", "Komputer/Server" may break after the slash rather than inside a word. */
function breakAfterSlash(label: string): string {
  return label.replace(/\/(?=\S)/g, '/\u200b');
}

function symbolLabel(step: Step, actor: Actor | undefined, main: boolean): string {
  const who = actor ? ` (${actor.label})` : '';
  const how = main ? '' : ', turut serta';
  return `Langkah ${step.no}: ${KIND_NAME[step.kind]}${how}${who}`;
}

function halves(span: HalfSpan): ('left' | 'right')[] {
  if (span === 'both') return ['left', 'right'];
  return span === 'none' ? [] : [span];
}

/** The elbow's run: which halves of the cell it crosses. */
function runHalves(cell: CellDrawing): HalfSpan {
  switch (cell.elbow) {
    case 'from-center-right':
    case 'to-center-from-right':
      return 'right';
    case 'from-center-left':
    case 'to-center-from-left':
      return 'left';
    case 'through':
      return 'both';
    case 'none':
      return 'none';
  }
}

interface FlowCellProps {
  cell: CellDrawing;
  step: Step;
  actor: Actor | undefined;
}

/**
 * One actor cell: lines are absolutely positioned against the cell (whatever the row's
 * height), the symbol is centred over them. Geometry lives in procedureTable.css.
 */
function FlowCell({ cell, step, actor }: FlowCellProps) {
  const { symbol } = cell;
  const size = symbol ? symbolSize(symbol.kind, symbol.role) : { width: 0, height: 0 };
  const style: FlowCellStyle = {
    '--sop-sym-w': `${size.width}px`,
    '--sop-sym-h': `${size.height}px`,
  };
  const runsDown = cell.elbow === 'to-center-from-left' || cell.elbow === 'to-center-from-right';
  const leavesByElbow = cell.elbow === 'from-center-left' || cell.elbow === 'from-center-right';

  return (
    <td className="sop-flow" style={style}>
      <span className="sop-flow__lines" aria-hidden="true">
        {halves(cell.link).map((half) => (
          <FlowLine
            key={`link-${half}`}
            className={`sop-flow__link sop-flow__link--${half}`}
            direction="across"
            dashed
          />
        ))}
        {halves(runHalves(cell)).map((half) => (
          <FlowLine
            key={`run-${half}`}
            className={`sop-flow__run sop-flow__run--${half}`}
            direction="across"
          />
        ))}
        {cell.lineFromTop ? <FlowLine className="sop-flow__in" direction="down" /> : null}
        {leavesByElbow ? <FlowLine className="sop-flow__stem" direction="down" /> : null}
        {cell.lineToBottom ? (
          <FlowLine className={runsDown ? 'sop-flow__drop' : 'sop-flow__out'} direction="down" />
        ) : null}
        {cell.tidak ? (
          <span className={`sop-flow__tidak sop-flow__tidak--${cell.tidak}`}>
            <FlowLine className="sop-flow__tidak-line" direction="across" />
            <span className="sop-flow__tidak-head" />
            <span className="sop-flow__tidak-text">Tidak</span>
          </span>
        ) : null}
        {cell.ya ? <span className={`sop-flow__ya sop-flow__ya--${cell.ya}`}>Ya</span> : null}
      </span>
      {symbol ? (
        <span className="sop-flow__symbol">
          <FlowSymbol
            kind={symbol.kind}
            role={symbol.role}
            label={symbolLabel(step, actor, symbol.role === 'main')}
          />
        </span>
      ) : null}
      {cell.lineFromTop ? <span className="sop-flow__arrowhead" aria-hidden="true" /> : null}
    </td>
  );
}

interface ProcedureTableProps {
  procedure: Procedure;
}

/**
 * A procedure as the Permenpan RB 35/2012 table: the activities, one column per actor holding
 * the flowchart, and the Mutu Baku columns. Presentational only.
 */
export function ProcedureTable({ procedure }: ProcedureTableProps) {
  const { actors, steps } = procedure;
  const layout = flowLayout(procedure);
  const columnCount = actors.length + 6;
  const tableStyle: CSSProperties & Record<'--sop-actors', number> = {
    '--sop-actors': actors.length,
  };

  return (
    <div className="sop-table-wrap">
      <table
        className={`sop-table${actors.length > 4 ? ' sop-table--many-actors' : ''}`}
        style={tableStyle}
      >
        <caption className="sop-table__caption">
          Prosedur {procedure.key}. {procedure.judul}
        </caption>
        <colgroup>
          <col className="sop-col-no" />
          <col className="sop-col-kegiatan" />
          {actors.map((a) => (
            <col key={a.id} className="sop-col-actor" />
          ))}
          <col className="sop-col-kelengkapan" />
          <col className="sop-col-waktu" />
          <col className="sop-col-output" />
          <col className="sop-col-keterangan" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              No
            </th>
            <th scope="col" rowSpan={2}>
              Kegiatan
            </th>
            <th scope="colgroup" colSpan={actors.length}>
              Pelaksana
            </th>
            <th scope="colgroup" colSpan={3}>
              Mutu Baku
            </th>
            <th scope="col" rowSpan={2} className="sop-table__narrow">
              {KETERANGAN}
            </th>
          </tr>
          <tr>
            {actors.map((a) => (
              <th key={a.id} scope="col">
                {breakAfterSlash(a.label)}
              </th>
            ))}
            <th scope="col">{KELENGKAPAN}</th>
            <th scope="col" className="sop-table__narrow">
              {procedure.waktuMode === 'hariKe' ? 'Hari ke' : 'Waktu'}
            </th>
            <th scope="col">Output</th>
          </tr>
          <tr className="sop-table__numbers" aria-hidden="true">
            {Array.from({ length: columnCount }, (_, i) => (
              <th key={i}>{i + 1}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => (
            <tr key={step.no} className={`sop-row sop-row--${step.kind}`}>
              <td className="sop-table__no">{step.no}</td>
              <td className="sop-table__kegiatan">{breakAfterSlash(step.kegiatan)}</td>
              {layout[i]?.cells.map((cell) => (
                <FlowCell key={cell.column} cell={cell} step={step} actor={actors[cell.column]} />
              ))}
              <td>{breakAfterSlash(step.kelengkapan)}</td>
              <td className="sop-table__waktu">{step.waktu}</td>
              <td>{breakAfterSlash(step.output)}</td>
              <td>{breakAfterSlash(step.keterangan)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
