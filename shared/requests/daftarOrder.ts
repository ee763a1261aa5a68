/**
 * The order of the Daftar Permintaan Layanan TI: by the time each request was received, not
 * by its number. A request taken on paper and entered later carries a later number than
 * requests received after it; its printed number is kept and the Daftar still lists it where
 * it was received. Times are compared as instants (a row synced from another PC may carry
 * an offset other than Z); requests received at the same minute keep their numbers' order.
 */
export function daftarOrder<
  T extends { diterimaPada: string; tahun: number; urut: number; nomor: string },
>(rows: readonly T[]): T[] {
  const keyed = rows.map((row) => ({ row, at: Date.parse(row.diterimaPada) }));
  keyed.sort(
    (a, b) =>
      a.at - b.at ||
      a.row.tahun - b.row.tahun ||
      a.row.urut - b.row.urut ||
      (a.row.nomor < b.row.nomor ? -1 : a.row.nomor > b.row.nomor ? 1 : 0),
  );
  return keyed.map((k) => k.row);
}
