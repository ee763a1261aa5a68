/** Paper an office prints on: F4 (folio, 215 x 330 mm) is the court's everyday paper. */
export const PAPER_SIZE_IDS = ['F4', 'A4'] as const;
export type PaperSizeId = (typeof PAPER_SIZE_IDS)[number];

const POINTS_PER_MM = 72 / 25.4;
export const mm = (millimetres: number): number => millimetres * POINTS_PER_MM;

export interface PaperSize {
  id: PaperSizeId;
  label: string;
  widthMm: number;
  heightMm: number;
}

export const PAPER_SIZES: Record<PaperSizeId, PaperSize> = {
  F4: { id: 'F4', label: 'F4 (215 × 330 mm)', widthMm: 215, heightMm: 330 },
  A4: { id: 'A4', label: 'A4 (210 × 297 mm)', widthMm: 210, heightMm: 297 },
};

/** pdfmake page size in points, rounded as PDF viewers report it. */
export function pageSizePoints(
  id: PaperSizeId,
  orientation: 'portrait' | 'landscape' = 'portrait',
): { width: number; height: number } {
  const paper = PAPER_SIZES[id];
  const w = Math.round(mm(paper.widthMm) * 100) / 100;
  const h = Math.round(mm(paper.heightMm) * 100) / 100;
  return orientation === 'portrait' ? { width: w, height: h } : { width: h, height: w };
}
