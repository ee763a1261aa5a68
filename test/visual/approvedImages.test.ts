import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { compareWithApproved, MAX_DIFF_PIXELS, updateApproved } from './approvedImages';

/** A white page with a black bar of `barWidth` × 8 px at (20, 20). */
function page(dir: string, name: string, barWidth: number): string {
  const png = new PNG({ width: 100, height: 60 });
  for (let y = 0; y < 60; y++) {
    for (let x = 0; x < 100; x++) {
      const i = (y * 100 + x) * 4;
      const ink = y >= 20 && y < 28 && x >= 20 && x < 20 + barWidth;
      png.data.fill(ink ? 0 : 255, i, i + 3);
      png.data[i + 3] = 255;
    }
  }
  const file = path.join(dir, name);
  writeFileSync(file, PNG.sync.write(png));
  return file;
}

function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'meja-approved-'));
  const dirs = { approved: path.join(root, 'approved'), diff: path.join(root, 'diff') };
  return { root, dirs };
}

describe('compareWithApproved', () => {
  it('asks for the update command when nothing is approved yet', () => {
    const { root, dirs } = setup();
    const problems = compareWithApproved('doc-F4', [page(root, 'a.png', 30)], dirs);
    expect(problems).toEqual([
      'No approved images for doc-F4: run npm run test:visual:update and look at them.',
    ]);
  });

  it('passes the same page, and one within the tolerance', () => {
    const { root, dirs } = setup();
    updateApproved('doc-F4', [page(root, 'a.png', 30)], dirs);
    expect(readdirSync(dirs.approved)).toEqual(['doc-F4-p1.png']);
    expect(compareWithApproved('doc-F4', [page(root, 'same.png', 30)], dirs)).toEqual([]);
    // 4 columns of 8 px: 32 pixels, within the tolerance.
    expect(MAX_DIFF_PIXELS).toBeGreaterThanOrEqual(32);
    expect(compareWithApproved('doc-F4', [page(root, 'near.png', 34)], dirs)).toEqual([]);
    expect(existsSync(dirs.diff)).toBe(false);
  });

  it('fails a changed page with the path of its diff image, and a changed page count', () => {
    const { root, dirs } = setup();
    updateApproved('doc-F4', [page(root, 'a.png', 30)], dirs);
    const changed = page(root, 'changed.png', 50);
    const problems = compareWithApproved('doc-F4', [changed], dirs);
    expect(problems).toHaveLength(1);
    const diff = path.join(dirs.diff, 'doc-F4-p1-diff.png');
    expect(problems[0]).toContain('160 pixels differ');
    expect(problems[0]).toContain(diff);
    expect(existsSync(diff)).toBe(true);
    expect(existsSync(path.join(dirs.diff, 'doc-F4-p1-actual.png'))).toBe(true);
    // A normal run never touches the approved image.
    const approvedFile = path.join(dirs.approved, 'doc-F4-p1.png');
    expect(readFileSync(approvedFile)).toEqual(readFileSync(path.join(root, 'a.png')));

    expect(compareWithApproved('doc-F4', [changed, changed], dirs)[0]).toBe(
      'doc-F4: 2 pages, approved 1.',
    );
  });

  it('rewrites only on update, dropping pages the document no longer has', () => {
    const { root, dirs } = setup();
    updateApproved('doc-F4', [page(root, 'a.png', 30), page(root, 'b.png', 30)], dirs);
    updateApproved('doc-A4', [page(root, 'c.png', 30)], dirs);
    updateApproved('doc-F4', [page(root, 'd.png', 50)], dirs);
    expect(readdirSync(dirs.approved).sort()).toEqual(['doc-A4-p1.png', 'doc-F4-p1.png']);
    expect(compareWithApproved('doc-F4', [page(root, 'e.png', 50)], dirs)).toEqual([]);
  });
});
