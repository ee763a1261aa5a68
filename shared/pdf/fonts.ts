/**
 * Font families the PDF engine embeds: Tinos is metric-compatible with Times New Roman,
 * Arimo with Arial; both are freely licensed (Apache 2.0), shipped under build/ and dist/fonts.
 */
export const PDF_FONT_FAMILIES = ['Tinos', 'Arimo'] as const;
export type PdfFontFamily = (typeof PDF_FONT_FAMILIES)[number];
export const SERIF: PdfFontFamily = 'Tinos';
export const SANS: PdfFontFamily = 'Arimo';
