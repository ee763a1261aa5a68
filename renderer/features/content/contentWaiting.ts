import { contentStage, type ContentStage } from '../../../shared/content/contentFlow';
import { JENIS_KONTEN_LABELS, type JenisKonten } from '../../../shared/content/schema';
import type { PublishedForReport } from '../../../shared/statistics/websiteStats';
import type { MejaDatabase } from '../../db/database';
import { permissionFor, readStepAuthority } from '../delegations/public';
import { contentProcedure, listContent, listContentSteps, progressOfItem } from './contentSteps';

/** A step of procedure E waiting for a person: which item, which step, since when. */
export interface ContentWaitingItem {
  contentId: string;
  judul: string;
  stage: ContentStage;
  stepNo: number;
  kegiatan: string;
  /** When the step's clock started (the previous step's end, the return, or the start). */
  sejak: string;
  /** True when the person acts as Plh./Plt. of the official the step names. */
  sebagaiPlh: boolean;
}

/**
 * What waits in SOP E for a person: the next step of each running item that this person may
 * record (holding the role, or as Plh./Plt. today). Beranda calls this; it never writes.
 */
export async function contentWaiting(
  db: MejaDatabase,
  personId: string | null,
  now: Date,
): Promise<ContentWaitingItem[]> {
  if (!personId) return [];
  const authority = await readStepAuthority(db);
  const waiting: ContentWaitingItem[] = [];
  for (const item of await listContent(db)) {
    if (item.status === 'ditolak' || item.status === 'diarsipkan') continue;
    const procedure = await contentProcedure(db, item);
    if (!procedure) continue;
    const progress = progressOfItem(procedure, item, await listContentSteps(db, item.id));
    const step = progress.next;
    if (!step) continue;
    const permission = permissionFor(authority, procedure, step, personId, now);
    if (permission.kind === 'refused') continue;
    waiting.push({
      contentId: item.id,
      judul: item.judul,
      stage: contentStage(procedure, item.status, step),
      stepNo: step.no,
      kegiatan: step.kegiatan,
      sejak: progress.nextStartedAt,
      sebagaiPlh: permission.kind === 'delegate',
    });
  }
  return waiting;
}

/** One item published in a month, for the website report of SOP F. */
export interface PublishedContent {
  contentId: string;
  judul: string;
  jenis: JenisKonten;
  urlPublikasi: string;
  dipublikasiPada: string;
}

/** The items published in a month (1-12, local time), oldest first. */
export async function publishedInMonth(
  db: MejaDatabase,
  year: number,
  month: number,
): Promise<PublishedContent[]> {
  const published: PublishedContent[] = [];
  for (const item of await listContent(db)) {
    if (!item.urlPublikasi || !item.dipublikasiPada) continue;
    const at = new Date(item.dipublikasiPada);
    if (at.getFullYear() !== year || at.getMonth() + 1 !== month) continue;
    published.push({
      contentId: item.id,
      judul: item.judul,
      jenis: item.jenis,
      urlPublikasi: item.urlPublikasi,
      dipublikasiPada: item.dipublikasiPada,
    });
  }
  return published.sort((a, b) => a.dipublikasiPada.localeCompare(b.dipublikasiPada));
}

/** Every item published, for the Laporan Tahunan TI: its kind as printed and when. */
export async function publishedForReport(db: MejaDatabase): Promise<PublishedForReport[]> {
  return (await listContent(db)).flatMap((item) =>
    item.dipublikasiPada
      ? [{ jenis: JENIS_KONTEN_LABELS[item.jenis], dipublikasikanPada: item.dipublikasiPada }]
      : [],
  );
}
