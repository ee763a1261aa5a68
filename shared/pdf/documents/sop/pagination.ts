/**
 * Splits a procedure's rows into pages before pdfmake lays them out. The table is printed
 * as one table per page, each with its own header rows, so the flowchart knows which arrows
 * cross a page break and can draw an off-page connector at both ends of them; pdfmake's own
 * breaking happens after the definition is made and could not tell the rows.
 */

export interface PageCapacity {
  /** Height free for rows on the first page (after the heading and the header rows). */
  first: number;
  /** Height free for rows on every following page (after the header rows). */
  next: number;
  /** What must follow the last row on its page (the total time). */
  tail: number;
}

/**
 * Row indices per page, in order, every row exactly once. Rows are filled greedily; a row
 * taller than a page gets a page of its own. When the tail does not fit after the last row,
 * the last row moves to a page of its own so that the tail stays with it.
 */
export function paginateRows(heights: readonly number[], capacity: PageCapacity): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  let room = capacity.first;
  heights.forEach((height, i) => {
    if (page.length > 0 && used + height > room) {
      pages.push(page);
      page = [];
      used = 0;
      room = capacity.next;
    }
    page.push(i);
    used += height;
  });
  if (page.length > 1 && used + capacity.tail > room) {
    const last = page.pop();
    pages.push(page);
    page = last === undefined ? [] : [last];
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** For each row, the index of the page it is on. */
export function pageOfRows(pages: readonly (readonly number[])[], rowCount: number): number[] {
  const result = Array.from({ length: rowCount }, () => -1);
  pages.forEach((rows, p) => rows.forEach((r) => (result[r] = p)));
  return result;
}
