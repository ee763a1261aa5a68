import { afterEach, describe, expect, it } from 'vitest';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { setActiveProcedure } from '../sop/public';
import { generateTasksFromSop, listTasks, saveTask } from './taskStore';

describe('maintenance schedule from the SOP', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());
  const setup = () => {
    db = testDatabase();
    return testWriteContext(db, { actor: 'op', start: new Date(2026, 10, 22, 9).getTime() });
  };

  it("schedules every timed step of the active C, D and F once, from this month's first day", async () => {
    const ctx = setup();
    expect(await generateTasksFromSop(ctx)).toBe(13);
    const tasks = await listTasks(db);
    expect(tasks.map((t) => `${t.sumber?.procedureKey}${t.sumber?.stepNo}`)).toEqual([
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
      'D1',
      'D2',
      'D3',
      'D4',
      'F1',
      'F2',
      'F3',
    ]);
    // F's periodic steps: monthly by default, the website backup counted from the backup log.
    expect(tasks.slice(10).map((t) => [t.pengulangan, t.dicatatDi])).toEqual([
      [{ kind: 'bulanan', setiap: 1, tanggal: 1 }, 'pemeliharaan'],
      [{ kind: 'bulanan', setiap: 1, tanggal: 1 }, 'cadangan'],
      [{ kind: 'bulanan', setiap: 1, tanggal: 1 }, 'pemeliharaan'],
    ]);
    const physical = tasks.find((t) => t.sumber?.stepNo === 4 && t.sumber.procedureKey === 'C');
    expect(physical).toMatchObject({
      mulai: '2026-11-01',
      pengulangan: { kind: 'mingguan', setiap: 1, hari: 5 },
      sasaran: { kind: 'jenis', jenis: ['switch', 'router', 'accessPoint', 'ups'] },
      durasiMenit: 60,
    });
    expect(
      tasks.find((t) => t.sumber?.procedureKey === 'C' && t.sumber.stepNo === 5)?.sasaran,
    ).toEqual({
      kind: 'jenis',
      jenis: ['server'],
    });
    const kinds = tasks.map((t) => t.dicatatDi);
    expect(kinds.slice(6, 10)).toEqual(['jaringan', 'uat', 'pertimbanganUat', 'pemeliharaan']);
    expect(kinds.slice(0, 6).every((k) => k === 'pemeliharaan')).toBe(true);
    // Again: nothing new; an edited task stays as the office edited it.
    const first = tasks[0];
    if (!first) throw new Error('no task');
    await saveTask(ctx, first.id, { ...first, judul: 'Pantau jaringan (diubah)' });
    expect(await generateTasksFromSop(ctx)).toBe(0);
    expect((await listTasks(db)).find((t) => t.id === first.id)?.judul).toBe(
      'Pantau jaringan (diubah)',
    );
  });

  it("follows the office's active procedure: Ternate's monthly steps on the 30th", async () => {
    const ctx = setup();
    await setActiveProcedure(ctx, 'C', 'pa-ternate-as-29');
    await setActiveProcedure(ctx, 'D', 'pa-ternate-as-29');
    await generateTasksFromSop(ctx);
    const tasks = (await listTasks(db)).filter((t) => t.sumber?.procedureKey !== 'F');
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) {
      expect(t.sumber?.sopId).toBe('pa-ternate-as-29');
      expect(t.pengulangan).toEqual({ kind: 'bulanan', setiap: 1, tanggal: 30 });
    }
  });

  it('refuses an invalid task and writes nothing', async () => {
    const ctx = setup();
    await expect(
      saveTask(ctx, null, {
        judul: ' ',
        sumber: null,
        pengulangan: { kind: 'bulanan', setiap: 1, tanggal: 32 },
        mulai: '2026-11-01',
        sasaran: { kind: 'jenis', jenis: [] },
        durasiMenit: null,
        aktif: true,
      }),
    ).rejects.toThrow();
    expect(await db.maintenanceTasks.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
