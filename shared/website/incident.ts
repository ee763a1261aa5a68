import { z } from 'zod';
import { optionalText, requiredText } from '../validation/text';

/**
 * A website problem and its handling (SOP F), including what was asked of a third party —
 * the ISP, PANDI or the hosting provider — when it was asked and when they answered.
 */

export const THIRD_PARTIES = ['isp', 'pandi', 'hosting', 'lainnya'] as const;
export type ThirdParty = (typeof THIRD_PARTIES)[number];
export const THIRD_PARTY_LABELS: Record<ThirdParty, string> = {
  isp: 'Penyedia internet (ISP)',
  pandi: 'PANDI',
  hosting: 'Penyedia hosting',
  lainnya: 'Pihak lain',
};

const instant = z.iso.datetime({ message: 'Waktu tidak valid.' });

/** One request to a third party and, once it came, their answer. */
export const followUpSchema = z
  .object({
    pihak: z.enum(THIRD_PARTIES, { message: 'Pilih pihak ketiga.' }),
    permintaan: requiredText('Yang diminta', 500),
    dimintaPada: instant,
    dijawabPada: instant.nullable(),
    jawaban: optionalText('Jawaban', 1000),
  })
  .refine((f) => f.dijawabPada === null || Date.parse(f.dijawabPada) >= Date.parse(f.dimintaPada), {
    message: 'Waktu jawaban tidak boleh sebelum waktu permintaan.',
    path: ['dijawabPada'],
  });
export type FollowUp = z.output<typeof followUpSchema>;

/** Restoring the site from a backup (SOP F's last step): when, from which backup, how it went. */
export const restoreSchema = z.object({
  pada: instant,
  /** The backup in SOP D's log it was restored from, when it is there. */
  backupId: z.string().min(1).nullable(),
  catatan: requiredText('Catatan pemulihan', 1000),
});
export type Restore = z.output<typeof restoreSchema>;

/** A problem with a site: what happened, when, how it was handled and whether it is solved. */
export const incidentSchema = z
  .object({
    siteId: z.string().min(1, 'Pilih layanan.'),
    masalah: requiredText('Masalah', 500),
    mulai: instant,
    selesai: instant.nullable(),
    penanganan: optionalText('Penanganan', 2000),
    tindakLanjut: z.array(followUpSchema).max(20, 'Tindak lanjut terlalu banyak.'),
    /** The site restored from its backup once the problem was solved, when it had to be. */
    pemulihan: restoreSchema.nullable().default(null),
  })
  .refine((i) => i.selesai === null || Date.parse(i.selesai) >= Date.parse(i.mulai), {
    message: 'Waktu selesai tidak boleh sebelum masalah dimulai.',
    path: ['selesai'],
  });
export type Incident = z.output<typeof incidentSchema>;
export type IncidentInput = z.input<typeof incidentSchema>;

/** Follow-ups still waiting for the third party's answer. */
export function awaitingAnswer(incident: Pick<Incident, 'tindakLanjut'>): FollowUp[] {
  return incident.tindakLanjut.filter((f) => f.dijawabPada === null);
}
