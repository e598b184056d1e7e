import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { syncFolder } from '../export/atomic-write';
import { inspectDatabaseFile } from '../db/inspect-database';
import type { Inspection } from '../db/inspect-database';

/** Any schema version: a backup is checked for damage here; whether this Boardwalk can use it is the caller's question. */
export const ANY_VERSION = Number.MAX_SAFE_INTEGER;

/**
 * Writes a consistent copy of `source` to `target`, checks it, and only then gives it its name.
 *
 * `VACUUM INTO` reads through SQLite, so pages still in the WAL are included and a half-written
 * page can never be copied, as a file copy of a live database could. The copy is written under
 * a `.partial` name, passes `quick_check`, is flushed to disk, and is renamed: a backup that
 * exists under its own name is whole and has been verified, and one that fails is deleted.
 */
export function writeVerifiedCopy(source: Database, target: string): Inspection {
  if (fs.existsSync(target)) throw new Error(`${path.basename(target)} already exists`);
  const partial = `${target}.partial`;
  removeQuietly(partial);
  try {
    source.prepare('VACUUM INTO ?').run(partial);
    return finishVerifiedCopy(partial, target);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
}

/** Verifies a freshly written copy, flushes it and renames it into place; deletes it if it fails. */
export function finishVerifiedCopy(partial: string, target: string): Inspection {
  try {
    const inspection = inspectDatabaseFile(partial, ANY_VERSION);
    flushFile(partial);
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
    return inspection;
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
}

/** Copies a database file that nothing has open (a backup) through SQLite, verified. */
export function copyDatabaseFile(sourceFile: string, target: string): Inspection {
  const source = new BetterSqlite3(sourceFile, { readonly: true, fileMustExist: true });
  try {
    return writeVerifiedCopy(source, target);
  } finally {
    source.close();
  }
}

function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function removeQuietly(file: string): void {
  fs.rmSync(file, { force: true });
  fs.rmSync(`${file}-journal`, { force: true });
}
