import { formatTanggalIso } from '../format/date';
import { NETWORK_STATUS_LABELS, NETWORK_STATUSES, type NetworkStatus } from '../security/schema';
import type { PeriodRange } from './period';
import type { StatTable } from './tables';

/**
 * Security and backups in a period (SOP D), as tables for the annual report: the network
 * watches by outcome, the UATs, and each backup item's backups against its schedule
 * (expected at least once per `setiapHari` days over the period).
 */
export function securityTables(
  range: PeriodRange,
  networkChecks: readonly { tanggal: string; status: NetworkStatus }[],
  uats: readonly { tanggal: string }[],
  items: readonly { id: string; nama: string; setiapHari: number }[],
  backups: readonly { tanggal: string; itemId: string }[],
  periodDays: number,
): StatTable[] {
  const within = (t: string) => t >= range.fromIso && t <= range.toIso;
  const checks = networkChecks.filter((c) => within(c.tanggal));
  const status = NETWORK_STATUSES.map((s) => [
    NETWORK_STATUS_LABELS[s],
    checks.filter((c) => c.status === s).length,
  ]);
  const inPeriod = backups.filter((b) => within(b.tanggal));
  return [
    {
      id: 'jaringan',
      judul: 'Pemantauan jaringan',
      kolom: ['Hasil pemantauan', 'Jumlah'],
      baris: [
        ...status,
        ['Pengujian aplikasi (UAT)', uats.filter((u) => within(u.tanggal)).length],
      ],
      grafik: { jenis: 'batang', seri: [1] },
    },
    {
      id: 'cadangan',
      judul: 'Cadangan data terhadap jadwalnya',
      kolom: ['Data', 'Jadwal', 'Seharusnya (kali)', 'Dicadangkan (kali)', 'Terakhir'],
      baris: items.map((item) => {
        const own = inPeriod
          .filter((b) => b.itemId === item.id)
          .map((b) => b.tanggal)
          .sort();
        const last = own.at(-1);
        return [
          item.nama,
          `setiap ${item.setiapHari} hari`,
          Math.max(1, Math.floor(periodDays / item.setiapHari)),
          own.length,
          last ? formatTanggalIso(last) : '-',
        ];
      }),
      grafik: { jenis: 'batang', seri: [2, 3] },
    },
  ];
}
