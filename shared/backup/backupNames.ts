/**
 * The backup file's names and size bound, free of imports: the API contract (and so the
 * preload) reads them.
 */

/** The largest backup read or written in one piece. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** The names main writes and prunes in the backup folder; nothing else there is touched. */
export const BACKUP_FILE_PATTERN = /^cadangan-meja-ti-\d{4}-\d{2}-\d{2}-\d{6}(-\d{1,3})?\.mejati$/;
