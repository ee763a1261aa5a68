import type { Procedure, Step } from '../sop/schema';
import type { SettleableStep } from '../requests/stepConflicts';
import { progressOf, type Progress, type RecordedStep } from '../requests/workflow';
import type { ContentDecision, ContentStatus } from './schema';

/**
 * What a step of procedure E means to a content item, read from the step's own words so every
 * court's variant works (Mukomuko, Ternate and the generic website SOP all word them alike),
 * with a fallback by position when a variant words a step otherwise:
 * - konsep: the Redaktur's draft ("konsep tulisan"), redone after each return for revision;
 * - periksa: the Editor's check ("memeriksa"), which may return the draft with notes;
 * - keputusan: the decision (kind 'decision'): the PJ, or the leadership for an item that
 *   needs special attention, approves or refuses;
 * - terbit: the entry in the website ("entri", "unggah", "publikasi"): URL and time;
 * - arsip: the archiving ("arsip").
 */
export type ContentStepRole = 'konsep' | 'periksa' | 'keputusan' | 'terbit' | 'arsip' | 'plain';

const text = (step: Step) => step.kegiatan.toLowerCase();

function findRoleStep(
  procedure: Pick<Procedure, 'steps'>,
  role: ContentStepRole,
): Step | undefined {
  const steps = procedure.steps;
  const n = steps.length;
  const decision = steps.find((s) => s.kind === 'decision');
  const decisionIndex = decision ? steps.indexOf(decision) : Math.max(n - 3, 0);
  switch (role) {
    case 'keputusan':
      return decision;
    case 'periksa':
      return (
        steps.find((s) => /\bmemeriksa\b|mengoreksi/.test(text(s))) ??
        (decisionIndex > 0 ? steps[decisionIndex - 1] : undefined)
      );
    case 'konsep': {
      const periksa = findRoleStep(procedure, 'periksa');
      return (
        steps.find((s) => s !== periksa && /\bkonsep\b|\bmembuat\b/.test(text(s))) ??
        (periksa && steps.indexOf(periksa) > 0 ? steps[steps.indexOf(periksa) - 1] : undefined)
      );
    }
    case 'arsip':
      return steps.find((s) => /arsip/.test(text(s))) ?? (n > 1 ? steps[n - 1] : undefined);
    case 'terbit': {
      const arsip = findRoleStep(procedure, 'arsip');
      return (
        steps.find(
          (s) =>
            s !== arsip &&
            /\bentri\b|unggah|publikasi/.test(text(s)) &&
            s.kind !== 'decision' &&
            steps.indexOf(s) > decisionIndex,
        ) ?? (arsip && steps.indexOf(arsip) > 0 ? steps[steps.indexOf(arsip) - 1] : undefined)
      );
    }
    case 'plain':
      return undefined;
  }
}

export function contentRoleStep(
  procedure: Pick<Procedure, 'steps'>,
  role: Exclude<ContentStepRole, 'plain'>,
): Step | undefined {
  return findRoleStep(procedure, role);
}

export function contentStepRole(
  procedure: Pick<Procedure, 'steps'>,
  step: Pick<Step, 'no'>,
): ContentStepRole {
  const roles = ['keputusan', 'periksa', 'konsep', 'terbit', 'arsip'] as const;
  for (const role of roles) if (findRoleStep(procedure, role)?.no === step.no) return role;
  return 'plain';
}

/** Actor roles that make the "pimpinan satuan kerja" of the decision step. */
const LEADERSHIP_ROLES = new Set(['ketua', 'wakilKetua']);

/**
 * The decision step as this item takes it: an item needing special attention goes to the
 * leadership (Ketua, or the Wakil Ketua where the SOP names them), a routine one to the PJ.
 * A variant naming only one side keeps its actors.
 */
export function routedStep(
  procedure: Pick<Procedure, 'steps' | 'actors'>,
  step: Step,
  perluPerhatianKhusus: boolean,
): Step {
  if (contentStepRole(procedure, step) !== 'keputusan') return step;
  const isLeader = (id: string) =>
    LEADERSHIP_ROLES.has(procedure.actors.find((a) => a.id === id)?.role ?? '');
  const routed = step.actorIds.filter((id) => isLeader(id) === perluPerhatianKhusus);
  return routed.length > 0 ? { ...step, actorIds: routed } : step;
}

export interface ContentRecord extends SettleableStep {
  putaran: number;
  keputusan: ContentDecision | null;
}

export interface ContentProgress extends Progress {
  /** The round the next step belongs to: 1, then one more after each return. */
  putaran: number;
}

/**
 * Where a content item stands on procedure E. Steps run in the SOP's order, as B's do
 * (shared/requests/workflow); the Editor's return for revision opens a new round: the
 * Redaktur's draft and everything after it are recorded again in that round, its clock
 * starting from the return. The steps before the draft stay those of the first round.
 */
export function contentProgress(
  procedure: Pick<Procedure, 'steps' | 'actors'>,
  records: readonly ContentRecord[],
  status: ContentStatus,
  dimulaiPada: string,
  perluPerhatianKhusus: boolean,
): ContentProgress {
  const konsep = contentRoleStep(procedure, 'konsep');
  const konsepIndex = konsep ? procedure.steps.indexOf(konsep) : 0;
  const beforeKonsep = new Set(procedure.steps.slice(0, konsepIndex).map((s) => s.no));
  const returns = records.filter((r) => r.keputusan === 'kembalikan');
  const lastReturn = returns.reduce<ContentRecord | undefined>(
    (a, r) => (!a || r.putaran > a.putaran ? r : a),
    undefined,
  );
  const putaran = lastReturn ? lastReturn.putaran + 1 : 1;
  const inRound = records
    .filter((r) => beforeKonsep.has(r.stepNo) || r.putaran === putaran)
    .map<RecordedStep>((r) => ({
      ...r,
      keputusan: r.keputusan === 'kembalikan' ? null : r.keputusan,
    }));
  const base = progressOf(
    procedure,
    inRound,
    status === 'berjalan' || status === 'dipublikasi' ? 'berjalan' : 'ditolak',
    dimulaiPada,
  );
  const next =
    base.next && status !== 'diarsipkan'
      ? routedStep(procedure, base.next, perluPerhatianKhusus)
      : null;
  const restarted = lastReturn && base.next?.no === konsep?.no;
  return {
    ...base,
    next,
    nextStartedAt: restarted ? lastReturn.selesaiPada : base.nextStartedAt,
    awaitingClosure: false,
    putaran,
  };
}

/** The stages of the board, in the order of its columns. */
export const CONTENT_STAGES = [
  'dikumpulkan',
  'konsep',
  'diperiksa',
  'menungguPersetujuan',
  'siapTerbit',
  'terbit',
  'diarsipkan',
  'ditolak',
] as const;
export type ContentStage = (typeof CONTENT_STAGES)[number];
export const CONTENT_STAGE_LABELS: Record<ContentStage, string> = {
  dikumpulkan: 'Dikumpulkan',
  konsep: 'Konsep',
  diperiksa: 'Diperiksa',
  menungguPersetujuan: 'Menunggu persetujuan',
  siapTerbit: 'Siap terbit',
  terbit: 'Terbit',
  diarsipkan: 'Diarsipkan',
  ditolak: 'Ditolak',
};

/** The board column of an item: by its status, else by the step that waits. */
export function contentStage(
  procedure: Pick<Procedure, 'steps'>,
  status: ContentStatus,
  next: Step | null,
): ContentStage {
  if (status === 'ditolak') return 'ditolak';
  if (status === 'diarsipkan') return 'diarsipkan';
  if (status === 'dipublikasi') return 'terbit';
  if (!next) return 'terbit';
  const index = (role: Exclude<ContentStepRole, 'plain'>) => {
    const s = contentRoleStep(procedure, role);
    return s ? procedure.steps.indexOf(s) : -1;
  };
  const at = procedure.steps.findIndex((s) => s.no === next.no);
  if (at >= index('terbit') && index('terbit') >= 0) return 'siapTerbit';
  if (at >= index('keputusan') && index('keputusan') >= 0) return 'menungguPersetujuan';
  if (at >= index('periksa') && index('periksa') >= 0) return 'diperiksa';
  if (at >= index('konsep') && index('konsep') >= 0) return 'konsep';
  return 'dikumpulkan';
}

export interface ContentOutcome {
  status: ContentStatus;
  urlPublikasi: string | null;
  dipublikasiPada: string | null;
}

/**
 * The item's status after a step: refused at the decision → 'ditolak'; the publishing step
 * → 'dipublikasi' (its URL and time are required); the archiving → 'diarsipkan'. Returns a
 * message instead when the step lacks what it needs.
 */
export function contentOutcome(
  procedure: Pick<Procedure, 'steps'>,
  step: Pick<Step, 'no'>,
  record: {
    keputusan: ContentDecision | null;
    urlPublikasi: string | null;
    dipublikasiPada: string | null;
  },
  before: ContentOutcome,
): ContentOutcome | { error: string } {
  const role = contentStepRole(procedure, step);
  if (record.keputusan === 'kembalikan' && role !== 'periksa') {
    return { error: 'Hanya langkah pemeriksaan Editor yang dapat mengembalikan konsep.' };
  }
  if (record.keputusan === 'tolak') return { ...before, status: 'ditolak' };
  if (role === 'terbit') {
    if (!record.urlPublikasi || !record.dipublikasiPada) {
      return { error: 'Isi alamat URL dan waktu publikasi.' };
    }
    return {
      status: 'dipublikasi',
      urlPublikasi: record.urlPublikasi,
      dipublikasiPada: record.dipublikasiPada,
    };
  }
  if (role === 'arsip') return { ...before, status: 'diarsipkan' };
  return before;
}
