import { PROCEDURE_KEYS, type ProcedureKey, type SopDocument } from './schema';

/** The SOP a new office starts each procedure on, and whether it is its own court's. */
export interface SopChoice {
  key: ProcedureKey;
  sopId: string;
  /** True when the SOP is of the office's own court; false when another court's stands in. */
  own: boolean;
}

const words = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/** The same court, its class left aside: "Pengadilan Agama Mukomuko Kelas II". */
const sameCourt = (sopCourt: string, court: string) => {
  const name = words(sopCourt);
  return name === court || name.startsWith(`${court} kelas `);
};

/**
 * For each procedure key A..F, the catalog's SOP a new office runs it on: its own court's
 * when the catalog has one (matched by the court's name), else the first that has the
 * procedure, marked as another court's so the wizard shows the choice instead of taking it
 * silently. Keys no SOP in the catalog has are left out.
 */
export function defaultSopChoices(
  documents: readonly Pick<SopDocument, 'id' | 'pengadilan' | 'procedures'>[],
  namaPengadilan: string,
): SopChoice[] {
  const court = words(namaPengadilan);
  return PROCEDURE_KEYS.flatMap((key) => {
    const having = documents.filter((d) => d.procedures.some((p) => p.key === key));
    const own = court ? having.find((d) => sameCourt(d.pengadilan, court)) : undefined;
    const chosen = own ?? having[0];
    return chosen ? [{ key, sopId: chosen.id, own: own !== undefined }] : [];
  });
}
