import { z } from 'zod';
import { monthlyReportRequestSchema } from '../../maintenance/reportSchema';
import { annualReportRequestSchema } from '../../statistics/annualReportSchema';
import { officeSchema } from '../../office/office';
import { procedureKeySchema, sopDocumentSchema } from '../../sop/schema';
import { PAPER_SIZE_IDS } from '../paper';
import { signerSchema } from '../signer';
import {
  daftarPermintaanRequestSchema,
  formulirPermintaanRequestSchema,
  lembarDisposisiRequestSchema,
} from './requests/requestDocs';
import {
  formUsulanRequestSchema,
  rencanaProgramRequestSchema,
  skTimRequestSchema,
} from './policy/policyDocs';
import { lembarKendaliKontenRequestSchema } from './content/contentDocs';
import { laporanWebsiteRequestSchema } from './website/laporanWebsiteRequest';

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

/** The SOP in the Permenpan RB 35/2012 format; all its procedures when procedureKeys is absent. */
export const sopRequestSchema = z.object({
  kind: z.literal('sop'),
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  document: sopDocumentSchema,
  procedureKeys: z.array(procedureKeySchema).optional(),
  printedAt: z.iso.datetime({ offset: true }),
});
export type SopRequest = z.infer<typeof sopRequestSchema>;

export const pdfDocumentRequestSchema = z.discriminatedUnion('kind', [
  ujiKopRequestSchema,
  sopRequestSchema,
  formulirPermintaanRequestSchema,
  lembarDisposisiRequestSchema,
  daftarPermintaanRequestSchema,
  monthlyReportRequestSchema,
  annualReportRequestSchema,
  formUsulanRequestSchema,
  rencanaProgramRequestSchema,
  skTimRequestSchema,
  lembarKendaliKontenRequestSchema,
  laporanWebsiteRequestSchema,
]);
export type PdfDocumentRequest = z.infer<typeof pdfDocumentRequestSchema>;
