/**
 * Font families the PDF engine embeds: Tinos is metric-compatible with Times New Roman,
 * Arimo with Arial; both under the SIL Open Font License 1.1, copied with their licence to dist/fonts.
 */
export const PDF_FONT_FAMILIES = ['Tinos', 'Arimo'] as const;
export type PdfFontFamily = (typeof PDF_FONT_FAMILIES)[number];
export const SERIF: PdfFontFamily = 'Tinos';
export const SANS: PdfFontFamily = 'Arimo';
