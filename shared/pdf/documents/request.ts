import { z } from 'zod';
import { officeSchema } from '../../office/office';
import { PAPER_SIZE_IDS } from '../paper';
import { signerSchema } from '../signer';

/**
 * What the renderer asks main to print. Main validates it and builds the pdfmake
 * definition itself, so definitions may hold functions (page numbers) and nothing
 * unchecked reaches the PDF engine.
 */
export const ujiKopRequestSchema = z.object({
  kind: z.literal('ujiKop'),
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  printedAt: z.iso.datetime({ offset: true }),
  signer: signerSchema.nullable(),
});
export type UjiKopRequest = z.infer<typeof ujiKopRequestSchema>;

export const pdfDocumentRequestSchema = z.discriminatedUnion('kind', [ujiKopRequestSchema]);
export type PdfDocumentRequest = z.infer<typeof pdfDocumentRequestSchema>;
