export type DatabaseOpenErrorCode =
  /** Written by a newer Boardwalk: opening it could damage what the newer version wrote. */
  | 'DB_TOO_NEW'
  /** Not an SQLite database at all (a wrong file chosen, or a zeroed header). */
  | 'DB_NOT_A_DATABASE'
  /** An SQLite database that fails its integrity check. */
  | 'DB_CORRUPT';

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
