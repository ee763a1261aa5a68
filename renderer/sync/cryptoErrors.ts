export const WRONG_PASSPHRASE_MESSAGE =
  'Kata sandi kantor salah. Periksa kembali kata sandi yang dipakai saat ruang kerja dibuat.';
export const BAD_MARKER_MESSAGE = 'Berkas penanda ruang kerja rusak.';

/** The passphrase does not match the workspace's marker. */
export class WrongPassphraseError extends Error {
  readonly code = 'kata-sandi-salah';

  constructor() {
    super(WRONG_PASSPHRASE_MESSAGE);
    this.name = 'WrongPassphraseError';
  }
}

/** The key part of the marker file is missing, malformed or outside safe bounds. */
export class WorkspaceMarkerError extends Error {
  readonly code = 'penanda-rusak';
  /** What exactly is wrong, for the log; the user sees only the message. */
  readonly detail: string;

  constructor(detail: string) {
    super(BAD_MARKER_MESSAGE);
    this.name = 'WorkspaceMarkerError';
    this.detail = detail;
  }
}

/** A new workspace was given a passphrase that breaks the rule of passphraseProblem. */
export class WeakPassphraseError extends Error {
  readonly code = 'kata-sandi-lemah';

  constructor(message: string) {
    super(message);
    this.name = 'WeakPassphraseError';
  }
}

/**
 * Why a file was refused: `format` not an envelope at all (wrong magic, truncated),
 * `hmac` the authentication tag does not match (other passphrase or workspace, changed
 * bytes, renamed file), `decrypt` AES-GCM refused it after the HMAC passed.
 */
export type UnauthenticatedReason = 'format' | 'hmac' | 'decrypt';

const REASON_TEXT: Record<UnauthenticatedReason, string> = {
  format: 'bukan berkas terenkripsi Meja TI atau isinya terpotong',
  hmac: 'tidak lolos pemeriksaan keaslian: dibuat dengan kata sandi lain, dipindahkan, atau telah diubah',
  decrypt: 'tidak dapat didekripsi: dibuat dengan kunci lain atau telah diubah',
};

/** A sync file that this workspace's keys do not vouch for; it must not be applied. */
export class UnauthenticatedFileError extends Error {
  readonly code = 'berkas-tidak-sah';
  readonly reason: UnauthenticatedReason;
  readonly path: string;

  constructor(reason: UnauthenticatedReason, path: string) {
    super(`Berkas ${path} ditolak: ${REASON_TEXT[reason]}.`);
    this.name = 'UnauthenticatedFileError';
    this.reason = reason;
    this.path = path;
  }
}
