import about from '../features/about/bantuan.md?raw';
import delegations from '../features/delegations/bantuan.md?raw';
import audit from '../features/audit/bantuan.md?raw';
import devices from '../features/devices/bantuan.md?raw';
import help from '../features/help/bantuan.md?raw';
import { readGuide, type Guide } from '../features/help/guide';
import home from '../features/home/bantuan.md?raw';
import records from '../features/maintenance/bantuan-catatan.md?raw';
import schedule from '../features/maintenance/bantuan-jadwal.md?raw';
import report from '../features/maintenance/report/bantuan.md?raw';
import office from '../features/office/bantuan.md?raw';
import people from '../features/people/bantuan.md?raw';
import content from '../features/content/bantuan.md?raw';
import policy from '../features/policy/bantuan.md?raw';
import requests from '../features/requests/bantuan.md?raw';
import requestSettings from '../features/requests/settings/bantuan.md?raw';
import security from '../features/security/bantuan.md?raw';
import statistics from '../features/statistics/bantuan.md?raw';
import sop from '../features/sop/bantuan.md?raw';
import sync from '../features/sync/bantuan.md?raw';
import units from '../features/units/bantuan.md?raw';
import website from '../features/website/bantuan.md?raw';
import { PAGES, type PageId } from './pages';

/**
 * Each screen's guide, a Markdown file kept beside the screen (bantuan.md) so that whoever
 * changes a screen sees its page. A screen without a guide does not compile.
 */
const SOURCES: Record<PageId, string> = {
  beranda: home,
  kebijakan: policy,
  permintaan: requests,
  perangkat: devices,
  jadwal: schedule,
  catatan: records,
  pengamanan: security,
  konten: content,
  website,
  laporan: report,
  statistik: statistics,
  sop,
  pegawai: people,
  delegasi: delegations,
  unit: units,
  kantor: office,
  layanan: requestSettings,
  sinkronisasi: sync,
  audit,
  bantuan: help,
  tentang: about,
};

/** The guides in menu order. */
export const GUIDES: readonly Guide[] = PAGES.map((p) => readGuide(p.id, SOURCES[p.id]));

export function guideFor(page: PageId): Guide {
  return GUIDES.find((g) => g.id === page) ?? readGuide(page, SOURCES[page]);
}
