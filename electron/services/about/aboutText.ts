/** What the "Tentang Meja TI" dialog says; main fills it from `app` and `process.versions`. */
export interface AboutInfo {
  version: string;
  dataPath: string;
  electron: string;
  chrome: string;
  node: string;
}

export interface AboutText {
  message: string;
  detail: string;
}

// @fontsource ships Tinos and Arimo under the SIL Open Font License 1.1; the licence text
// is copied beside the font files (dist/fonts/<family>/LICENSE).
const FONT_LICENCE = 'Huruf Tinos dan Arimo: SIL Open Font License 1.1.';

export function aboutText(info: AboutInfo): AboutText {
  return {
    message: `Meja TI ${info.version}`,
    detail: [
      'Aplikasi desktop luring bagi Subbagian Perencanaan, Teknologi Informasi, dan Pelaporan ' +
        'pengadilan untuk menjalankan SOP teknologi informasi sebagai pekerjaan harian: ' +
        'permintaan layanan, pencatatan, dan dokumen cetak.',
      `Data tersimpan di: ${info.dataPath}`,
      `Electron ${info.electron} · Chromium ${info.chrome} · Node.js ${info.node}`,
      FONT_LICENCE,
    ].join('\n\n'),
  };
}
