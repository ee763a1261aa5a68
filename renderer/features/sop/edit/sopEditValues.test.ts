import { describe, expect, it } from 'vitest';
import { paMukomukoAs32 } from '../../../../shared/sop/catalog/paMukomukoAs32';
import { fromEditValues, toEditValues, validateEdit } from './sopEditValues';

describe('SOP editor values', () => {
  const doc = paMukomukoAs32;

  it('round-trips a document unchanged', () => {
    expect(fromEditValues(toEditValues(doc, '2026-11-22'), doc)).toEqual(doc);
  });

  it('renumbers steps and reads their time again after an insert', () => {
    const values = toEditValues(doc, '2026-11-22');
    const b = values.procedures.find((p) => p.key === 'B');
    if (!b?.steps[1]) throw new Error('B missing');
    b.steps.splice(2, 0, {
      ...b.steps[1],
      kegiatan: 'Mencatat permintaan di register',
      waktu: '2 jam',
    });
    const result = validateEdit({ ...values, perubahan: 'Langkah pencatatan ditambah.' }, doc);
    expect(result.ok).toBe(true);
    const steps = result.ok
      ? (result.document.procedures.find((p) => p.key === 'B')?.steps ?? [])
      : [];
    expect(steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(steps[2]?.mutuBaku).toEqual({ kind: 'duration', minutes: 120 });
    expect(result.ok && result.document.tanggalRevisi).toBe('2026-11-22');
  });

  it('puts each problem on its own field', () => {
    const values = toEditValues(doc, '');
    const a = values.procedures[0];
    if (!a?.steps[1]) throw new Error('A missing');
    a.steps[1].waktu = 'sebentar';
    a.steps[1].actorIds = ['tidak-ada'];
    values.judul = ' ';
    values.disahkanNip = '1972';
    const result = validateEdit(values, doc);
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(Object.keys(errors).sort()).toEqual(
      [
        'disahkanNip',
        'judul',
        'perubahan',
        'procedures.0.steps.1.actorIds.0',
        'procedures.0.steps.1.waktu',
        'tanggalRevisi',
      ].sort(),
    );
    expect(errors['procedures.0.steps.1.waktu']).toMatch(/sebentar/);
  });
});
