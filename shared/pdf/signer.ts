import { z } from 'zod';

/** Who signs a printed document by hand: the block prints jabatan, name and NIP. */
export const signerSchema = z.object({
  jabatan: z.string().trim().min(1).max(160),
  nama: z.string().trim().min(1).max(120),
  /** 18 digits or empty when the signer has no NIP. */
  nip: z.string().regex(/^(\d{18})?$/),
  /**
   * When a delegate signs for the official: "Plh." or "Plt." before the official's jabatan;
   * nama and nip are then the delegate's.
   */
  plh: z.enum(['Plh.', 'Plt.']).optional(),
});
export type Signer = z.infer<typeof signerSchema>;
