/** Indonesian names of the kinds of audit entries. */
export const KIND_LABELS: Record<string, string> = {
  buat: 'Dibuat',
  ubah: 'Diubah',
  hapus: 'Dihapus',
  cetak: 'Dicetak',
  simpan: 'Disimpan',
  impor: 'Impor',
  sinkron: 'Sinkronisasi',
  pulihkan: 'Dipulihkan dari cadangan',
  signin: 'Masuk',
  'signin.failed': 'PIN salah',
  'signin.lockout': 'Dikunci karena PIN salah',
  lock: 'Dikunci',
  'pin.set': 'PIN diatur',
  'pin.reset': 'PIN diatur ulang',
  recovery: 'Pemulihan dengan kode',
  'delegasi.dibuat': 'Plh./Plt. dicatat',
  'delegasi.dicabut': 'Plh./Plt. dicabut',
  'langkah.ditolak': 'Langkah ditolak',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}
