import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { writeVerifiedCopy } from '../backups/backup-file';
import { backupFileName } from '../backups/backup-names';

export { backupStamp } from '../backups/backup-names';

/**
 * A consistent, verified copy of a live database in `backupDir` (see writeVerifiedCopy): taken
 * with `VACUUM INTO`, checked with `quick_check`, flushed, and only then given its name.
 */
export function backupDatabase(db: Database, backupDir: string, label: string, now: Date): string {
  fs.mkdirSync(backupDir, { recursive: true });
  const target = path.join(backupDir, backupFileName(now, label));
  if (fs.existsSync(target)) {
    throw new Error(`A backup named ${path.basename(target)} already exists`);
  }
  writeVerifiedCopy(db, target);
  return target;
}
