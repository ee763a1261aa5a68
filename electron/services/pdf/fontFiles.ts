import path from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';
import type { PdfFontFamily } from '../../../shared/pdf/fonts';

/** The @fontsource packages the fonts come from; build copies their files to dist/fonts. */
export const FONT_PACKAGES: Record<PdfFontFamily, string> = { Tinos: 'tinos', Arimo: 'arimo' };

const STYLES = {
  normal: '400-normal',
  bold: '700-normal',
  italics: '400-italic',
  bolditalics: '700-italic',
} as const;

/** The font files pdfmake needs, given the folder each package's .woff files are in. */
export function pdfFontDescriptors(dirFor: (pkg: string) => string): TFontDictionary {
  const dictionary: TFontDictionary = {};
  for (const [family, pkg] of Object.entries(FONT_PACKAGES)) {
    const file = (style: string) => path.join(dirFor(pkg), `${pkg}-latin-${style}.woff`);
    dictionary[family] = {
      normal: file(STYLES.normal),
      bold: file(STYLES.bold),
      italics: file(STYLES.italics),
      bolditalics: file(STYLES.bolditalics),
    };
  }
  return dictionary;
}

/** Every file the descriptors name: the only local files pdfmake may read. */
export function fontFilePaths(fonts: TFontDictionary): string[] {
  return Object.values(fonts).flatMap((f) =>
    [f.normal, f.bold, f.italics, f.bolditalics].filter((p): p is string => typeof p === 'string'),
  );
}
