import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { REPO_ROOT } from '../fixtures/pdfServices';

/**
 * Page images compared with the approved ones kept in the repo. Normal runs only read them;
 * `npm run test:visual:update` (MEJA_VISUAL_UPDATE=1) rewrites them, to be looked at before
 * committing. A failing page leaves its image and a diff under test-results/visual/.
 */

export const APPROVED_DIR = path.join(REPO_ROOT, 'test', 'visual', 'approved');
export const DIFF_DIR = path.join(REPO_ROOT, 'test-results', 'visual');
export const UPDATING = process.env.MEJA_VISUAL_UPDATE === '1';
/** Per-pixel colour distance pixelmatch ignores (0..1), anti-aliasing aside. */
const PIXEL_THRESHOLD = 0.1;
/** Pixels a page may differ by: less than one short word at 50 dpi (~30 × 8 px). */
export const MAX_DIFF_PIXELS = 40;

/** "formulir-F4-p1.png" */
export const approvedName = (key: string, page: number) => `${key}-p${page}.png`;

/** Where approved images are read and diffs written; tests of this module pass their own. */
export interface ImageDirs {
  approved: string;
  diff: string;
}
const REPO_DIRS: ImageDirs = { approved: APPROVED_DIR, diff: DIFF_DIR };

function approvedPages(key: string, dirs: ImageDirs): string[] {
  if (!existsSync(dirs.approved)) return [];
  const pattern = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-p\\d+\\.png$`);
  return readdirSync(dirs.approved).filter((f) => pattern.test(f));
}

/** Rewrites the approved images of `key` with `pages` (and drops pages no longer there). */
export function updateApproved(key: string, pages: readonly string[], dirs = REPO_DIRS): void {
  mkdirSync(dirs.approved, { recursive: true });
  for (const old of approvedPages(key, dirs)) rmSync(path.join(dirs.approved, old));
  pages.forEach((file, i) =>
    copyFileSync(file, path.join(dirs.approved, approvedName(key, i + 1))),
  );
}

/** What differs from the approved images, one message per page; empty when all match. */
export function compareWithApproved(
  key: string,
  pages: readonly string[],
  dirs = REPO_DIRS,
): string[] {
  const approved = approvedPages(key, dirs);
  if (approved.length === 0) {
    return [`No approved images for ${key}: run npm run test:visual:update and look at them.`];
  }
  const problems: string[] = [];
  if (approved.length !== pages.length) {
    problems.push(`${key}: ${pages.length} pages, approved ${approved.length}.`);
  }
  pages.forEach((file, i) => {
    const name = approvedName(key, i + 1);
    const approvedFile = path.join(dirs.approved, name);
    if (!existsSync(approvedFile)) return;
    const problem = comparePage(approvedFile, file, name, dirs.diff);
    if (problem) problems.push(problem);
  });
  return problems;
}

function comparePage(
  approvedFile: string,
  actualFile: string,
  name: string,
  diffDir: string,
): string | null {
  const expected = PNG.sync.read(readFileSync(approvedFile));
  const actual = PNG.sync.read(readFileSync(actualFile));
  const actualCopy = path.join(diffDir, name.replace(/\.png$/, '-actual.png'));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    mkdirSync(diffDir, { recursive: true });
    copyFileSync(actualFile, actualCopy);
    return `${name}: ${actual.width}×${actual.height} px, approved ${expected.width}×${expected.height}; see ${actualCopy}`;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  if (count <= MAX_DIFF_PIXELS) return null;
  mkdirSync(diffDir, { recursive: true });
  const diffFile = path.join(diffDir, name.replace(/\.png$/, '-diff.png'));
  writeFileSync(diffFile, PNG.sync.write(diff));
  copyFileSync(actualFile, actualCopy);
  return `${name}: ${count} pixels differ (at most ${MAX_DIFF_PIXELS}); diff ${diffFile}, page ${actualCopy}`;
}
