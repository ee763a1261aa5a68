import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  /** Developer tools are offered only when running from source. */
  packaged: boolean;
  showAbout(): void;
}

/**
 * The application menu in Indonesian. Items use Electron's roles, so the editing, zoom
 * and full-screen commands behave as the platform expects; only the labels are ours.
 * main passes the template to `Menu.buildFromTemplate`.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { role: 'resetZoom', label: 'Ukuran Asli' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar Penuh' },
  ];
  if (!options.packaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat Pengembang' });
  }
  return [
    {
      label: 'Berkas',
      submenu: [{ role: 'quit', label: 'Keluar', accelerator: 'CmdOrCtrl+Q' }],
    },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
    {
      label: 'Bantuan',
      submenu: [{ label: 'Tentang Meja TI', click: () => options.showAbout() }],
    },
  ];
}
