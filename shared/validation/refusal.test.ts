import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refusalNeedsReason } from './refusal';

const step = z
  .object({ keputusan: z.enum(['lanjut', 'tolak']).nullable(), alasanTolak: z.string() })
  .superRefine(refusalNeedsReason);

describe('a refused step says why', () => {
  it('refuses a refusal without a reason, on the reason field', () => {
    const result = step.safeParse({ keputusan: 'tolak', alasanTolak: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['alasanTolak'], message: 'Tuliskan alasan penolakan.' }),
    ]);
  });

  it('takes a refusal with its reason, and any other decision without one', () => {
    expect(step.safeParse({ keputusan: 'tolak', alasanTolak: 'Di luar anggaran' }).success).toBe(
      true,
    );
    expect(step.safeParse({ keputusan: 'lanjut', alasanTolak: '' }).success).toBe(true);
    expect(step.safeParse({ keputusan: null, alasanTolak: '' }).success).toBe(true);
  });
});
