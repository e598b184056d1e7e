import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Backup, BackupList, RestoreResult } from '../../../shared/backups/backup';
import { AppError } from '../errors';
import { syncFolder } from '../export/atomic-write';
import { copyDatabaseFile, removeQuietly } from './backup-file';
import type { BackupFolder } from './backup-folder';

/**
 * The database the services are using, as the backup service needs it: to copy it, and to swap
 * the file beneath them. app-core.ts implements it; `reopenAfter` closes the connection (and
 * with it every service built on it), runs `replace` on the closed file, then opens the file
 * again and builds fresh services on the new connection, whether or not `replace` succeeded.
 */
export type LiveDatabase = {
  readonly path: string;
  readonly db: () => Database;
  readonly reopenAfter: (replace: () => void) => void;
};

export class BackupService {
  constructor(
    private readonly folder: BackupFolder,
    private readonly live: LiveDatabase,
    private readonly now: () => Date,
    private readonly timeZone: string,
  ) {}

  list(): BackupList {
    return { folder: this.folder.dir, backups: this.folder.list() };
  }

  /** "Back up now". */
  create(): Backup {
    const backup = this.folder.take(this.live.db(), 'manual', this.now());
    this.folder.prune(this.timeZone);
    return backup;
  }

  /** The automatic backup on start: at most one a day (the user's day), then old ones pruned. */
  takeDailyIfDue(): Backup | null {
    const now = this.now();
    const taken = this.folder.hasOnDay('daily', now, this.timeZone) ? null : this.folder.take(this.live.db(), 'daily', now);
    this.folder.prune(this.timeZone);
    return taken;
  }

  /**
   * Puts a backup's data in place of the live data, keeping a copy of what it replaces.
   *
   * 1. The backup is checked again and copied (through SQLite) to `<database>.restoring`, checked.
   * 2. The live data is backed up ("before-restore"), verified like any other backup.
   * 3. The connection is closed, which checkpoints the WAL and removes -wal and -shm; a -wal that
   *    is still there (another program has the file open) stops the restore, data untouched.
   * 4. The staged copy is renamed over the database file (atomic: a crash leaves one or the
   *    other, whole) and the database is opened again, migrated if the backup is older.
   * 5. Should it fail to open, the before-restore copy is put back the same way.
   */
  restore(name: string): RestoreResult {
    const chosen = this.folder.requireUsable(name);
    const staging = `${this.live.path}.restoring`;
    removeQuietly(staging);
    try {
      copyDatabaseFile(chosen.file, staging);
      const beforeRestore = this.folder.take(this.live.db(), 'before-restore', this.now());
      this.swapIn(staging, beforeRestore);
      this.folder.prune(this.timeZone);
      const { file: _file, ...restored } = chosen;
      return { restored, beforeRestore };
    } finally {
      removeQuietly(staging);
    }
  }

  private swapIn(staging: string, beforeRestore: Backup): void {
    // Set inside the callback: whether the failure came before the file changed or after.
    const progress = { swapped: false };
    try {
      this.live.reopenAfter(() => {
        replaceClosedDatabase(this.live.path, staging);
        progress.swapped = true;
      });
    } catch (error) {
      if (!progress.swapped) {
        if (error instanceof AppError) throw error;
        throw new AppError('CONFLICT', 'The backup could not be put in place, so your data has been left as it was.');
      }
      // The restored file would not open: put back the data as it was just before.
      removeQuietly(staging);
      copyDatabaseFile(path.join(this.folder.dir, beforeRestore.name), staging);
      this.live.reopenAfter(() => replaceClosedDatabase(this.live.path, staging));
      throw new AppError('CONFLICT', 'That backup could not be opened after it was restored, so your data has been put back as it was.');
    }
  }
}

/** Renames a staged database over a closed one, refusing if the closed one still has a -wal with data. */
export function replaceClosedDatabase(databasePath: string, staged: string): void {
  const wal = `${databasePath}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw new AppError(
      'CONFLICT',
      'Another program has Boardwalk’s database open, so the backup was not restored and your data has been left as it was. Close the other program and try again.',
    );
  }
  // An empty -wal or a -shm left beside must not be applied to the new file.
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(databasePath + suffix, { force: true });
  fs.renameSync(staged, databasePath);
  syncFolder(path.dirname(databasePath));
}
