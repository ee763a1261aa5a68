import { z } from 'zod';

/**
 * The website availability check (SOP F, issue #16 item 3): the renderer names a site's
 * address, main makes one GET and answers what it saw. Main sends nothing else.
 */
export const websiteContract = {
  websiteCheck: {
    channel: 'website:check',
    input: z
      .object({
        alamatUrl: z
          .string()
          .trim()
          .min(1, 'Isi alamat situs.')
          .max(300, 'Alamat terlalu panjang.')
          .regex(/^https?:\/\/\S+$/i, 'Alamat harus diawali http:// atau https://.'),
      })
      .strict(),
    output: z.object({
      statusHttp: z.number().int().nullable(),
      waktuResponsMs: z.number().int().nonnegative().nullable(),
      tlsBerakhir: z.iso.date().nullable(),
      galat: z.string(),
    }),
  },
} as const;
