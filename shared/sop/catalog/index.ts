import type { SopDocument } from '../schema';
import { paMukomukoAs32 } from './paMukomukoAs32';
import { paTernateAs28Konten } from './paTernateAs28Konten';
import { paTernateAs28Website } from './paTernateAs28Website';
import { paTernateAs29 } from './paTernateAs29';
import { pnTaisPemeliharaanWebsite } from './pnTaisPemeliharaanWebsite';
import { sopTiWebsiteVariant001 } from './sopTiWebsiteVariant001';

export {
  paMukomukoAs32,
  paTernateAs28Konten,
  paTernateAs28Website,
  paTernateAs29,
  pnTaisPemeliharaanWebsite,
  sopTiWebsiteVariant001,
};

/** The SOP documents transcribed from the seeds (shared/seeds/), in seed order. */
export const SEED_SOP_DOCUMENTS: readonly SopDocument[] = [
  paMukomukoAs32,
  sopTiWebsiteVariant001,
  paTernateAs29,
  paTernateAs28Konten,
  paTernateAs28Website,
  pnTaisPemeliharaanWebsite,
];
