import type { FieldPath, IpcErrorCode } from '../../shared/ipc/result';

/**
 * A failure a user can understand and act on (a duplicate, a missing record). Services throw it;
 * the dispatcher turns it into an error envelope. Anything else thrown is an internal fault.
 */
export class AppError extends Error {
  readonly code: Exclude<IpcErrorCode, 'UNKNOWN_CHANNEL' | 'INTERNAL'>;
  readonly path: FieldPath;

  constructor(code: AppError['code'], message: string, path: FieldPath = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.path = path;
  }
}
