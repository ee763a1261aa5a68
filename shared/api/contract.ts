import { z } from 'zod';
import { backupContract } from './backupContract';
import { pdfDocumentRequestSchema } from '../pdf/documents/request';
import { helpContract } from './helpContract';
import { logContract } from './logContract';
import type { Result } from './result';
import { syncContract } from './syncContract';
import { systemContract } from './systemContract';
import { updatesContract } from './updatesContract';
import { websiteContract } from './websiteContract';

/**
 * The one API between the renderer and main. Each method has a channel in `area:verb`
 * form and zod schemas for its argument and result. The preload implements `MejaApi`
 * with `satisfies`; main parses every argument with `input` before a service sees it.
 */

const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|]+\.pdf$/i, 'Nama berkas tidak valid.');

const xlsxFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|]+\.xlsx$/i, 'Nama berkas tidak valid.');

/** The largest spreadsheet the renderer may hand over to be saved. */
export const MAX_SPREADSHEET_BYTES = 30 * 1024 * 1024;
const spreadsheetBase64Schema = z
  .string()
  .min(1)
  .max(Math.ceil(MAX_SPREADSHEET_BYTES / 3) * 4, 'Lembar kerja terlalu besar (paling besar 30 MB).')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Isi lembar kerja tidak valid.');

const jsonFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|]+\.json$/i, 'Nama berkas tidak valid.');

/** The largest data export the renderer may hand over to be saved as JSON. */
export const MAX_JSON_EXPORT_CHARS = 200 * 1024 * 1024;

/** Where a save dialog put the file, or that the user canceled it. */
const savedFileSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) }),
]);

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataPath: z.string(),
  platform: z.string(),
  packaged: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const apiContract = {
  getAppInfo: {
    channel: 'app:get-info',
    input: z.object({}).strict(),
    output: appInfoSchema,
  },
  renderPdf: {
    channel: 'pdf:render',
    input: z.object({ document: pdfDocumentRequestSchema }).strict(),
    output: z.object({ base64: z.string(), byteLength: z.number().int() }),
  },
  savePdf: {
    channel: 'pdf:save',
    input: z.object({ document: pdfDocumentRequestSchema, suggestedName: fileNameSchema }).strict(),
    output: savedFileSchema,
  },
  printPdf: {
    channel: 'pdf:print',
    input: z.object({ document: pdfDocumentRequestSchema }).strict(),
    output: z.object({ printed: z.boolean() }),
  },
  saveSpreadsheet: {
    channel: 'file:save-xlsx',
    input: z
      .object({ base64: spreadsheetBase64Schema, suggestedName: xlsxFileNameSchema })
      .strict(),
    output: savedFileSchema,
  },
  saveJsonExport: {
    channel: 'file:save-json',
    input: z
      .object({
        text: z.string().min(2).max(MAX_JSON_EXPORT_CHARS, 'Ekspor terlalu besar.'),
        suggestedName: jsonFileNameSchema,
      })
      .strict(),
    output: savedFileSchema,
  },
  ...syncContract,
  ...logContract,
  ...helpContract,
  ...systemContract,
  ...backupContract,
  ...updatesContract,
  ...websiteContract,
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;
export type ApiChannel = ApiContract[ApiMethod]['channel'];

/** What the renderer sees as `window.mejaTI`. */
export type MejaApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
};

/** What main implements: arguments already parsed. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>>;
};

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function methodForChannel(channel: string): ApiMethod | undefined {
  return API_METHODS.find((m) => apiContract[m].channel === channel);
}

/** The global name the preload exposes the API under. */
export const API_GLOBAL = 'mejaTI';
