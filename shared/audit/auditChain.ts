import { canonicalJson } from './canonicalJson';

/**
 * Each PC's audit entries form one chain: entry n carries the hash of entry n-1, and its own
 * hash covers its fields and that link. The newest link (the head) is sealed into every op
 * file the PC writes, so another PC can tell when an entry was removed, altered or moved,
 * also at the end of the chain. The digest is injected and synchronous (sha256Hex, digest.ts):
 * the app hashes inside the IndexedDB transaction of the change an entry records, and awaiting
 * WebCrypto there would end the transaction.
 */
export type Digest = (text: string) => string;

/** What an entry records; the chain fields are added by appendEntry. */
export interface AuditFields {
  /** When, as an ISO date-time. */
  at: string;
  /** The staff member signed in, or null when nobody was (a lock, a failed PIN). */
  actor: string | null;
  /** What happened, e.g. "ubah", "masuk", "pin-salah", "cetak", "impor". */
  kind: string;
  table?: string;
  recordId?: string;
  /** Anything else worth keeping: fields before and after, a file name, a reason. */
  detail?: Record<string, unknown>;
}

export interface AuditEntry extends AuditFields {
  device: string;
  /** 1 for a PC's first entry, then one more for each. */
  seq: number;
  /** The previous entry's hash; GENESIS for the first. */
  prevHash: string;
  hash: string;
}

/** Where a chain ends: sealed into op files. */
export interface ChainHead {
  device: string;
  seq: number;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

function hashInput(entry: Omit<AuditEntry, 'hash'>): string {
  return canonicalJson(entry);
}

/** The entry after `previous` (null: the PC's first entry). */
export function appendEntry(
  digest: Digest,
  device: string,
  previous: ChainHead | null,
  fields: AuditFields,
): AuditEntry {
  const unsealed: Omit<AuditEntry, 'hash'> = {
    ...fields,
    device,
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS,
  };
  return { ...unsealed, hash: digest(hashInput(unsealed)) };
}

export function headOf(entry: AuditEntry): ChainHead {
  return { device: entry.device, seq: entry.seq, hash: entry.hash };
}

export type ChainProblem =
  | { kind: 'diubah'; seq: number }
  | { kind: 'hilang'; fromSeq: number; toSeq: number }
  | { kind: 'urutan'; seq: number }
  | { kind: 'perangkat'; seq: number };

/** A short Indonesian line for a problem, as the audit screen shows it. */
export function describeProblem(device: string, p: ChainProblem): string {
  switch (p.kind) {
    case 'diubah':
      return `Catatan audit ${device} nomor ${p.seq} diubah setelah ditulis.`;
    case 'hilang':
      return p.fromSeq === p.toSeq
        ? `Catatan audit ${device} nomor ${p.fromSeq} hilang.`
        : `Catatan audit ${device} nomor ${p.fromSeq} sampai ${p.toSeq} hilang.`;
    case 'urutan':
      return `Catatan audit ${device} nomor ${p.seq} tidak pada urutannya.`;
    case 'perangkat':
      return `Catatan audit nomor ${p.seq} tercampur dari PC lain ke rantai ${device}.`;
  }
}

/**
 * Checks one PC's chain as stored (in the order it is stored): each entry's hash, each link
 * to the entry before, numbers without gaps from 1, and, when given, the head sealed in the
 * PC's newest op file (entries removed from the end). An empty list is a problem only when a
 * head says there were entries.
 */
export function verifyChain(
  digest: Digest,
  device: string,
  entries: readonly AuditEntry[],
  sealedHead?: ChainHead | null,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let previousHash = GENESIS;
  let highest = 0;
  for (const entry of entries) {
    const { hash, ...unsealed } = entry;
    if (entry.device !== device) {
      problems.push({ kind: 'perangkat', seq: entry.seq });
      continue;
    }
    if (digest(hashInput(unsealed)) !== hash) problems.push({ kind: 'diubah', seq: entry.seq });
    if (entry.seq < expectedSeq || entry.seq <= highest) {
      problems.push({ kind: 'urutan', seq: entry.seq });
    } else if (entry.seq > expectedSeq) {
      problems.push({ kind: 'hilang', fromSeq: expectedSeq, toSeq: entry.seq - 1 });
    } else if (entry.prevHash !== previousHash) {
      // The numbers follow on, but the link does not: an entry was put in another's place.
      problems.push({ kind: 'diubah', seq: entry.seq });
    }
    highest = Math.max(highest, entry.seq);
    expectedSeq = Math.max(expectedSeq, entry.seq + 1);
    previousHash = hash;
  }
  if (sealedHead && sealedHead.device === device) {
    if (sealedHead.seq > highest) {
      problems.push({ kind: 'hilang', fromSeq: highest + 1, toSeq: sealedHead.seq });
    } else {
      const sealed = entries.find((e) => e.seq === sealedHead.seq && e.device === device);
      if (sealed && sealed.hash !== sealedHead.hash) {
        problems.push({ kind: 'diubah', seq: sealedHead.seq });
      }
    }
  }
  return dedupe(problems);
}

function dedupe(problems: ChainProblem[]): ChainProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = canonicalJson(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
