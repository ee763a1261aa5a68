/** A labelled count: one row of a statistics table and one bar of its chart. */
export interface CountRow {
  label: string;
  jumlah: number;
}

/** Counts by key, in the order of `order` first (zeros kept), then the rest by count. */
export function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  order: readonly string[] = [],
): CountRow[] {
  const counts = new Map<string, number>(order.map((k) => [k, 0]));
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const fixed = new Set(order);
  const rest = [...counts]
    .filter(([k]) => !fixed.has(k))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id'));
  return [...order.map((k) => [k, counts.get(k) ?? 0] as const), ...rest].map(
    ([label, jumlah]) => ({ label, jumlah }),
  );
}
