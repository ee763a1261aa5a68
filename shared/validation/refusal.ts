import type { z } from 'zod';

/**
 * A step's decision as every SOP step form records it: a refusal ('tolak') must say why.
 * Used as `.superRefine(refusalNeedsReason)` on the step schemas of each procedure.
 */
export function refusalNeedsReason(
  step: { keputusan: string | null; alasanTolak: string },
  ctx: z.RefinementCtx,
): void {
  if (step.keputusan === 'tolak' && !step.alasanTolak) {
    ctx.addIssue({ code: 'custom', path: ['alasanTolak'], message: 'Tuliskan alasan penolakan.' });
  }
}
