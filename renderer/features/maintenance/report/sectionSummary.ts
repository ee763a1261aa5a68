import { formatDurasiMenit } from '../../../../shared/format/number';
import type { NarasiKey } from '../../../../shared/maintenance/reportSchema';
import type { ReportFigures } from '../../../../shared/maintenance/reportFigures';

/** One line of what the records say for a section, shown beside the operator's narrative. */
export function sectionSummary(key: NarasiKey, f: ReportFigures): string {
  switch (key) {
    case 'jadwal': {
      const sum = (pick: (r: ReportFigures['jadwal'][number]) => number) =>
        f.jadwal.reduce((a, r) => a + pick(r), 0);
      return `${sum((r) => r.terlaksana)} dari ${sum((r) => r.terjadwal)} jadwal terlaksana, ${sum((r) => r.tepatWaktu)} tepat waktu.`;
    }
    case 'perangkat': {
      const checked = f.perangkat.filter((d) => d.tanggal !== null).length;
      const count = (label: string) => f.perangkat.filter((d) => d.kondisi === label).length;
      return `${f.perangkat.length} perangkat digunakan, ${checked} diperiksa bulan ini; ${count('Baik')} baik, ${count('Rusak Ringan')} rusak ringan, ${count('Rusak Berat')} rusak berat.`;
    }
    case 'jaringan':
      return `${f.jaringan.length} catatan pemantauan jaringan dan server.`;
    case 'pengamanan':
      return `${f.cadangan.length} pencadangan data dan ${f.uat.length} uji penerimaan aplikasi.`;
    case 'layanan': {
      const l = f.layanan;
      const avg =
        l.rataRataMenit === null
          ? ''
          : ` Rata-rata penyelesaian ${formatDurasiMenit(l.rataRataMenit)}${l.standarMenit ? ` (standar SOP ${formatDurasiMenit(l.standarMenit)})` : ''}.`;
      return `${l.diterima} diterima, ${l.selesai} selesai, ${l.berjalan} dalam proses, ${l.ditolak} ditolak, ${l.terlambat} melewati waktu standar.${avg}`;
    }
    case 'temuan':
      return `${f.temuan.length} temuan dari pemeliharaan dan pemantauan.`;
    case 'rekomendasi':
      return 'Saran perbaikan dan kebutuhan untuk bulan berikutnya.';
  }
}
