import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../../shared/office/person';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, testPc } from '../../../test/doubles/renderer/syncOffices';
import { defaultUnitId, listUnits, seedDefaultUnits } from './unitsStore';

describe('the default units', () => {
  it('gives each default unit one key on every PC, so two PCs set up apart hold one list once joined', async () => {
    const folder = createMemoryFolder({ seed: 3 });
    const keys = await fastKeys();
    const a = testPc({ device: 'pc-a', folder, keys });
    const b = testPc({ device: 'pc-b', folder, keys, skewMs: 90_000 });
    await seedDefaultUnits(a.ctx);
    await seedDefaultUnits(a.ctx);
    await seedDefaultUnits(b.ctx);
    for (const pc of [a, b, a]) await pc.engine.runCycle();

    for (const pc of [a, b]) {
      const units = await listUnits(pc.db);
      expect(units.map((u) => u.nama).sort()).toEqual([...DEFAULT_UNITS].sort());
    }
    expect(defaultUnitId('Kepaniteraan Pidana')).toBe('unit-kepaniteraan-pidana');
    a.db.close();
    b.db.close();
  });
});
