import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

/** Must match FONT_PACKAGES and the styles in electron/services/pdf/fontFiles.ts. */
const FONT_PACKAGES = ['tinos', 'arimo'];
const STYLES = ['400-normal', '700-normal', '400-italic', '700-italic'];

/**
 * Copies the .woff files pdfmake embeds, and each font's licence, from @fontsource into
 * dist/fonts/<family>/. Installed apps get the folder as resources/fonts.
 */
export async function copyFonts() {
  const copied = [];
  for (const pkg of FONT_PACKAGES) {
    const source = path.join(repoRoot, 'node_modules', '@fontsource', pkg);
    const target = path.join(repoRoot, 'dist', 'fonts', pkg);
    await mkdir(target, { recursive: true });
    const files = [
      ...STYLES.map((style) => path.join('files', `${pkg}-latin-${style}.woff`)),
      'LICENSE',
    ];
    for (const file of files) {
      const to = path.join(target, path.basename(file));
      await copyFile(path.join(source, file), to);
      copied.push(to);
    }
  }
  return copied;
}
