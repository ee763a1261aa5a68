import { describe, expect, it } from 'vitest';
import { opProblem } from '../sync/rowCheck';
import {
  cancellationNote,
  cancellationSchema,
  correctionReasonSchema,
  isCancelled,
  mayCorrectDecision,
  receivedTimeProblem,
  stepTimeProblem,
} from './corrections';

const t = (clock: string) => `2026-11-20T${clock}:00.000Z`;
const steps = [
  { stepNo: 1, selesaiPada: t('09:10') },
  { stepNo: 2, selesaiPada: t('09:30') },
  { stepNo: 3, selesaiPada: t('10:00') },
];
const stepTimes = steps.map((s) => s.selesaiPada);

describe('corrections of a registered request', () => {
  it('keeps a corrected received time before the first recorded step', () => {
    expect(receivedTimeProblem(t('09:05'), stepTimes)).toBeNull();
    expect(receivedTimeProblem(t('09:11'), stepTimes)).toBe(
      'Waktu terima harus sebelum langkah pertama yang sudah dicatat.',
    );
    expect(receivedTimeProblem(t('12:00'), [])).toBeNull();
    expect(receivedTimeProblem('bukan waktu', stepTimes)).toBe(
      'Tanggal dan jam terima tidak valid.',
    );
  });

  it('keeps a corrected step time between the previous and the next step', () => {
    expect(stepTimeProblem(2, t('09:20'), t('09:00'), steps)).toBeNull();
    expect(stepTimeProblem(2, t('09:05'), t('09:00'), steps)).toBe(
      'Waktu langkah tidak boleh sebelum langkah sebelumnya.',
    );
    expect(stepTimeProblem(2, t('10:01'), t('09:00'), steps)).toBe(
      'Waktu langkah tidak boleh sesudah langkah berikutnya.',
    );
    expect(stepTimeProblem(1, t('08:59'), t('09:00'), steps)).toBe(
      'Waktu langkah tidak boleh sebelum permintaan diterima.',
    );
  });

  it('lets only the last recorded step have its decision corrected', () => {
    expect(mayCorrectDecision(3, steps)).toBe(true);
    expect(mayCorrectDecision(2, steps)).toBe(false);
  });

  it('requires a reason for a correction and a cancellation', () => {
    expect(correctionReasonSchema.safeParse('  ').success).toBe(false);
    expect(correctionReasonSchema.parse(' salah unit ')).toBe('salah unit');
    const bad = cancellationSchema.safeParse({ alasan: '', olehPersonId: 'p1', pada: t('11:00') });
    expect(bad.success).toBe(false);
    const ok = cancellationSchema.parse({
      alasan: 'Tercatat dua kali',
      olehPersonId: 'p1',
      pada: t('11:00'),
    });
    expect(isCancelled({ pembatalan: ok })).toBe(true);
    expect(isCancelled({ pembatalan: null })).toBe(false);
    expect(isCancelled({})).toBe(false);
    expect(cancellationNote(ok)).toBe('Dibatalkan: Tercatat dua kali');
  });

  it('refuses a cancellation without a reason written by another PC', () => {
    const pembatalan = { alasan: '', olehPersonId: 'p1', pada: t('11:00') };
    expect(opProblem({ table: 'requests', changes: { pembatalan } })).not.toBeNull();
    const fine = { ...pembatalan, alasan: 'Tercatat dua kali' };
    expect(opProblem({ table: 'requests', changes: { pembatalan: fine } })).toBeNull();
    expect(opProblem({ table: 'requests', changes: { pembatalan: null } })).toBeNull();
  });
});
