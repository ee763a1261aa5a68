import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The straight pieces of every line a page strokes (table rules, the kop's double rule,
 * flowchart symbols and arrows), in points from the page's top-left corner, read with pdf.js.
 * Filled areas count only when thin (at most 1.5 pt across): a rule drawn as a bar, not a
 * shaded cell that text sits on.
 */

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const THIN = 1.5;
/** pdf.js path opcodes (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const isMatrix = (v: unknown): v is Matrix =>
  (Array.isArray(v) || ArrayBuffer.isView(v)) &&
  Array.from(v as ArrayLike<unknown>).length === 6 &&
  Array.from(v as ArrayLike<unknown>).every((x) => typeof x === 'number');

/** Path data as straight pieces in user space; a curve becomes 8 chords. */
function pieces(data: ArrayLike<number>): Segment[] {
  const out: Segment[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    const at = (k: number) => data[i + k] ?? 0;
    if (op === MOVE) {
      [x, y] = [at(0), at(1)];
      [startX, startY] = [x, y];
      i += 2;
    } else if (op === LINE) {
      out.push({ x1: x, y1: y, x2: at(0), y2: at(1) });
      [x, y] = [at(0), at(1)];
      i += 2;
    } else if (op === CURVE || op === QUADRATIC) {
      const n = op === CURVE ? 6 : 4;
      const c = Array.from({ length: n }, (_, k) => at(k));
      const [ex, ey] = [c[n - 2] ?? x, c[n - 1] ?? y];
      const [c1x, c1y, c2x, c2y] =
        op === CURVE
          ? [c[0] ?? x, c[1] ?? y, c[2] ?? x, c[3] ?? y]
          : [c[0] ?? x, c[1] ?? y, c[0] ?? x, c[1] ?? y];
      let [px, py] = [x, y];
      for (let s = 1; s <= 8; s++) {
        const t = s / 8;
        const u = 1 - t;
        const qx = u * u * u * x + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex;
        const qy = u * u * u * y + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey;
        out.push({ x1: px, y1: py, x2: qx, y2: qy });
        [px, py] = [qx, qy];
      }
      [x, y] = [ex, ey];
      i += n;
    } else if (op === CLOSE) {
      out.push({ x1: x, y1: y, x2: startX, y2: startY });
      [x, y] = [startX, startY];
    } else {
      throw new Error(`Unknown path opcode ${String(op)}`);
    }
  }
  return out;
}

function toPage(s: Segment, m: Matrix, height: number): Segment {
  const px = (x: number, y: number) => m[0] * x + m[2] * y + m[4];
  const py = (x: number, y: number) => height - (m[1] * x + m[3] * y + m[5]);
  return { x1: px(s.x1, s.y1), y1: py(s.x1, s.y1), x2: px(s.x2, s.y2), y2: py(s.x2, s.y2) };
}

function isThin(segments: readonly Segment[]): boolean {
  const xs = segments.flatMap((s) => [s.x1, s.x2]);
  const ys = segments.flatMap((s) => [s.y1, s.y2]);
  return Math.max(...xs) - Math.min(...xs) <= THIN || Math.max(...ys) - Math.min(...ys) <= THIN;
}

/** Every page's stroked pieces, in page order. */
export async function pdfRules(file: string): Promise<Segment[][]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const pages: Segment[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.view[3] ?? 0;
      const { fnArray, argsArray } = await page.getOperatorList();
      const stack: Matrix[] = [];
      let ctm: Matrix = IDENTITY;
      const found: Segment[] = [];
      fnArray.forEach((fn, i) => {
        const args: unknown = argsArray[i];
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
        else if (fn === OPS.transform && isMatrix(args)) ctm = multiply(ctm, args);
        else if (fn === OPS.paintFormXObjectBegin && Array.isArray(args)) {
          stack.push(ctm);
          const matrix: unknown = args[0];
          if (isMatrix(matrix)) ctm = multiply(ctm, matrix);
        } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
        else if (fn === OPS.constructPath && Array.isArray(args)) {
          const [paint, [data]] = args as [number, [ArrayLike<number> | null]];
          if (!data) return;
          const segs = pieces(data).map((s) => toPage(s, ctm, height));
          if (STROKES.has(paint) || (FILLS.has(paint) && isThin(segs))) found.push(...segs);
        }
      });
      pages.push(found);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
