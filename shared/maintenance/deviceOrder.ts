import type { PerangkatRow } from './reportSchema';

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/**
 * The order devices are listed in on paper: by room, then brand and model, then NUP (as a
 * number: NUP 2 before NUP 10), then BMN code, so the same data always prints the same.
 */
export function compareDeviceRows(
  a: Pick<PerangkatRow, 'ruangan' | 'nama' | 'nup' | 'kodeBmn'>,
  b: Pick<PerangkatRow, 'ruangan' | 'nama' | 'nup' | 'kodeBmn'>,
): number {
  return (
    collator.compare(a.ruangan, b.ruangan) ||
    collator.compare(a.nama, b.nama) ||
    collator.compare(a.nup, b.nup) ||
    collator.compare(a.kodeBmn, b.kodeBmn)
  );
}
