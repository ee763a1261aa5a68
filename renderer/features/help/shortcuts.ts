/**
 * The keyboard shortcuts the app really has: F1 here, the register's Enter, and the
 * accelerators of the application menu (electron/menu.ts, Electron's roles). Keep this list
 * in step with them.
 */
export const SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: 'F1', what: 'Membuka panduan layar yang sedang dibuka' },
  { keys: 'Ctrl+K', what: 'Buka cepat: layar, permintaan, atau perangkat dengan mengetik namanya' },
  { keys: 'Esc', what: 'Menutup panduan, jendela dialog, atau pratinjau cetak' },
  { keys: 'Tab / Shift+Tab', what: 'Berpindah ke isian atau tombol berikutnya / sebelumnya' },
  { keys: 'Enter', what: 'Membuka permintaan yang dipilih di Daftar Permintaan' },
  { keys: 'Ctrl+Z / Ctrl+Y', what: 'Mengurungkan / mengulangi ketikan' },
  { keys: 'Ctrl+X / Ctrl+C / Ctrl+V', what: 'Memotong / menyalin / menempel' },
  { keys: 'Ctrl+A', what: 'Memilih semua teks dalam isian' },
  { keys: 'Ctrl++ / Ctrl+- / Ctrl+0', what: 'Memperbesar / memperkecil / ukuran asli tampilan' },
  { keys: 'F11', what: 'Layar penuh' },
  { keys: 'Ctrl+Q', what: 'Keluar dari Meja TI' },
];
