import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { backupDatabase } from './backup';
import { DatabaseOpenError } from './database-open-error';
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
 * Order matters: the file is first inspected through a read-only connection, so a database from
 * a newer version, a damaged one, or a file that is not a database at all is refused before
 * anything can write to it (even setting WAL mode rewrites header bytes).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): OpenedDatabase {
  const latest = checkMigrations(options.migrations);
  const now = options.now ?? (() => new Date());

  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const foundVersion = existed ? inspect(file, latest) : 0;

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
      backupPath = backupDatabase(db, options.backupDir, `before-v${latest}-from-v${foundVersion}`, now());
    }
    migrate(db, options.migrations, foundVersion);
    return { db, foundVersion, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;

/**
 * Reads the 100-byte header with plain file I/O. A file that is not a database, or one from a
 * newer Boardwalk, is refused here, before SQLite is involved at all: even a read-only SQLite
 * connection may create -wal and -shm files beside a WAL database.
 */
function checkHeader(file: string, latest: number): void {
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < HEADER_SIZE || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw notADatabase(file);
  }
  const version = header.readInt32BE(USER_VERSION_OFFSET);
  if (version > latest) throw tooNew(file, version, latest);
}

function notADatabase(file: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_NOT_A_DATABASE',
    file,
    'This file is not a Boardwalk database, or its header is damaged. The file has not been changed.',
  );
}

function corrupt(file: string, detail: string): DatabaseOpenError {
  return new DatabaseOpenError('DB_CORRUPT', file, `This database is damaged (${detail}). The file has not been changed.`);
}

function tooNew(file: string, version: number, latest: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_TOO_NEW',
    file,
    `This database was written by a newer version of Boardwalk (schema ${version}; this version understands up to ${latest}). Update Boardwalk to open it. The file has not been changed.`,
  );
}

/**
 * Reads the schema version (through SQLite, so a version still in the WAL counts) and checks
 * integrity, without the possibility of writing to the database.
 */
function inspect(file: string, latest: number): number {
  checkHeader(file, latest);
  let reader: Database | undefined;
  try {
    reader = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = reader.pragma('user_version', { simple: true });
    if (typeof version !== 'number') throw new Error('user_version is not a number');
    if (version > latest) throw tooNew(file, version, latest);
    const check = reader.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw corrupt(file, `integrity check: ${String(check)}`);
    return version;
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw classifyOpenFailure(error, file);
  } finally {
    reader?.close();
  }
}

function classifyOpenFailure(error: unknown, file: string): Error {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return notADatabase(file);
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) return corrupt(file, 'it cannot be read');
  return error instanceof Error ? error : new Error(String(error));
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
