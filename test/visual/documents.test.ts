import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithApproved, UPDATING, updateApproved } from './approvedImages';
import { PAPERS, SAMPLE_DOCUMENTS } from './documents';
import {
  brokenWords,
  outsideMargins,
  overlappingWords,
  signatureAlone,
  textOverRules,
} from './geometry';
import { pdfRules, type Segment } from './pdfRules';
import { pdfWords, type PageWords } from './pdfWords';
import { rasterise, renderDocument, type RenderedDocument } from './renderPages';

/**
 * Issue #15 item 9: every document on F4 and A4, rendered to page images and compared with the
 * approved ones in test/visual/approved, then held to the geometric rules of geometry.ts.
 */

type Check = 'margins' | 'overlap' | 'rules' | 'signature' | 'brokenWord';

/**
 * A defect known and being fixed may be listed here (document-paper → check → why): its check
 * is then expected to fail (`it.fails`), turns red once the fix lands, and the entry goes
 * with the fix. Empty: every document meets every check.
 */
const KNOWN_DEFECTS: Partial<Record<string, Partial<Record<Check, string>>>> = {};

const cases = SAMPLE_DOCUMENTS.flatMap((doc) =>
  PAPERS.map((paper) => ({ doc, paper, key: `${doc.name}-${paper}` })),
);

describe.each(cases)('$key', ({ doc, paper, key }) => {
  let pages: PageWords[] = [];
  let images: string[] = [];
  let rules: Segment[][] = [];
  let vocabulary: ReadonlySet<string> = new Set();
  let marginsOf: RenderedDocument['marginsOf'] = () => {
    throw new Error('not rendered');
  };

  beforeAll(async () => {
    const rendered = await renderDocument(doc.build(paper), key);
    images = rasterise(rendered.pdfFile, key);
    pages = pdfWords(rendered.pdfFile);
    rules = await pdfRules(rendered.pdfFile);
    vocabulary = rendered.vocabulary;
    marginsOf = rendered.marginsOf;
    // Rendering and reading a long document takes seconds; a loaded CPU may make it many more.
  }, 120_000);

  const pageMargins = (page: PageWords) =>
    marginsOf(page.width > page.height ? 'landscape' : 'portrait');

  const check = (name: Check, title: string, findings: () => string[]) => {
    const known = KNOWN_DEFECTS[key]?.[name];
    const test = known ? it.fails : it;
    test(known ? `${title} (known defect: ${known})` : title, () => {
      expect(findings()).toEqual([]);
    });
  };

  it('matches the approved page images', () => {
    expect(images.length).toBeGreaterThan(0);
    expect(images.length).toBe(pages.length);
    if (UPDATING) updateApproved(key, images);
    else expect(compareWithApproved(key, images)).toEqual([]);
  });

  check('margins', 'keeps every word inside the page margins', () =>
    pages.flatMap((p) => outsideMargins(p, pageMargins(p))),
  );
  check('overlap', 'has no word overlapping another', () => pages.flatMap(overlappingWords));
  check('rules', 'has no rule or line drawn through a word', () =>
    pages.flatMap((p, i) => textOverRules(p, rules[i] ?? [])),
  );
  check('signature', 'leaves no signature block alone on a page', () =>
    pages.flatMap((p) => signatureAlone(p, pageMargins(p))),
  );
  check('brokenWord', 'breaks no word across lines', () =>
    pages.flatMap((p) => brokenWords(p, vocabulary)),
  );
});
