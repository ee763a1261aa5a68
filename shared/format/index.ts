export { NAMA_BULAN, NAMA_HARI, namaBulan, namaHari } from './calendarNames';
export {
  formatBulanTahun,
  formatHariTanggal,
  formatJam,
  formatTanggal,
  formatTanggalJam,
  formatTempatTanggal,
} from './date';
export { formatAngka, formatDesimal, formatDurasiMenit } from './number';
export {
  formatNip,
  nipSchema,
  normalizeNip,
  optionalNipSchema,
  parseNip,
  type NipError,
  type NipErrorCode,
  type NipInfo,
  type NipResult,
} from './nip';
export { bulanRomawi, toRoman } from './roman';
