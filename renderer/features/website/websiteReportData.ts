import {
  formatBulanTahun,
  formatTanggalIso,
  formatTanggalJam,
  toIsoDate,
} from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { LaporanWebsiteRequest } from '../../../shared/pdf/documents/website/laporanWebsiteRequest';
import type { Signer } from '../../../shared/pdf/signer';
import { RESTORE_TEST_LABELS } from '../../../shared/security/schema';
import { availabilityText, monthAvailability } from '../../../shared/website/availability';
import { THIRD_PARTY_LABELS } from '../../../shared/website/incident';
import { renewalLabel, renewalsDue } from '../../../shared/website/renewals';
import type { MejaDatabase } from '../../db/database';
import type { BackupRow, PersonRow } from '../../db/rows';
import type {
  WebsiteCheckRow,
  WebsiteIncidentRow,
  WebsiteSiteRow,
  WebsiteVisitorReviewRow,
} from '../../db/websiteRows';
import { JENIS_KONTEN_LABELS } from '../../../shared/content/schema';
import { publishedInMonth } from '../content/public';
import { listPeople } from '../people/public';
import { listBackups } from '../security/public';
import { inSpan, monthSpan } from './monthSpan';
import { WebsiteError } from './websiteError';
import { listChecks, listIncidents, listSites, listVisitorReviews } from './websiteStore';

/** One content item SOP E published in the month (SOP E's `publishedInMonth` gives these). */
export interface PublishedItem {
  judul: string;
  jenis: string;
  urlPublikasi: string;
  dipublikasiPada: string;
}
/** Where the report takes the month's published content from. */
export type PublishedProvider = (db: MejaDatabase, bulan: string) => Promise<PublishedItem[]>;

/** SOP E's items published in the month ('YYYY-MM'), their kinds as printed. */
export const CONTENT_PUBLISHED: PublishedProvider = async (db, bulan) => {
  const [tahun, nomor] = bulan.split('-').map(Number);
  const items = await publishedInMonth(db, tahun ?? 0, nomor ?? 0);
  return items.map((i) => ({
    judul: i.judul,
    jenis: JENIS_KONTEN_LABELS[i.jenis],
    urlPublikasi: i.urlPublikasi,
    dipublikasiPada: i.dipublikasiPada,
  }));
};

/** SOP D's backup log item the website's backups are recorded under. */
export const WEBSITE_BACKUP_ITEM = 'website';

export interface WebsiteMonthData {
  bulan: string;
  sites: readonly WebsiteSiteRow[];
  checks: readonly WebsiteCheckRow[];
  incidents: readonly WebsiteIncidentRow[];
  reviews: readonly WebsiteVisitorReviewRow[];
  backups: readonly BackupRow[];
  published: readonly PublishedItem[];
  people: readonly PersonRow[];
}

/** Everything the month's report reads, from this PC's copy of the records. */
export async function websiteReportData(
  db: MejaDatabase,
  bulan: string,
  published: PublishedProvider = CONTENT_PUBLISHED,
): Promise<WebsiteMonthData> {
  const span = monthSpan(bulan);
  const from = `${bulan}-01`;
  const to = toIsoDate(new Date(span.to.getTime() - 1));
  const [sites, checks, incidents, reviews, backups, people, items] = await Promise.all([
    listSites(db),
    listChecks(db),
    listIncidents(db),
    listVisitorReviews(db),
    listBackups(db, { from, to }),
    listPeople(db),
    published(db, bulan),
  ]);
  return {
    bulan,
    sites: sites.rows,
    checks: checks.rows.filter((c) => inSpan(c.waktu, span)),
    // Problems of the month, and older ones still open.
    incidents: incidents.rows.filter(
      (i) =>
        inSpan(i.mulai, span) || (Date.parse(i.mulai) < span.from.getTime() && i.selesai === null),
    ),
    reviews: reviews.rows.filter((r) => r.sampaiTanggal >= from && r.dariTanggal <= to),
    backups: backups.filter((b) => !b._deleted && b.itemId === WEBSITE_BACKUP_ITEM),
    published: items,
    people,
  };
}

const when = (iso: string) => formatTanggalJam(new Date(iso));

/** The print request of the month's report; the signers are chosen by the operator. */
export function laporanWebsiteRequest(input: {
  office: Office;
  data: WebsiteMonthData;
  situasi: string;
  tanggal: string;
  dibuat: Signer | null;
  mengetahui: Signer | null;
  now: Date;
}): LaporanWebsiteRequest {
  const { data } = input;
  if (!input.dibuat) throw new WebsiteError('Pilih pembuat laporan (Dibuat oleh).');
  if (!input.mengetahui) throw new WebsiteError('Pilih PJ atau Sekretaris yang mengetahui.');
  const span = monthSpan(data.bulan);
  const siteName = new Map(data.sites.map((s) => [s.id, s.nama]));
  const person = new Map(data.people.map((p) => [p.id, p.nama]));
  const [y, m] = data.bulan.split('-').map(Number);
  return {
    kind: 'laporanWebsite',
    office: input.office,
    paper: input.office.kertas,
    printedAt: input.now.toISOString(),
    periode: formatBulanTahun(y ?? 1970, m ?? 1),
    tanggal: input.tanggal,
    ketersediaan: data.sites.map((s) => {
      const a = monthAvailability(s.id, data.checks, span);
      return {
        layanan: s.nama,
        alamat: s.alamatUrl,
        pemeriksaan: a.pemeriksaan,
        tersedia: a.tersedia,
        persen: availabilityText(a),
      };
    }),
    masalah: data.incidents.map((i) => ({
      layanan: siteName.get(i.siteId) ?? '(layanan dihapus)',
      masalah: i.masalah,
      waktu: i.selesai ? `${when(i.mulai)} s.d. ${when(i.selesai)}` : `Sejak ${when(i.mulai)}`,
      penanganan: i.penanganan,
      pihakKetiga: i.tindakLanjut.map(
        (f) =>
          `${THIRD_PARTY_LABELS[f.pihak]}: ${f.permintaan} (diminta ${when(f.dimintaPada)}; ` +
          (f.dijawabPada
            ? `dijawab ${when(f.dijawabPada)}: ${f.jawaban || '-'})`
            : 'belum dijawab)'),
      ),
      pemulihan: i.pemulihan
        ? `Dipulihkan dari cadangan ${when(i.pemulihan.pada)}: ${i.pemulihan.catatan}`
        : '',
      status: i.selesai ? 'Selesai' : 'Belum selesai',
    })),
    berakhir: renewalsDue(data.sites, input.tanggal).map((d) => {
      const site = data.sites.find((s) => s.id === d.id);
      return {
        layanan: d.nama,
        penyedia: site?.penyedia ?? '',
        akhirKontrak: formatTanggalIso(d.akhirKontrak),
        keterangan: renewalLabel(d).slice(d.nama.length + 2),
      };
    }),
    pencadangan: data.backups.map((b) => ({
      tanggal: formatTanggalIso(b.tanggal),
      media: b.media,
      lokasi: b.lokasi,
      petugas: person.get(b.petugasId) ?? '',
      ujiPemulihan: RESTORE_TEST_LABELS[b.ujiPemulihan],
    })),
    pengunjung: data.reviews.map((r) => ({
      layanan: siteName.get(r.siteId) ?? '(layanan dihapus)',
      periode: `${formatTanggalIso(r.dariTanggal)} s.d. ${formatTanggalIso(r.sampaiTanggal)}`,
      temuan:
        r.jumlahKunjungan === null ? r.temuan : `${r.temuan} (${r.jumlahKunjungan} kunjungan)`,
      mencurigakan: r.mencurigakan ? `Ada. ${r.catatan}` : 'Tidak ada',
    })),
    konten: data.published.map((p) => ({
      judul: p.judul,
      jenis: p.jenis,
      url: p.urlPublikasi,
      tanggal: when(p.dipublikasiPada),
    })),
    situasi: input.situasi,
    dibuat: input.dibuat,
    mengetahui: input.mengetahui,
  };
}
