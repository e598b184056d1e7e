import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../src-main/core/db/database-open-error';
import type { Migration } from '../../src-main/core/db/migration';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src-main/core/db/migrations';
import { openDatabase } from '../../src-main/core/db/open-database';
import { makeTempDir, removeDir } from '../harness/temp-dir';

let dir: string;
let file: string;
let backupDir: string;

beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'boardwalk.sqlite3');
  backupDir = path.join(dir, 'backups');
});
afterEach(() => removeDir(dir));

const sha256 = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

function expectOpenError(run: () => unknown, code: DatabaseOpenError['code']): DatabaseOpenError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).code).toBe(code);
    return error as DatabaseOpenError;
  }
  throw new Error(`expected ${code}`);
}

describe('openDatabase', () => {
  it('creates a new database at the latest schema with the durability settings', () => {
    const { db, foundVersion, backupPath } = openDatabase(file, { migrations: MIGRATIONS, backupDir });
    try {
      expect(foundVersion).toBe(0);
      expect(backupPath).toBeNull();
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string; sql: string }>;
      expect(tables.map((t) => t.name)).toContain('organisation');
      for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT(,\s*WITHOUT ROWID)?\s*$/);
    } finally {
      db.close();
    }
  });

  it('opens an up-to-date database again without migrating or backing up', () => {
    openDatabase(file, { migrations: MIGRATIONS, backupDir }).db.close();
    const { db, foundVersion, backupPath } = openDatabase(file, { migrations: MIGRATIONS, backupDir });
    db.close();
    expect(foundVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(backupPath).toBeNull();
    expect(fs.existsSync(backupDir)).toBe(false);
  });

  it('migrates an older database, keeping its data, after taking a backup of it as it was', () => {
    const v1: Migration[] = [
      { version: 1, name: 'notes', up: (db) => db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT') },
    ];
    const v2: Migration[] = [
      ...v1,
      { version: 2, name: 'note-author', up: (db) => db.exec("ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown'") },
    ];
    const first = openDatabase(file, { migrations: v1, backupDir });
    first.db.prepare('INSERT INTO note (text) VALUES (?)').run('kept');
    first.db.close();

    const now = new Date('2026-11-21T09:30:00.000Z');
    const second = openDatabase(file, { migrations: v2, backupDir, now: () => now });
    try {
      expect(second.foundVersion).toBe(1);
      expect(second.db.pragma('user_version', { simple: true })).toBe(2);
      expect(second.db.prepare('SELECT text, author FROM note').all()).toEqual([{ text: 'kept', author: 'unknown' }]);
      expect(second.backupPath).toBe(path.join(backupDir, 'boardwalk-2026-11-21T09-30-00-000Z-before-v2-from-v1.sqlite3'));
      const backup = new BetterSqlite3(second.backupPath ?? '', { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(1);
      expect(backup.prepare('SELECT * FROM note').all()).toEqual([{ id: 1, text: 'kept' }]);
      backup.close();
    } finally {
      second.db.close();
    }
  });

  it('rolls back a migration that fails, leaving the version and data as they were', () => {
    const v1: Migration[] = [{ version: 1, name: 't', up: (db) => db.exec('CREATE TABLE t (x INTEGER) STRICT') }];
    openDatabase(file, { migrations: v1, backupDir }).db.close();
    const broken: Migration[] = [
      ...v1,
      {
        version: 2,
        name: 'broken',
        up: (db) => {
          db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openDatabase(file, { migrations: broken, backupDir })).toThrow('boom');
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").all()).toEqual([]);
    db.close();
  });

  it('lets a later migration rebuild a parent table without cascading into its children, and refuses one that breaks a key', () => {
    const v1: Migration[] = [
      {
        version: 1,
        name: 'parent and child',
        up: (db) =>
          db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE) STRICT;
            INSERT INTO parent VALUES (1, 'kept'); INSERT INTO child VALUES (10, 1);`),
      },
    ];
    // The SQLite way to change a table: create the new one, copy, drop the old, rename.
    const rebuild: Migration = {
      version: 2,
      name: 'rebuild parent',
      up: (db) =>
        db.exec(`CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT NOT NULL DEFAULT '') STRICT;
          INSERT INTO parent_new (id, name) SELECT id, name FROM parent;
          DROP TABLE parent; ALTER TABLE parent_new RENAME TO parent;`),
    };
    openDatabase(file, { migrations: v1, backupDir }).db.close();
    const rebuilt = openDatabase(file, { migrations: [...v1, rebuild], backupDir });
    try {
      expect(rebuilt.db.prepare('SELECT id, parent_id FROM child').all()).toEqual([{ id: 10, parent_id: 1 }]);
      expect(rebuilt.db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      rebuilt.db.close();
    }
    const breaking: Migration = { version: 3, name: 'orphan', up: (db) => db.exec('DELETE FROM parent') };
    expect(() => openDatabase(file, { migrations: [...v1, rebuild, breaking], backupDir })).toThrow();
    const after = new BetterSqlite3(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(2);
    expect(after.prepare('SELECT count(*) AS n FROM parent').get()).toEqual({ n: 1 });
    after.close();
  });

  it('refuses a database written by a newer version and leaves the file byte-for-byte untouched', () => {
    const newer = new BetterSqlite3(file);
    newer.pragma('journal_mode = WAL');
    newer.exec('CREATE TABLE future_thing (x TEXT) STRICT');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    newer.close();
    const before = sha256(file);
    const stat = fs.statSync(file);

    const listing = fs.readdirSync(dir).sort();

    const error = expectOpenError(() => openDatabase(file, { migrations: MIGRATIONS, backupDir }), 'DB_TOO_NEW');
    expect(error.message).toContain('newer version of Boardwalk');
    expect(error.file).toBe(file);
    expect(sha256(file)).toBe(before);
    // Not even a -wal or -shm file appears beside it.
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    expect(fs.statSync(file).mtimeMs).toBe(stat.mtimeMs);
    expect(fs.existsSync(backupDir)).toBe(false);
  });

  it('refuses a file that is not a database, unchanged, with nothing created beside it', () => {
    fs.writeFileSync(file, 'name,ods\nLeeds,RR8\n'.repeat(200));
    const before = sha256(file);
    expectOpenError(() => openDatabase(file, { migrations: MIGRATIONS, backupDir }), 'DB_NOT_A_DATABASE');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['boardwalk.sqlite3']);
  });

  // A cut-off or wiped database is a damaged database, not a stranger: both are DB_CORRUPT, with
  // their own messages (database-strangers.test.ts covers every kind, with a crash's -wal beside).
  it('refuses a database truncated inside its header, unchanged', () => {
    openDatabase(file, { migrations: MIGRATIONS, backupDir }).db.close();
    fs.truncateSync(file, 40);
    const before = sha256(file);
    const error = expectOpenError(() => openDatabase(file, { migrations: MIGRATIONS, backupDir }), 'DB_CORRUPT');
    expect(error.message).toContain('incomplete');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a database whose header has been zeroed, unchanged', () => {
    openDatabase(file, { migrations: MIGRATIONS, backupDir }).db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0, 0, 100);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    const error = expectOpenError(() => openDatabase(file, { migrations: MIGRATIONS, backupDir }), 'DB_CORRUPT');
    expect(error.message).toContain('all zeros');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a database that fails quick_check, unchanged', () => {
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT) STRICT; CREATE INDEX t_v ON t (v);');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`value ${i} ${'x'.repeat(50)}`);
    })();
    const rootPage = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 't_v'").get() as { rootpage: number }).rootpage;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    // Scribble over the index's root page: ordinary reads of the table still work, but the
    // index no longer matches it, which only an integrity check notices.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, (rootPage - 1) * pageSize + 8, rootPage * pageSize);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    expectOpenError(() => openDatabase(file, { migrations: MIGRATIONS, backupDir }), 'DB_CORRUPT');
    expect(sha256(file)).toBe(before);
  });

  it('insists that migrations are numbered 1, 2, 3 without gaps', () => {
    const gappy: Migration[] = [{ version: 2, name: 'two', up: () => undefined }];
    expect(() => openDatabase(file, { migrations: gappy, backupDir })).toThrow(/expected 1/);
    expect(fs.existsSync(file)).toBe(false);
  });
});
