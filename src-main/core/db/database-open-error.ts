import type { DatabaseOpenErrorCode } from '../../../shared/backups/recovery';

export { DATABASE_OPEN_ERROR_CODES } from '../../../shared/backups/recovery';
export type { DatabaseOpenErrorCode } from '../../../shared/backups/recovery';

/** Raised before anything is written, so the file on disk is exactly as it was found. */
export class DatabaseOpenError extends Error {
  readonly code: DatabaseOpenErrorCode;
  readonly file: string;

  constructor(code: DatabaseOpenErrorCode, file: string, message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
    this.code = code;
    this.file = file;
  }
}
