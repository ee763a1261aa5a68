import type { StepKind } from '../../../../shared/sop/schema';
import type { SymbolRole } from './flowLayout';

export interface SymbolSize {
  width: number;
  height: number;
}

/** The full symbols; the dashed copies of a step's other actors are three quarters of it. */
const MAIN_SIZE: Record<StepKind, SymbolSize> = {
  start: { width: 70, height: 26 },
  process: { width: 70, height: 26 },
  decision: { width: 44, height: 30 },
  end: { width: 70, height: 26 },
};

const EXTRA_SIZE: Record<StepKind, SymbolSize> = {
  start: { width: 52, height: 20 },
  process: { width: 52, height: 20 },
  decision: { width: 34, height: 24 },
  end: { width: 52, height: 20 },
};

export function symbolSize(kind: StepKind, role: SymbolRole): SymbolSize {
  return role === 'main' ? MAIN_SIZE[kind] : EXTRA_SIZE[kind];
}

const STROKE = 1.5;
/** Half the stroke: the outline is inset by it so that it stays inside the box. */
const INSET = STROKE / 2;
/** The diamond's corners are inset further, so that its mitred points stay inside too. */
const DIAMOND_INSET = 1.25;

const TERMINATOR_TEXT: Partial<Record<StepKind, string>> = { start: 'Mulai', end: 'Selesai' };

interface FlowSymbolProps {
  kind: StepKind;
  role: SymbolRole;
  /** Read out for the symbol, e.g. "Langkah 3: proses (Admin / Operator)". */
  label: string;
}

/**
 * One flowchart symbol of the Permenpan RB 35/2012 format as inline SVG: a terminator pill
 * (Mulai / Selesai), a process rectangle or a decision diamond. A dashed copy is drawn for a
 * step's other actors.
 */
export function FlowSymbol({ kind, role, label }: FlowSymbolProps) {
  const { width, height } = symbolSize(kind, role);
  const dash = role === 'extra' ? '3 2' : undefined;
  const text = TERMINATOR_TEXT[kind];
  const outline = {
    fill: '#fff',
    stroke: '#000',
    strokeWidth: STROKE,
    strokeDasharray: dash,
  };

  return (
    <svg
      className={`sop-symbol sop-symbol--${role}`}
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {kind === 'decision' ? (
        <polygon
          points={[
            `${width / 2},${DIAMOND_INSET}`,
            `${width - DIAMOND_INSET},${height / 2}`,
            `${width / 2},${height - DIAMOND_INSET}`,
            `${DIAMOND_INSET},${height / 2}`,
          ].join(' ')}
          {...outline}
        />
      ) : (
        <rect
          x={INSET}
          y={INSET}
          width={width - STROKE}
          height={height - STROKE}
          rx={text ? (height - STROKE) / 2 : 0}
          {...outline}
        />
      )}
      {text ? (
        <text
          className="sop-symbol__text"
          x={width / 2}
          y={height / 2}
          textAnchor="middle"
          dominantBaseline="central"
          aria-hidden="true"
        >
          {text}
        </text>
      ) : null}
    </svg>
  );
}

interface FlowLineProps {
  /** Positions the line's box; the line runs along the box's middle, edge to edge. */
  className: string;
  direction: 'down' | 'across';
  dashed?: boolean;
}

/**
 * A connector segment as inline SVG, so that it is stroked 1.5px like the symbols (a 1.5px
 * CSS border or background would be snapped to a whole pixel). Its coordinates are
 * percentages of its box, which CSS sizes against the cell: no viewBox, nothing scaled.
 */
export function FlowLine({ className, direction, dashed = false }: FlowLineProps) {
  return (
    <svg
      className={`sop-line sop-line--${dashed ? 'dashed' : 'solid'} ${className}`}
      aria-hidden="true"
      focusable="false"
    >
      {direction === 'down' ? (
        <line x1="50%" y1="0" x2="50%" y2="100%" />
      ) : (
        <line x1="0" y1="50%" x2="100%" y2="50%" />
      )}
    </svg>
  );
}
