import path from 'node:path';
import type { Recovered } from '../../../shared/backups/recovery';
import { backupDirFor, createCore } from '../app-core';
import type { Core, CoreOptions } from '../app-core';
import { copyDatabaseFile, removeQuietly } from '../backups/backup-file';
import { BackupFolder } from '../backups/backup-folder';
import {
  newDatabaseFileName,
  readSettingsSnapshot,
  rememberDatabaseFile,
  resolveDatabasePath,
  restoreSettingsSnapshot,
} from '../db/database-location';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { AppError } from '../errors';
import type { Dispatch } from '../ipc/dispatch';
import { createRecoveryDispatch, problemFrom } from './recovery-dispatch';
import type { RecoveryProblem } from './recovery-dispatch';

export type AppHostOptions = CoreOptions & {
  /**
   * Ends the application when the user chooses Quit on the recovery screen, answering whether it
   * is closing. Electron calls app.quit(); the browser transports have no process to end.
   */
  readonly quit?: () => boolean;
  /** Told why the database could not be opened, for the shell's log. */
  readonly onOpenFailure?: (error: unknown) => void;
};

export type HostState =
  | { readonly mode: 'normal'; readonly core: Core }
  | { readonly mode: 'recovery'; readonly problem: RecoveryProblem };

export type AppHost = {
  /** What the transports call: the core's dispatch, or the recovery screen's while the database cannot be opened. */
  readonly dispatch: Dispatch;
  readonly state: () => HostState;
  /** The core's daily backup check; nothing while the recovery screen shows (there is no database to back up). */
  readonly takeDailyBackupIfDue: () => void;
  readonly close: () => void;
};

/**
 * Starts the core, or, when its database cannot be opened, a small recovery core in its place
 * that offers the user three ways on: restore a backup, start a new database, or quit. The file
 * that could not be opened is never written, renamed or moved: a restored or new database gets a
 * new name beside it, remembered in the data folder's settings (db/database-location.ts), and the
 * full core then starts on it, behind the same `dispatch`.
 */
export function startAppHost(options: AppHostOptions): AppHost {
  const now = options.now ?? (() => new Date());
  const dataDir = options.paths.dataDir;
  let state: HostState & { readonly dispatch: Dispatch };

  const normal = (core: Core) => ({ mode: 'normal', core, dispatch: core.dispatch }) as const;

  const recovery = (error: unknown) => {
    options.onOpenFailure?.(error);
    let file: string;
    try {
      file = resolveDatabasePath(dataDir);
    } catch {
      file = dataDir;
    }
    const problem = problemFrom(error, file);
    const folder = new BackupFolder(backupDirFor(options.paths), LATEST_SCHEMA_VERSION);
    const dispatch = createRecoveryDispatch(
      {
        problem,
        listBackups: () => ({ folder: folder.dir, backups: folder.list() }),
        restore: (name) => {
          const chosen = folder.requireUsable(name);
          return openNewDatabase((target) => copyDatabaseFile(chosen.file, target));
        },
        startNew: () => openNewDatabase(() => undefined),
        quit: () => options.quit?.() ?? false,
      },
      options,
    );
    return { mode: 'recovery', problem, dispatch } as const;
  };

  /**
   * Makes a database under a new name (`fill` writes it; createCore makes an empty one), points
   * the settings at it and starts the core on it. If the core cannot start, the settings are put
   * back and the new file removed, and the recovery screen stays.
   */
  function openNewDatabase(fill: (target: string) => void): Recovered {
    const fileName = newDatabaseFileName(dataDir, now());
    const target = path.join(dataDir, fileName);
    const settings = readSettingsSnapshot(dataDir);
    let core: Core;
    try {
      fill(target);
      rememberDatabaseFile(dataDir, fileName, now());
      core = createCore(options);
    } catch (error) {
      restoreSettingsSnapshot(dataDir, settings);
      for (const suffix of ['', '-wal', '-shm']) removeQuietly(target + suffix);
      if (error instanceof AppError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('CONFLICT', `Boardwalk could not open the new database (${reason}). Nothing has been changed.`);
    }
    state = normal(core);
    return { databaseFile: core.databasePath };
  }

  try {
    state = normal(createCore(options));
  } catch (error) {
    state = recovery(error);
  }

  return {
    dispatch: (channel, rawInput) => state.dispatch(channel, rawInput),
    state: () => (state.mode === 'normal' ? { mode: 'normal', core: state.core } : { mode: 'recovery', problem: state.problem }),
    takeDailyBackupIfDue: () => {
      if (state.mode === 'normal') state.core.takeDailyBackupIfDue();
    },
    close: () => {
      if (state.mode === 'normal') state.core.close();
    },
  };
}
