/**
 * What the start-up screen says when Meja TI cannot open: a reason the office can act on
 * where one is known, the error's own text otherwise.
 */
export function startupErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'VersionError') {
    // The profile's database has a schema version this app does not know: a newer Meja TI
    // wrote it. Opening it with the older schema could damage it, so nothing is opened.
    return (
      'Data Meja TI di komputer ini dibuat oleh versi Meja TI yang lebih baru dari aplikasi ' +
      'ini. Pasang Meja TI versi terbaru (yang sama dengan PC lain di kantor); data tidak ' +
      'diubah.'
    );
  }
  if (name === 'QuotaExceededError') {
    return 'Ruang disk komputer ini penuh, sehingga data Meja TI tidak dapat dibuka. Kosongkan sebagian ruang disk lalu buka kembali.';
  }
  return error instanceof Error ? error.message : String(error);
}
