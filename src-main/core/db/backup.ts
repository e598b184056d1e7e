import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

/** A filesystem-safe timestamp that sorts in time order: 2026-11-21T07-46-05-123Z. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * A consistent copy of a live database. `VACUUM INTO` reads through SQLite, so pages still in
 * the WAL are included and a half-written page can never be copied, as a file copy could.
 */
export function backupDatabase(db: Database, backupDir: string, label: string, now: Date): string {
  fs.mkdirSync(backupDir, { recursive: true });
  const target = path.join(backupDir, `boardwalk-${backupStamp(now)}-${label}.sqlite3`);
  if (fs.existsSync(target)) {
    throw new Error(`A backup named ${path.basename(target)} already exists`);
  }
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
