import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from '../../../../shared/sop/catalog';
import type { Actor, Procedure, ProcedureKey, Step } from '../../../../shared/sop/schema';
import type { CellDrawing, StepLayout } from './flowLayout';
import { flowLayout, flowsOn } from './flowLayout';

function seedProcedure(documentId: string, key: ProcedureKey): Procedure {
  const procedure = SEED_SOP_DOCUMENTS.find((d) => d.id === documentId)?.procedures.find(
    (p) => p.key === key,
  );
  if (!procedure) throw new Error(`No procedure ${key} in ${documentId}`);
  return procedure;
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`Nothing at ${index}`);
  return item;
}

function columnOf(procedure: Procedure, actorId: string): number {
  return procedure.actors.findIndex((a) => a.id === actorId);
}

function hasLine(cell: CellDrawing): boolean {
  return cell.lineFromTop || cell.lineToBottom || cell.elbow !== 'none';
}

/** The columns whose cells in row `i` carry part of an arrow, computed independently. */
function expectedLineColumns(layout: StepLayout[], i: number): Set<number> {
  const columns = new Set<number>();
  const step = at(layout, i);
  const previous = layout[i - 1];
  if (previous?.flowsToNext) columns.add(step.mainColumn);
  const next = layout[i + 1];
  if (step.flowsToNext && next) {
    const lo = Math.min(step.mainColumn, next.mainColumn);
    const hi = Math.max(step.mainColumn, next.mainColumn);
    for (let c = lo; c <= hi; c++) columns.add(c);
  }
  return columns;
}

const SEEDS: [string, string, ProcedureKey, number][] = [
  ['Mukomuko AS/32 B', 'pa-mukomuko-as-32', 'B', 9],
  ['Ternate AS/29 B', 'pa-ternate-as-29', 'B', 9],
];

describe.each(SEEDS)('flowLayout: %s', (_name, documentId, key, stepCount) => {
  const procedure = seedProcedure(documentId, key);
  const layout = flowLayout(procedure);

  it('has one layout per step and one cell per actor column', () => {
    expect(layout).toHaveLength(stepCount);
    for (const step of layout) {
      expect(step.cells.map((c) => c.column)).toEqual(procedure.actors.map((_, i) => i));
    }
  });

  it('puts exactly one full symbol per step, in its first actor column', () => {
    layout.forEach((step, i) => {
      const source: Step = at(procedure.steps, i);
      const mains = step.cells.filter((c) => c.symbol?.role === 'main');
      expect(mains).toHaveLength(1);
      expect(at(mains, 0).column).toBe(columnOf(procedure, at(source.actorIds, 0)));
      expect(step.mainColumn).toBe(at(mains, 0).column);
    });
  });

  it('puts a dashed copy in every other actor column of the step, and nowhere else', () => {
    layout.forEach((step, i) => {
      const others = at(procedure.steps, i)
        .actorIds.slice(1)
        .map((id) => columnOf(procedure, id))
        .sort((a, b) => a - b);
      const extras = step.cells.filter((c) => c.symbol?.role === 'extra').map((c) => c.column);
      expect(extras).toEqual(others);
      expect(step.extraColumns).toEqual(others);
    });
  });

  it('draws every symbol with its step kind; the flow starts and ends with terminators', () => {
    layout.forEach((step, i) => {
      const kind = at(procedure.steps, i).kind;
      expect(step.kind).toBe(kind);
      for (const cell of step.cells) {
        if (cell.symbol) expect(cell.symbol.kind).toBe(kind);
      }
    });
    expect(at(layout, 0).kind).toBe('start');
    expect(at(layout, layout.length - 1).kind).toBe('end');
    expect(layout.slice(1, -1).every((s) => s.kind === 'process' || s.kind === 'decision')).toBe(
      true,
    );
  });

  it('connects every step to the next one', () => {
    for (let i = 0; i + 1 < layout.length; i++) {
      const from = at(layout, i);
      const to = at(layout, i + 1);
      expect(from.flowsToNext).toBe(true);
      const a = from.mainColumn;
      const b = to.mainColumn;
      const source = (c: number) => at(from.cells, c);

      expect(at(to.cells, b).lineFromTop).toBe(true);
      expect(source(b).lineToBottom).toBe(true);
      if (a === b) {
        expect(source(a).elbow).toBe('none');
        continue;
      }
      const right = b > a;
      expect(source(a).elbow).toBe(right ? 'from-center-right' : 'from-center-left');
      expect(source(a).lineToBottom).toBe(false);
      expect(source(b).elbow).toBe(right ? 'to-center-from-left' : 'to-center-from-right');
      for (let c = Math.min(a, b) + 1; c < Math.max(a, b); c++) {
        expect(source(c).elbow).toBe('through');
      }
    }
  });

  it('draws no line outside the path between consecutive symbols', () => {
    layout.forEach((step, i) => {
      const expected = expectedLineColumns(layout, i);
      for (const cell of step.cells) {
        expect(hasLine(cell), `step ${step.no}, column ${cell.column}`).toBe(
          expected.has(cell.column),
        );
        if (cell.column !== step.mainColumn) expect(cell.lineFromTop).toBe(false);
      }
    });
    expect(at(layout, 0).cells.some((c) => c.lineFromTop)).toBe(false);
    expect(
      at(layout, layout.length - 1).cells.some((c) => c.lineToBottom || c.elbow !== 'none'),
    ).toBe(false);
  });

  it('joins a step’s dashed copies to its symbol only across the columns between them', () => {
    for (const step of layout) {
      const columns = [step.mainColumn, ...step.extraColumns];
      const lo = Math.min(...columns);
      const hi = Math.max(...columns);
      for (const cell of step.cells) {
        if (step.extraColumns.length === 0 || cell.column < lo || cell.column > hi) {
          expect(cell.link).toBe('none');
        } else if (cell.column === lo) {
          expect(cell.link).toBe('right');
        } else if (cell.column === hi) {
          expect(cell.link).toBe('left');
        } else {
          expect(cell.link).toBe('both');
        }
      }
    }
  });

  it('labels decisions with "Ya" on the side away from the elbow and a "Tidak" stub', () => {
    for (const step of layout) {
      const main = at(step.cells, step.mainColumn);
      for (const cell of step.cells) {
        if (cell !== main || step.kind !== 'decision') {
          expect(cell.ya).toBeNull();
          expect(cell.tidak).toBeNull();
        }
      }
      if (step.kind !== 'decision') continue;
      expect(main.tidak).not.toBeNull();
      if (main.elbow === 'from-center-right') expect(main.ya).toBe('left');
      else if (main.elbow === 'from-center-left') expect(main.ya).toBe('right');
      else expect(main.ya).not.toBeNull();
      // The stub leaves on the side without dashed copies.
      if (step.extraColumns.some((c) => c > step.mainColumn)) expect(main.tidak).toBe('left');
    }
  });
});

describe('flowLayout: flow breaks and odd columns', () => {
  const actors: Actor[] = ['a', 'b', 'c'].map((id) => ({
    id,
    label: id.toUpperCase(),
    role: 'operator',
  }));
  const step = (no: number, actorIds: string[], kind: Step['kind']): Step => ({
    no,
    kegiatan: `Langkah ${no}`,
    actorIds,
    kind,
    kelengkapan: '',
    waktu: '',
    mutuBaku: { kind: 'none' },
    output: '',
    keterangan: '',
  });
  const base = seedProcedure('pa-mukomuko-as-32', 'A');

  it('draws no arrow out of Selesai nor into a second Mulai', () => {
    const procedure: Procedure = {
      ...base,
      actors,
      steps: [
        step(1, ['a'], 'start'),
        step(2, ['b'], 'end'),
        step(3, ['c'], 'start'),
        step(4, ['a'], 'end'),
      ],
    };
    const layout = flowLayout(procedure);
    expect(layout.map((s) => s.flowsToNext)).toEqual([true, false, true, false]);
    expect(at(layout, 1).cells.some(hasLine)).toBe(true);
    expect(at(layout, 1).cells.some((c) => c.lineToBottom || c.elbow !== 'none')).toBe(false);
    expect(at(layout, 2).cells.some((c) => c.lineFromTop)).toBe(false);
    expect(at(at(layout, 2).cells, 2).elbow).toBe('from-center-left');
    expect(at(at(layout, 2).cells, 1).elbow).toBe('through');
    expect(at(at(layout, 2).cells, 0).elbow).toBe('to-center-from-right');
  });

  it('keeps the first actor as the main column even when it is not the leftmost', () => {
    const procedure: Procedure = {
      ...base,
      actors,
      steps: [step(1, ['a'], 'start'), step(2, ['b', 'a', 'c'], 'decision'), step(3, ['b'], 'end')],
    };
    const middle = at(flowLayout(procedure), 1);
    expect(middle.mainColumn).toBe(1);
    expect(middle.extraColumns).toEqual([0, 2]);
    expect(middle.cells.map((c) => c.link)).toEqual(['right', 'both', 'left']);
    expect(at(middle.cells, 1).ya).not.toBeNull();
  });

  it('agrees with flowsOn', () => {
    expect(flowsOn({ kind: 'process' }, { kind: 'end' })).toBe(true);
    expect(flowsOn({ kind: 'end' }, { kind: 'start' })).toBe(false);
    expect(flowsOn({ kind: 'process' }, undefined)).toBe(false);
  });
});
