import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrationLabel } from '../backups/backup-names';
import { backupDatabase } from './backup';
import { inspectDatabaseFile } from './inspect-database';
import type { Migration } from './migration';

export type OpenDatabaseOptions = {
  readonly migrations: readonly Migration[];
  /** Where the copy taken before a migration goes. */
  readonly backupDir: string;
  readonly now?: () => Date;
};

export type OpenedDatabase = {
  readonly db: Database;
  /** `user_version` when the file was found (0 for a new file). */
  readonly foundVersion: number;
  /** The copy taken before migrating, if one was needed. */
  readonly backupPath: string | null;
};

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the Boardwalk database and brings its schema up to date.
 *
 * Order matters: the file is first inspected without any way of writing to it (inspect-database.ts),
 * so a database from a newer version, a damaged one, or a file that is not a database at all is
 * refused before anything can write to it (even setting WAL mode rewrites header bytes).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): OpenedDatabase {
  const latest = checkMigrations(options.migrations);
  const now = options.now ?? (() => new Date());

  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const foundVersion = existed ? inspectDatabaseFile(file, latest).userVersion : 0;

  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    // The bundled SQLite lets WAL connections default to NORMAL, which can lose the last
    // transactions on power loss. Boardwalk acknowledges a save only after it is durable.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    assertPragma(db, 'journal_mode', 'wal');
    assertPragma(db, 'synchronous', 2);
    assertPragma(db, 'foreign_keys', 1);

    let backupPath: string | null = null;
    if (foundVersion < latest && foundVersion > 0) {
      backupPath = backupDatabase(db, options.backupDir, migrationLabel(foundVersion, latest), now());
    }
    migrate(db, options.migrations, foundVersion);
    return { db, foundVersion, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkMigrations(migrations: readonly Migration[]): number {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}; expected ${index + 1}`);
    }
  });
  return migrations.length;
}

/**
 * Each migration and its new `user_version` commit together, or not at all. Foreign keys are
 * off while a migration runs (the pragma cannot change inside a transaction), so rebuilding a
 * table the SQLite way (create, copy, drop, rename) does not cascade-delete its children; every
 * key is checked before COMMIT instead, and a migration that breaks one rolls back.
 */
function migrate(db: Database, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations.slice(from)) {
    db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`Migration ${migration.name} leaves ${broken.length} broken foreign keys`);
        }
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } finally {
      db.pragma('foreign_keys = ON');
    }
  }
}

function assertPragma(db: Database, name: string, expected: string | number): void {
  const actual = db.pragma(name, { simple: true });
  if (actual !== expected) {
    throw new Error(`PRAGMA ${name} is ${String(actual)}; expected ${String(expected)}`);
  }
}
