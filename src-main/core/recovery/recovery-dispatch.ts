import { CHANNELS } from '../../../shared/ipc/contract';
import type { BackupList } from '../../../shared/backups/backup';
import type { Recovered, RecoveryCode } from '../../../shared/backups/recovery';
import { DatabaseOpenError } from '../db/database-open-error';
import { AppError } from '../errors';
import { createDispatch } from '../ipc/dispatch';
import type { Dispatch, DispatchOptions, Handlers } from '../ipc/dispatch';

/** Why the database could not be opened, as the recovery screen shows it. */
export type RecoveryProblem = {
  readonly code: RecoveryCode;
  readonly message: string;
  /** The file that could not be opened (or the settings file that could not be read). */
  readonly file: string;
};

export function problemFrom(error: unknown, file: string): RecoveryProblem {
  if (error instanceof DatabaseOpenError) return { code: error.code, message: error.message, file: error.file };
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'DB_OPEN_FAILED',
    message: `Boardwalk could not open its database (${reason}). The file has not been changed.`,
    file,
  };
}

/** What the recovery screen can ask for; app-host.ts supplies each. */
export type RecoveryActions = {
  readonly problem: RecoveryProblem;
  readonly listBackups: () => BackupList;
  readonly restore: (name: string) => Recovered;
  readonly startNew: () => Recovered;
  /** True when the application is closing (Electron); false where nothing can close (a browser). */
  readonly quit: () => boolean;
};

const NOT_OPEN =
  'Boardwalk could not open its database, so this cannot be done. Choose what to do on the recovery screen.';

/**
 * The dispatcher while the database cannot be opened: the same contract and validation as
 * ever, but only the `recovery.*` channels answer; every other channel is refused with a message,
 * so a page left open from before cannot reach a database that is not there.
 */
export function createRecoveryDispatch(actions: RecoveryActions, options: DispatchOptions = {}): Dispatch {
  const refuse = (): never => {
    throw new AppError('CONFLICT', NOT_OPEN);
  };
  const refuseAll = Object.fromEntries(CHANNELS.map((channel) => [channel, refuse])) as unknown as Handlers;
  const handlers: Handlers = {
    ...refuseAll,
    'recovery.status': () => ({ needed: true, ...actions.problem }),
    'recovery.listBackups': () => actions.listBackups(),
    'recovery.restore': ({ name }) => actions.restore(name),
    'recovery.startNew': () => actions.startNew(),
    'recovery.quit': () => ({ closing: actions.quit() }),
  };
  return createDispatch(handlers, options);
}
