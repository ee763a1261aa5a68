import { parseSnapshotPath } from '../../../shared/sync/folderPaths';
import { parseOpFilePath } from '../../../shared/sync/opFile';
import { sha256Hex } from '../../../renderer/sync/sha256';
import type {
  FolderErrorReason,
  FolderPort,
  OpFileEntry,
  OpFileListing,
  SnapshotEntry,
} from '../../../renderer/sync/folderPort';

/**
 * An in-memory shared folder for tests and simulations: one instance is the share several
 * simulated PCs see. Faults are drawn from a seeded PRNG, so a failing run replays.
 */

export interface MemoryFolderFaults {
  /** A new file shows in listings only after up to this many further listings. */
  listingLag: number;
  /** Chance a write fails as busy (the rename refused), with nothing written. */
  busyWrites: number;
  /** Chance a failed write leaves its temp file behind (listings must ignore it). */
  leftoverTemps: number;
  /** Chance a write lands but the writer hears an error, as when it crashes right after. */
  lostAcks: number;
  /** Listings come in random order. */
  reorder: boolean;
  /** Chance each listed file is listed twice (a synchroniser delivering it again). */
  duplicates: number;
  /**
   * Chance a write of an op file lands cut short and the writer hears an error, as when the
   * share truncates the file right after the rename and the reply is lost.
   */
  truncatedWrites: number;
  /** Chance taking a lock fails as `lockTimeout`, as when another PC keeps it too long. */
  lockTimeouts: number;
}

export const NO_FAULTS: MemoryFolderFaults = {
  listingLag: 0,
  busyWrites: 0,
  leftoverTemps: 0,
  lostAcks: 0,
  reorder: false,
  duplicates: 0,
  lockTimeouts: 0,
  truncatedWrites: 0,
};

export class MemoryFolderError extends Error {
  readonly reason: FolderErrorReason;
  constructor(reason: FolderErrorReason, message: string) {
    super(message);
    this.name = 'MemoryFolderError';
    this.reason = reason;
  }
}

export interface MemoryFolder extends FolderPort {
  setFaults(faults: Partial<MemoryFolderFaults>): void;
  /** The share goes away: listings say unreachable, reads and writes fail. */
  goAway(): void;
  /** The share is back, as it was or, with `empty`, with nothing in it at all. */
  comeBack(options?: { empty?: boolean }): void;
  /** Puts bytes at a path as another program would: no immutability, visible at once. */
  putRaw(relPath: string, bytes: Uint8Array): void;
  getRaw(relPath: string): Uint8Array | undefined;
  /** Makes a folder at a path (as a user might): listings skip it, writes find it taken. */
  putDirectory(relPath: string): void;
  remove(relPath: string): void;
  /** Every path stored, op files, temp files, clutter and folders alike. */
  paths(): string[];
  quarantineRecords(): { relPath: string; reason: string }[];
  /** The files deleted through `deleteFile` (pruning, under the lock), oldest first. */
  deletedFiles(): string[];
  /** The claim folders made so far (`claims/<year>/<number>`). */
  claims(): string[];
  /** Whether some PC holds the lock now. */
  locked(name: string): boolean;
  /**
   * Another PC takes the lock and keeps it: every `withLock` on it fails as `lockTimeout`
   * until the returned function releases it.
   */
  holdLock(name: string): () => void;
}

/** mulberry32: small, fast, and good enough to drive faults. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface StoredFile {
  bytes: Uint8Array;
  /** The listing count from which the file shows. */
  visibleFrom: number;
}

const CLUTTER = ['desktop.ini', 'Thumbs.db', 'devices/desktop.ini', '~$catatan.docx'];

export function createMemoryFolder(options: {
  seed: number;
  faults?: Partial<MemoryFolderFaults>;
}): MemoryFolder {
  const random = seededRandom(options.seed);
  let faults: MemoryFolderFaults = { ...NO_FAULTS, ...options.faults };
  let reachable = true;
  let listings = 0;
  const files = new Map<string, StoredFile>();
  const dirs = new Set<string>();
  let records: { relPath: string; reason: string }[] = [];
  let deleted: string[] = [];
  let claimed = new Set<string>();
  const locks = new Map<string, Promise<void>>();
  const held = new Set<string>();
  const heldElsewhere = new Set<string>();
  const chance = (p: number) => p > 0 && random() < p;

  function addClutter() {
    for (const path of CLUTTER)
      files.set(path, { bytes: new Uint8Array([1, 2, 3]), visibleFrom: 0 });
  }
  addClutter();

  function requireReachable(relPath: string) {
    if (!reachable) {
      throw new MemoryFolderError(
        'unreachable',
        `Folder bersama tidak dapat dijangkau (${relPath}).`,
      );
    }
  }

  function store(relPath: string, bytes: Uint8Array) {
    const lag = faults.listingLag > 0 ? Math.floor(random() * (faults.listingLag + 1)) : 0;
    files.set(relPath, { bytes: new Uint8Array(bytes), visibleFrom: listings + lag });
  }

  return {
    async listOpFiles(): Promise<OpFileListing> {
      if (!reachable) return { reachable: false, code: 'ENOENT' };
      listings += 1;
      const listed: OpFileEntry[] = [];
      for (const [relPath, file] of files) {
        const parsed = parseOpFilePath(relPath);
        if (!parsed) continue;
        if (faults.listingLag > 0 && listings < file.visibleFrom) continue;
        const entry = { ...parsed, relPath, size: file.bytes.length };
        listed.push(entry);
        if (chance(faults.duplicates)) listed.push({ ...entry });
      }
      if (faults.reorder) {
        for (let i = listed.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [listed[i], listed[j]] = [listed[j] as OpFileEntry, listed[i] as OpFileEntry];
        }
      } else {
        listed.sort((a, b) => (a.relPath < b.relPath ? -1 : 1));
      }
      return { reachable: true, files: listed };
    },

    async readOpFile(relPath, maxBytes) {
      requireReachable(relPath);
      const file = files.get(relPath);
      // A folder at the name reads as no file, as on disk (opFiles.ts).
      if (!file) throw new MemoryFolderError('notFound', `Berkas ${relPath} tidak ada.`);
      if (file.bytes.length > maxBytes) return { tooLarge: true };
      return new Uint8Array(file.bytes);
    },

    async writeImmutable(relPath, bytes) {
      requireReachable(relPath);
      if (files.has(relPath) || dirs.has(relPath)) {
        throw new MemoryFolderError(
          'exists',
          `Berkas ${relPath} sudah ada dan tidak boleh ditimpa.`,
        );
      }
      if (chance(faults.busyWrites)) {
        if (chance(faults.leftoverTemps)) {
          const token = Math.floor(random() * 36 ** 8).toString(36);
          files.set(`${relPath}.${token}.tmp`, {
            bytes: bytes.slice(0, bytes.length >> 1),
            visibleFrom: 0,
          });
        }
        throw new MemoryFolderError('busy', `Berkas ${relPath} sedang dipakai program lain.`);
      }
      if (parseOpFilePath(relPath) && chance(faults.truncatedWrites)) {
        store(relPath, bytes.slice(0, Math.floor(random() * bytes.length)));
        throw new MemoryFolderError(
          'io',
          `Berkas ${relPath} tidak dapat disimpan ke folder bersama.`,
        );
      }
      store(relPath, bytes);
      if (chance(faults.lostAcks)) {
        throw new MemoryFolderError(
          'io',
          `Berkas ${relPath} tidak dapat disimpan ke folder bersama.`,
        );
      }
    },

    async replaceDamaged(relPath, bytes, found) {
      requireReachable(relPath);
      const file = files.get(relPath);
      const still = dirs.has(relPath)
        ? found.kind === 'notAFile'
        : !file ||
          (found.kind === 'larger' && file.bytes.length > found.than) ||
          (found.kind === 'file' && (await sha256Hex(file.bytes)) === found.sha256);
      if (!still) {
        throw new MemoryFolderError('exists', `Berkas ${relPath} sudah berubah; tidak ditimpa.`);
      }
      const token = Math.floor(random() * 36 ** 8).toString(36);
      if (file) files.set(`${relPath}.${token}.damaged`, file);
      files.delete(relPath);
      if (dirs.delete(relPath)) dirs.add(`${relPath}.${token}.damaged`);
      store(relPath, bytes);
    },

    async claim(relDir) {
      requireReachable(relDir);
      if (claimed.has(relDir)) return 'taken';
      claimed.add(relDir);
      return 'claimed';
    },

    async listSnapshots() {
      if (!reachable) return { reachable: false, code: 'ENOENT' };
      // The same lag as op files (counted in op listings) and the same duplicates.
      const listed: SnapshotEntry[] = [];
      for (const [relPath, file] of files) {
        const parsed = parseSnapshotPath(relPath);
        if (!parsed) continue;
        if (faults.listingLag > 0 && listings < file.visibleFrom) continue;
        const entry = { relPath, hlc: parsed.hlc, size: file.bytes.length };
        listed.push(entry);
        if (chance(faults.duplicates)) listed.push({ ...entry });
      }
      listed.sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
      return { reachable: true, files: listed };
    },

    async withLock(name, fn) {
      requireReachable(`locks/${name}`);
      if (heldElsewhere.has(name) || chance(faults.lockTimeouts)) {
        throw new MemoryFolderError(
          'lockTimeout',
          `Folder bersama sedang dikunci komputer lain (${name}); dicoba lagi nanti.`,
        );
      }
      // One holder at a time, the others queue (the real folder polls with a time-out).
      const before = locks.get(name) ?? Promise.resolve();
      let release = () => {};
      const mine = new Promise<void>((resolve) => (release = resolve));
      locks.set(
        name,
        before.then(() => mine),
      );
      await before;
      held.add(name);
      try {
        return await fn();
      } finally {
        held.delete(name);
        release();
      }
    },

    async deleteFile(relPath) {
      requireReachable(relPath);
      if (held.size === 0) {
        throw new MemoryFolderError('io', `Berkas ${relPath} dihapus tanpa kunci folder bersama.`);
      }
      if (files.delete(relPath)) deleted.push(relPath);
    },

    async quarantine(relPath, reason) {
      requireReachable(relPath);
      records.push({ relPath, reason });
      return { file: relPath, reason };
    },

    setFaults(next) {
      faults = { ...faults, ...next };
    },
    goAway() {
      reachable = false;
    },
    comeBack(comeBackOptions = {}) {
      reachable = true;
      if (comeBackOptions.empty) {
        files.clear();
        dirs.clear();
        records = [];
        deleted = [];
        claimed = new Set();
        addClutter();
      }
    },
    putRaw(relPath, bytes) {
      dirs.delete(relPath);
      files.set(relPath, { bytes: new Uint8Array(bytes), visibleFrom: 0 });
    },
    getRaw(relPath) {
      const file = files.get(relPath);
      return file && new Uint8Array(file.bytes);
    },
    putDirectory(relPath) {
      files.delete(relPath);
      dirs.add(relPath);
    },
    remove(relPath) {
      files.delete(relPath);
      dirs.delete(relPath);
    },
    paths: () => [...files.keys(), ...dirs],
    quarantineRecords: () => records.map((r) => ({ ...r })),
    deletedFiles: () => [...deleted],
    claims: () => [...claimed],
    locked: (name) => held.has(name),
    holdLock(name) {
      heldElsewhere.add(name);
      return () => heldElsewhere.delete(name);
    },
  };
}
