import { deviceIdPattern } from './opFile';

/**
 * The other names the sync folder holds besides op files, each with a strict pattern:
 * snapshots of the whole data set, and the claim folders of register numbers.
 */

const DEVICE_ID = deviceIdPattern.source.slice(1, -1);
const SNAPSHOT_PATH = new RegExp(`^snapshots/(\\d{15}-[0-9a-z]{4}-(${DEVICE_ID}))\\.json$`);
const CLAIM_DIR = /^claims\/(\d{4})(?:-([A-Z0-9]{1,6}))?\/(\d{1,9})$/;

/** `snapshots/<hlc>.json`: a snapshot named by the clock stamp of its last op. */
export function snapshotPath(hlc: string): string {
  const relPath = `snapshots/${hlc}.json`;
  if (!parseSnapshotPath(relPath)) throw new RangeError(`Not a snapshot stamp: ${hlc}`);
  return relPath;
}

export function parseSnapshotPath(relPath: string): { hlc: string; device: string } | null {
  const match = SNAPSHOT_PATH.exec(relPath);
  if (!match?.[1] || !match[2]) return null;
  return { hlc: match[1], device: match[2] };
}

/**
 * `claims/<year>/<number>`: the folder whose exclusive creation claims a register number;
 * `claims/<year>-<site>/<number>` for the series of a site in a replicated workspace.
 */
export function claimDir(tahun: number, urut: number, lokasi = ''): string {
  if (!Number.isInteger(tahun) || tahun < 1000 || tahun > 9999) {
    throw new RangeError(`Not a year: ${tahun}`);
  }
  if (!Number.isInteger(urut) || urut < 1 || urut > 999_999_999) {
    throw new RangeError(`Not a running number: ${urut}`);
  }
  if (lokasi !== '' && !/^[A-Z0-9]{1,6}$/.test(lokasi))
    throw new RangeError(`Not a site: ${lokasi}`);
  return lokasi === '' ? `claims/${tahun}/${urut}` : `claims/${tahun}-${lokasi}/${urut}`;
}

export function parseClaimDir(
  relDir: string,
): { tahun: number; urut: number; lokasi: string } | null {
  const match = CLAIM_DIR.exec(relDir);
  if (!match?.[1] || !match[3] || match[3].startsWith('0')) return null;
  return { tahun: Number(match[1]), urut: Number(match[3]), lokasi: match[2] ?? '' };
}

const ATTACHMENT_PATH = /^lampiran\/([0-9a-f]{64})\.bin$/;

/**
 * Where an attachment's encrypted bytes lie in the shared folder: `lampiran/<name>.bin`, the
 * name derived from the content with the workspace key (renderer/features/attachments/), so
 * every PC writes the same content under the same name and a copy already there is kept.
 */
export function attachmentPath(name: string): string {
  const relPath = `lampiran/${name}.bin`;
  if (!ATTACHMENT_PATH.test(relPath)) throw new RangeError(`Not an attachment name: ${name}`);
  return relPath;
}

export function isAttachmentPath(relPath: string): boolean {
  return ATTACHMENT_PATH.test(relPath);
}
