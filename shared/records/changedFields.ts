/**
 * The fields a form changed from the record it was opened on (its base): what a save of that
 * form writes. Fields the user did not touch are left out, so a change another PC made to
 * them meanwhile is not written back over with the value this form was opened on.
 */
export function changedFields<T extends object>(base: T, values: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (JSON.stringify(values[key] ?? null) !== JSON.stringify(base[key] ?? null)) {
      changed[key] = values[key];
    }
  }
  return changed;
}
