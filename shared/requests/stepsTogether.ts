import type { Procedure, Step } from '../sop/schema';
import { stepRole } from './workflow';

/**
 * The steps that can be recorded together with `step`: the plain steps right after it (no
 * disposition, priority, decision or handling to fill in), as long as `mayRecord` says the
 * same person may record each. A plain step only: the others ask for their own fields.
 */
export function stepsRecordableWith(
  procedure: Pick<Procedure, 'steps'>,
  step: Step,
  mayRecord: (next: Step) => boolean,
): Step[] {
  if (stepRole(procedure, step) !== 'plain') return [];
  const after = procedure.steps.filter((s) => s.no > step.no).sort((a, b) => a.no - b.no);
  const together: Step[] = [];
  for (const next of after) {
    if (stepRole(procedure, next) !== 'plain' || !mayRecord(next)) break;
    together.push(next);
  }
  return together;
}
