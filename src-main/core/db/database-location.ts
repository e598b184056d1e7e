import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backupStamp } from '../backups/backup-names';
import { writeFileAtomic } from '../export/atomic-write';
import { DatabaseOpenError } from './database-open-error';

/**
 * Which database file in the data folder is the user's.
 *
 * Normally `boardwalk.sqlite3`. When that file cannot be opened and the user chooses, on the
 * recovery screen, to start a new database or to restore a backup, the new database gets a new
 * name beside the old one (`boardwalk-<time>.sqlite3`), so the file that could not be opened is
 * left exactly where and as it is, and the choice is remembered in `boardwalk-settings.json` in
 * the same folder. Only a bare file name is stored: the database never leaves the data folder.
 */
export const DEFAULT_DATABASE_FILE = 'boardwalk.sqlite3';
export const SETTINGS_FILE = 'boardwalk-settings.json';

const databaseFileName = z
  .string()
  .max(120)
  .regex(/^boardwalk(-[0-9A-Za-z-]+)?\.sqlite3$/);

const settingsSchema = z.strictObject({ databaseFile: databaseFileName });

export function settingsPathFor(dataDir: string): string {
  return path.join(dataDir, SETTINGS_FILE);
}

/** The database to open: the one the settings name, or the default when there are no settings. */
export function resolveDatabasePath(dataDir: string): string {
  const settingsPath = settingsPathFor(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(settingsPath, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return path.join(dataDir, DEFAULT_DATABASE_FILE);
    throw damagedSettings(settingsPath, 'it cannot be read');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damagedSettings(settingsPath, 'it is not valid JSON');
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) throw damagedSettings(settingsPath, 'it does not name a database file');
  return path.join(dataDir, parsed.data.databaseFile);
}

/** A name for a new database beside the old ones, unused so far. */
export function newDatabaseFileName(dataDir: string, now: Date): string {
  let at = now;
  for (;;) {
    const name = `boardwalk-${backupStamp(at)}.sqlite3`;
    if (!['', '-wal', '-shm', '-journal'].some((suffix) => fs.existsSync(path.join(dataDir, name + suffix)))) return name;
    at = new Date(at.getTime() + 1);
  }
}

export type SettingsSnapshot = { readonly text: string | null };

/** The settings file as it is now (null when there is none), so a failed switch can put it back. */
export function readSettingsSnapshot(dataDir: string): SettingsSnapshot {
  try {
    return { text: fs.readFileSync(settingsPathFor(dataDir), 'utf8') };
  } catch {
    return { text: null };
  }
}

/**
 * Remembers `fileName` as the database to open. A settings file that cannot be read is kept
 * beside, renamed, rather than overwritten: it may name the database the user is missing.
 */
export function rememberDatabaseFile(dataDir: string, fileName: string, now: Date): void {
  const parsed = databaseFileName.parse(fileName);
  const settingsPath = settingsPathFor(dataDir);
  try {
    resolveDatabasePath(dataDir);
  } catch (error) {
    if (error instanceof DatabaseOpenError && fs.existsSync(settingsPath)) {
      fs.renameSync(settingsPath, path.join(dataDir, `boardwalk-settings.damaged-${backupStamp(now)}.json`));
    }
  }
  writeFileAtomic(settingsPath, `${JSON.stringify({ databaseFile: parsed }, null, 2)}\n`);
}

export function restoreSettingsSnapshot(dataDir: string, snapshot: SettingsSnapshot): void {
  const settingsPath = settingsPathFor(dataDir);
  if (snapshot.text === null) fs.rmSync(settingsPath, { force: true });
  else writeFileAtomic(settingsPath, snapshot.text);
}

function damagedSettings(settingsPath: string, reason: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_SETTINGS_DAMAGED',
    settingsPath,
    `Boardwalk's note of which database to open (${path.basename(settingsPath)}) is damaged: ${reason}. Your databases have not been changed.`,
  );
}
