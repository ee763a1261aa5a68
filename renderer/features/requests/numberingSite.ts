import { pcCode, siteCodeSchema } from '../../../shared/requests/numbering';
import type { MejaDatabase } from '../../db/database';
import { RequestError } from './requestError';
import type { RequestSettings } from './requestSettings';

/**
 * Where this PC's numbers come from. The site code is this PC's own setting (the `local`
 * table, never synced): every PC of one site enters the same code, and each site a different
 * one. In a replicated workspace it names the site's series: its claims live under
 * `claims/<year>-<site>/`, exclusive on the site's own share, and its numbers print it.
 */

const SITE_KEY = 'requests:kodeLokasi';

/** This PC's site code, or '' when none was entered (or the stored one is damaged). */
export async function readSiteCode(db: MejaDatabase): Promise<string> {
  const parsed = siteCodeSchema.safeParse((await db.local.get(SITE_KEY))?.value);
  return parsed.success ? parsed.data : '';
}

/** Stores this PC's site code; throws the Indonesian reason when it is not one. */
export async function saveSiteCode(db: MejaDatabase, code: string): Promise<string> {
  const parsed = siteCodeSchema.safeParse(code);
  if (!parsed.success)
    throw new RequestError(parsed.error.issues[0]?.message ?? 'Kode lokasi tidak valid.');
  await db.local.put({ key: SITE_KEY, value: parsed.data });
  return parsed.data;
}

/**
 * The series this PC numbers in: '' in the shared mode, the site code in a replicated
 * workspace. Refuses to number in a replicated workspace before the site code is entered,
 * since a number without it could be given by another site too.
 */
export async function numberSeries(db: MejaDatabase, settings: RequestSettings): Promise<string> {
  if (settings.modePenomoran !== 'replikasi') return '';
  const code = await readSiteCode(db);
  if (code === '') {
    throw new RequestError(
      'Ruang kerja ini direplikasi antar-lokasi: isi kode lokasi PC ini di Pengaturan Layanan sebelum mencatat.',
    );
  }
  return code;
}

/** The code this PC prints on its draft numbers, distinct from every PC it knows of. */
export async function draftCode(db: MejaDatabase, device: string): Promise<string> {
  const peers = await db.syncPeers.toCollection().primaryKeys();
  return pcCode(device, peers.map(String));
}
