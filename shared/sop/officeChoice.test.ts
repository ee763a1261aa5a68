import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from './catalog';
import { defaultSopChoices } from './officeChoice';

const choice = (court: string) =>
  Object.fromEntries(defaultSopChoices(SEED_SOP_DOCUMENTS, court).map((c) => [c.key, c]));

describe("a new office's SOP for each procedure", () => {
  it("takes the office's own court's SOP, whatever its class", () => {
    const mukomuko = choice('Pengadilan Agama Mukomuko');
    expect(mukomuko.B).toEqual({ key: 'B', sopId: 'pa-mukomuko-as-32', own: true });
    expect(Object.values(mukomuko).every((c) => c.own)).toBe(true);
  });

  it("takes Ternate's own where it has them and marks the others as another court's", () => {
    const ternate = choice('pengadilan agama  TERNATE');
    const own = Object.values(ternate).filter((c) => c.own);
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect(c.sopId).toMatch(/ternate/);
    for (const c of Object.values(ternate).filter((x) => !x.own)) {
      expect(c.sopId).not.toMatch(/ternate/);
    }
  });

  it("never takes another court's SOP as the office's own", () => {
    const other = choice('Pengadilan Negeri Bengkulu');
    expect(Object.keys(other)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(Object.values(other).some((c) => c.own)).toBe(false);
  });
});
