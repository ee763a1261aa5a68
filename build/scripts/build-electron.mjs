// Builds the main process and the preload (dist/electron/*.cjs) and copies the PDF fonts
// (dist/fonts/). The renderer is built separately by `vite build`.
import path from 'node:path';
import { copyFonts } from './lib/copyFonts.mjs';
import { buildElectronBundles } from './lib/electronBundles.mjs';
import { repoRoot } from './lib/paths.mjs';

try {
  const bundles = await buildElectronBundles();
  const fonts = await copyFonts();
  for (const file of bundles) console.log(`  ${path.relative(repoRoot, file)}`);
  console.log(`  dist/fonts: ${fonts.length} berkas`);
} catch (error) {
  console.error(
    'Gagal membangun proses utama Electron.',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
}
