/** Indonesian names of the kinds of audit entries. */
export const KIND_LABELS: Record<string, string> = {
  buat: 'Dibuat',
  ubah: 'Diubah',
  hapus: 'Dihapus',
  cetak: 'Dicetak',
  simpan: 'Disimpan',
  impor: 'Impor',
  sinkron: 'Sinkronisasi',
  masuk: 'Masuk',
  'pin-salah': 'PIN salah',
  kunci: 'Terkunci',
  delegasi: 'Delegasi',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}
