import { describe, expect, it } from 'vitest';
import type { Step } from '../sop/schema';
import { stepsRecordableWith } from './stepsTogether';

const step = (no: number, kegiatan: string, kind: Step['kind'] = 'process') =>
  ({ no, kegiatan, kelengkapan: '', kind }) as Step;

const procedure = {
  steps: [
    step(1, 'Menerima permintaan', 'start'),
    step(2, 'Membuat disposisi'),
    step(3, 'Meneliti permintaan'),
    step(4, 'Mengklasifikasikan permintaan'),
    step(5, 'Memverifikasi permintaan'),
    step(6, 'Menentukan prioritas'),
    step(7, 'Memberikan pertimbangan', 'decision'),
    step(8, 'Menangani permintaan', 'end'),
  ],
};
const at = (no: number) => procedure.steps.find((s) => s.no === no) as Step;

describe('steps recorded together', () => {
  it('takes the plain steps that follow, up to one with its own fields', () => {
    expect(stepsRecordableWith(procedure, at(3), () => true).map((s) => s.no)).toEqual([4, 5]);
    expect(stepsRecordableWith(procedure, at(5), () => true)).toEqual([]);
  });

  it('stops at a step the same person may not record, and offers none from a special step', () => {
    expect(stepsRecordableWith(procedure, at(3), (s) => s.no !== 5).map((s) => s.no)).toEqual([4]);
    expect(stepsRecordableWith(procedure, at(2), () => true)).toEqual([]);
  });
});
