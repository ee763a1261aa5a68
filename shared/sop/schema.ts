import { z } from 'zod';
import { STAFF_ROLES } from '../office/roles';
import type { MutuBaku } from './waktu';
import { mutuBakuSchema, parseWaktu, sameMutuBaku, waktuModeSchema } from './waktu';

/** The procedures of the IT SOP family, in the order the documents print them. */
export const PROCEDURE_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const procedureKeySchema = z.enum(PROCEDURE_KEYS);
export type ProcedureKey = z.infer<typeof procedureKeySchema>;

/**
 * Actor columns that appear in SOPs but are not staff roles of the IT office:
 * - kabag: Kabag Perencanaan dan Kepegawaian (courts of class IA, e.g. PA Ternate);
 * - operatorUnit: "Operator masing-masing sub bagian", the operators of the other units;
 * - pihakKetiga: "Pihak ke-3 (provider)": ISP, domain registry, hosting provider.
 */
export const SOP_EXTRA_ACTOR_KINDS = ['kabag', 'operatorUnit', 'pihakKetiga'] as const;
export const sopExtraActorKindSchema = z.enum(SOP_EXTRA_ACTOR_KINDS);
export type SopExtraActorKind = z.infer<typeof sopExtraActorKindSchema>;

export const SOP_ACTOR_ROLES = [...STAFF_ROLES, ...SOP_EXTRA_ACTOR_KINDS] as const;
export const sopActorRoleSchema = z.enum(SOP_ACTOR_ROLES);
export type SopActorRole = z.infer<typeof sopActorRoleSchema>;

/** Flowchart symbols of the Permenpan RB 35/2012 format: terminator, process, decision. */
export const STEP_KINDS = ['start', 'process', 'decision', 'end'] as const;
export const stepKindSchema = z.enum(STEP_KINDS);
export type StepKind = z.infer<typeof stepKindSchema>;

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gunakan huruf kecil, angka dan tanda hubung.');
const isoDateOrNull = z.iso.date().nullable();
const textListSchema = z.array(z.string().min(1));

export const actorSchema = z.object({
  id: slugSchema,
  /** The column heading as printed, e.g. "Kasubag Perencanaan, TI dan Pelaporan". */
  label: z.string().min(1),
  role: sopActorRoleSchema,
});
export type Actor = z.infer<typeof actorSchema>;

export const stepSchema = z.object({
  no: z.number().int().positive(),
  kegiatan: z.string().min(1),
  actorIds: z.array(slugSchema).min(1),
  kind: stepKindSchema,
  kelengkapan: z.string(),
  /** The Waktu column as printed: "10 menit", "15 - 30 Menit", "3", "30 setiap bulan", ''. */
  waktu: z.string(),
  mutuBaku: mutuBakuSchema,
  output: z.string(),
  /** Frequency ("1 Minggu", "1 Bulan", "30 setiap bulan") or ''. */
  keterangan: z.string(),
});
export type Step = z.infer<typeof stepSchema>;

export const procedureSchema = z
  .object({
    key: procedureKeySchema,
    judul: z.string().min(1),
    /** How the Waktu column reads: durations, or day numbers under a "Hari ke" heading. */
    waktuMode: waktuModeSchema,
    /** The actor columns, in print order. */
    actors: z.array(actorSchema).min(1),
    steps: z.array(stepSchema).min(1),
    /** The total time as printed under the table, raw, or null when none is printed. */
    printedTotal: z.string().min(1).nullable(),
    /** What printedTotal means in minutes (its first figure). */
    printedTotalMinutes: z.number().int().nonnegative().nullable().optional(),
  })
  .superRefine((p, ctx) => {
    const actorIds = new Set<string>();
    p.actors.forEach((a, i) => {
      if (actorIds.has(a.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['actors', i, 'id'],
          message: `Pelaksana "${a.id}" ganda.`,
        });
      }
      actorIds.add(a.id);
    });

    p.steps.forEach((s, i) => {
      if (s.no !== i + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'no'],
          message: `Langkah ke-${i + 1} bernomor ${s.no}; nomor langkah harus urut mulai 1.`,
        });
      }
      s.actorIds.forEach((id, j) => {
        if (!actorIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'actorIds', j],
            message: `Langkah ${s.no}: pelaksana "${id}" tidak ada di kolom pelaksana prosedur ${p.key}.`,
          });
        }
      });
      if (new Set(s.actorIds).size !== s.actorIds.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'actorIds'],
          message: `Langkah ${s.no}: pelaksana ganda.`,
        });
      }
      let expected: MutuBaku;
      try {
        expected = parseWaktu(s.waktu, p.waktuMode);
      } catch (e) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'waktu'],
          message: e instanceof Error ? e.message : String(e),
        });
        return;
      }
      if (!sameMutuBaku(expected, s.mutuBaku)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'mutuBaku'],
          message: `Langkah ${s.no}: mutu baku tidak sesuai dengan waktu "${s.waktu}".`,
        });
      }
    });

    const first = p.steps[0];
    const last = p.steps[p.steps.length - 1];
    if (first && first.kind !== 'start') {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', 0, 'kind'],
        message: 'Langkah pertama harus "start" (Mulai).',
      });
    }
    if (last && p.steps.length > 1 && last.kind !== 'end') {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', p.steps.length - 1, 'kind'],
        message: 'Langkah terakhir harus "end" (Selesai).',
      });
    }
  });
export type Procedure = z.infer<typeof procedureSchema>;

export const disahkanOlehSchema = z.object({
  jabatan: z.string().min(1),
  nama: z.string().min(1).nullable(),
  /** NIP without spaces: 18 digits. */
  nip: z
    .string()
    .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka.')
    .nullable(),
});
export type DisahkanOleh = z.infer<typeof disahkanOlehSchema>;

export const sopSumberSchema = z.object({
  /** The seed files (shared/seeds/) the document was transcribed from. */
  seedFiles: z.array(z.string().min(1)).min(1),
  note: z.string(),
});

export const sopDocumentSchema = z
  .object({
    id: slugSchema,
    /** "SOP/AS/32"; null when the document prints no number. */
    nomor: z.string().min(1).nullable(),
    judul: z.string().min(1),
    pengadilan: z.string().min(1),
    tanggalPembuatan: isoDateOrNull,
    tanggalRevisi: isoDateOrNull,
    tanggalEfektif: isoDateOrNull,
    /** Null when the document prints no approval block. */
    disahkanOleh: disahkanOlehSchema.nullable(),
    dasarHukum: textListSchema,
    kualifikasiPelaksana: textListSchema,
    keterkaitan: textListSchema,
    peralatanPerlengkapan: textListSchema,
    peringatan: z.string(),
    pencatatanPendataan: z.string(),
    /** Other notes the document prints, e.g. who the third parties are. */
    catatan: z.string().min(1).optional(),
    sumber: sopSumberSchema,
    procedures: z.array(procedureSchema).min(1),
  })
  .superRefine((d, ctx) => {
    const keys = new Set<string>();
    d.procedures.forEach((p, i) => {
      if (keys.has(p.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['procedures', i, 'key'],
          message: `Prosedur ${p.key} ganda.`,
        });
      }
      keys.add(p.key);
    });
  });
export type SopDocument = z.infer<typeof sopDocumentSchema>;
