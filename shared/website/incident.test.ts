import { describe, expect, it } from 'vitest';
import { awaitingAnswer, incidentSchema } from './incident';

const followUp = {
  pihak: 'pandi',
  permintaan: 'Memulihkan DNS domain',
  dimintaPada: '2026-01-05T02:00:00Z',
  dijawabPada: null,
  jawaban: '',
};
const incident = {
  siteId: 's1',
  masalah: 'Situs tidak dapat dibuka',
  mulai: '2026-01-05T01:00:00Z',
  selesai: null,
  penanganan: 'Menghubungi PANDI',
  tindakLanjut: [followUp],
};

describe('website problems and third-party follow-up', () => {
  it('keeps a problem with an unanswered request to a third party', () => {
    const parsed = incidentSchema.parse(incident);
    expect(awaitingAnswer(parsed)).toHaveLength(1);
    const answered = incidentSchema.parse({
      ...incident,
      tindakLanjut: [
        { ...followUp, dijawabPada: '2026-01-05T04:00:00Z', jawaban: 'Sudah dipulihkan' },
      ],
    });
    expect(awaitingAnswer(answered)).toHaveLength(0);
    // An answer by telephone may leave no text; the time it came is what counts.
    const byPhone = incidentSchema.parse({
      ...incident,
      tindakLanjut: [{ ...followUp, dijawabPada: '2026-01-05T03:00:00Z' }],
    });
    expect(awaitingAnswer(byPhone)).toHaveLength(0);
  });

  it('refuses an answer before the request, in Indonesian', () => {
    const r = incidentSchema.safeParse({
      ...incident,
      tindakLanjut: [{ ...followUp, dijawabPada: '2026-01-05T01:00:00Z' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Waktu jawaban tidak boleh sebelum waktu permintaan.');
  });

  it('refuses a problem solved before it began', () => {
    const r = incidentSchema.safeParse({ ...incident, selesai: '2026-01-04T00:00:00Z' });
    expect(r.error?.issues[0]?.message).toBe('Waktu selesai tidak boleh sebelum masalah dimulai.');
  });
});
