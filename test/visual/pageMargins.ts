import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Margins } from './geometry';

type Orientation = 'portrait' | 'landscape';

function margins(value: unknown): Margins | null {
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [left, top, right, bottom] = value as unknown[];
  return typeof left === 'number' &&
    typeof top === 'number' &&
    typeof right === 'number' &&
    typeof bottom === 'number'
    ? { left, top, right, bottom }
    : null;
}

/**
 * The margins a definition sets for a page of each orientation: the document's own, or those of
 * its sections (the SOP's portrait identity page and landscape procedure pages).
 */
export function marginsByOrientation(
  definition: TDocumentDefinitions,
): (orientation: Orientation) => Margins {
  const base = margins(definition.pageMargins);
  if (!base) throw new Error('The visual check reads margins given as [left, top, right, bottom].');
  const bySection = new Map<Orientation, Margins>();
  const content: unknown[] = Array.isArray(definition.content) ? definition.content : [];
  for (const node of content) {
    if (node === null || typeof node !== 'object' || !('section' in node)) continue;
    const orientation = 'pageOrientation' in node ? node.pageOrientation : undefined;
    const own = 'pageMargins' in node ? margins(node.pageMargins) : null;
    if ((orientation === 'portrait' || orientation === 'landscape') && own) {
      bySection.set(orientation, own);
    }
  }
  return (orientation) => bySection.get(orientation) ?? base;
}
