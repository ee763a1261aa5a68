import type { Actor, Procedure, ProcedureKey, SopActorRole, StepKind } from '../schema';
import type { WaktuMode } from '../waktu';
import { parseWaktu } from '../waktu';

/**
 * Helpers that keep the catalog files readable: a step is written as printed and its
 * mutuBaku is computed from its waktu; actorIds are checked against the procedure's actor
 * columns at compile time.
 */

export function actor<const Id extends string>(
  id: Id,
  label: string,
  role: SopActorRole,
): Actor & { id: Id } {
  return { id, label, role };
}

export interface StepInput<Id extends string> {
  no: number;
  kegiatan: string;
  actorIds: readonly Id[];
  kind: StepKind;
  kelengkapan: string;
  /** As printed; '' when the step has no time. */
  waktu: string;
  output: string;
  /** Frequency as printed; defaults to ''. */
  keterangan?: string;
}

export interface ProcedureInput<Id extends string> {
  key: ProcedureKey;
  judul: string;
  waktuMode: WaktuMode;
  actors: readonly (Actor & { id: Id })[];
  steps: readonly StepInput<NoInfer<Id>>[];
  printedTotal: string | null;
  printedTotalMinutes?: number | null;
}

export function procedure<const Id extends string>(input: ProcedureInput<Id>): Procedure {
  const { waktuMode } = input;
  const result: Procedure = {
    key: input.key,
    judul: input.judul,
    waktuMode,
    actors: input.actors.map((a) => ({ id: a.id, label: a.label, role: a.role })),
    steps: input.steps.map((s) => ({
      no: s.no,
      kegiatan: s.kegiatan,
      actorIds: [...s.actorIds],
      kind: s.kind,
      kelengkapan: s.kelengkapan,
      waktu: s.waktu,
      mutuBaku: parseWaktu(s.waktu, waktuMode),
      output: s.output,
      keterangan: s.keterangan ?? '',
    })),
    printedTotal: input.printedTotal,
  };
  if (input.printedTotalMinutes !== undefined) {
    result.printedTotalMinutes = input.printedTotalMinutes;
  }
  return result;
}
