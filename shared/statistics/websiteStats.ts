import { availabilityText, monthAvailability, upShare } from '../website/availability';
import { awaitingAnswer, type Incident } from '../website/incident';
import type { AvailabilityCheck } from '../website/schema';
import type { PeriodRange } from './period';
import type { StatTable } from './tables';

/** The office's websites as the annual report needs them (SOP F). */
export interface WebsiteForReport {
  sites: readonly { id: string; nama: string; alamatUrl: string }[];
  checks: readonly Pick<AvailabilityCheck, 'siteId' | 'waktu' | 'statusHttp'>[];
  incidents: readonly Pick<Incident, 'siteId' | 'mulai' | 'selesai' | 'tindakLanjut'>[];
}

/** One content item published on the website (SOP E), its kind as printed. */
export interface PublishedForReport {
  jenis: string;
  dipublikasikanPada: string;
}

const inRange = (iso: string, range: PeriodRange): boolean => {
  const t = Date.parse(iso);
  return t >= range.fromMs && t < range.toMs;
};

/**
 * Website availability and problems for the report's period: per site the checks made, how
 * many found it up and the share, and the problems that began in the period, solved or not,
 * and those still waiting for a third party's answer. No sites recorded: no tables.
 */
export function websiteTables(website: WebsiteForReport | null, range: PeriodRange): StatTable[] {
  if (!website || website.sites.length === 0) return [];
  const span = { from: new Date(range.fromMs), to: new Date(range.toMs) };
  const availability = website.sites.map((s) => ({
    site: s,
    a: monthAvailability(s.id, website.checks, span),
  }));
  const checks = availability.reduce((sum, r) => sum + r.a.pemeriksaan, 0);
  const up = availability.reduce((sum, r) => sum + r.a.tersedia, 0);
  const incidents = website.incidents.filter((i) => inRange(i.mulai, range));
  const solved = incidents.filter((i) => i.selesai !== null).length;
  return [
    {
      id: 'ketersediaanWebsite',
      judul:
        `Ketersediaan website dan layanan: ${checks.toLocaleString('id-ID')} pemeriksaan, ` +
        `${availabilityText({ persen: upShare(checks, up) })} tersedia`,
      kolom: ['Layanan', 'Pemeriksaan', 'Tersedia', 'Ketersediaan (%)'],
      baris: availability.map(({ site, a }) => [site.nama, a.pemeriksaan, a.tersedia, a.persen]),
      grafik: { jenis: 'batang', seri: [1, 2] },
    },
    {
      id: 'masalahWebsite',
      judul: `Masalah website dan penanganannya: ${solved} dari ${incidents.length} selesai`,
      kolom: ['Layanan', 'Masalah', 'Selesai', 'Menunggu jawaban pihak ketiga'],
      baris: website.sites.map((s) => {
        const own = incidents.filter((i) => i.siteId === s.id);
        return [
          s.nama,
          own.length,
          own.filter((i) => i.selesai !== null).length,
          own.filter((i) => awaitingAnswer(i).length > 0).length,
        ];
      }),
      grafik: { jenis: 'batang', seri: [1, 2] },
    },
  ];
}

/** The content published in the period by kind (SOP E); nothing published: no table. */
export function contentTables(
  published: readonly PublishedForReport[],
  range: PeriodRange,
): StatTable[] {
  const inPeriod = published.filter((p) => inRange(p.dipublikasikanPada, range));
  if (inPeriod.length === 0) return [];
  const perKind = new Map<string, number>();
  for (const p of inPeriod) perKind.set(p.jenis, (perKind.get(p.jenis) ?? 0) + 1);
  return [
    {
      id: 'kontenWebsite',
      judul: `Konten website yang dipublikasikan: ${inPeriod.length} konten`,
      kolom: ['Jenis konten', 'Jumlah'],
      baris: [...perKind].sort((a, b) => b[1] - a[1]).map(([jenis, n]) => [jenis, n]),
      grafik: { jenis: 'batang', seri: [1] },
    },
  ];
}
