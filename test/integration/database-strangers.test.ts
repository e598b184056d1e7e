import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../src-main/core/db/database-open-error';
import type { DatabaseOpenErrorCode } from '../../src-main/core/db/database-open-error';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src-main/core/db/migrations';
import { openDatabase } from '../../src-main/core/db/open-database';
import { inspectDatabaseFile } from '../../src-main/core/db/inspect-database';
import { startAppHost } from '../../src-main/core/recovery/app-host';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/**
 * Every kind of file Boardwalk may find where its database should be, other than its own healthy
 * database: each is detected when the database is opened, refused with a typed error and a
 * plain-English message, and left byte-for-byte as it was, together with any -wal and -shm a
 * crash left beside it. Nothing new appears in the folder either.
 */

let dir: string;
let file: string;
let scratch: string;

beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'boardwalk.sqlite3');
  scratch = makeTempDir('boardwalk-scratch-');
});
afterEach(() => {
  removeDir(dir);
  removeDir(scratch);
});

const ROWS = 3000;

/** A real Boardwalk database with enough organisations to fill dozens of table pages, closed cleanly. */
function healthyDatabase(target: string): void {
  const { db } = openDatabase(target, { migrations: MIGRATIONS, backupDir: path.join(scratch, 'backups') });
  const insert = db.prepare(
    "INSERT INTO organisation (name, ods_code, type, created_at, updated_at) VALUES (?, NULL, 'nhs-trust', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
  );
  db.transaction(() => {
    for (let i = 1; i <= ROWS; i += 1) insert.run(`Organisation ${String(i).padStart(5, '0')} ${'of the North West '.repeat(3)}`);
  })();
  db.close();
}

/**
 * What a crash leaves: the database file, and a -wal holding `change` (not yet checkpointed) with
 * its -shm, copied while the writing connection is still open.
 */
function crashImage(target: string, change: (db: BetterSqlite3.Database) => void): void {
  const source = path.join(scratch, 'crashing.sqlite3');
  healthyDatabase(source);
  const db = new BetterSqlite3(source);
  db.pragma('wal_autocheckpoint = 0');
  change(db);
  for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(source + suffix, target + suffix);
  db.close();
  expect(fs.statSync(`${target}-wal`).size).toBeGreaterThan(32);
  expect(fs.existsSync(`${target}-shm`)).toBe(true);
}

/** A change that touches only the first page of organisations (and nothing of page 1). */
const touchFirstRow = (db: BetterSqlite3.Database) => db.prepare("UPDATE organisation SET updated_at = '2026-02-02T00:00:00.000Z' WHERE id = 1").run();

type FolderState = Record<string, { sha256: string; mtimeMs: number; size: number }>;

function folderState(folder: string): FolderState {
  const state: FolderState = {};
  for (const name of fs.readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    const stat = fs.statSync(full);
    state[name] = { sha256: crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'), mtimeMs: stat.mtimeMs, size: stat.size };
  }
  return state;
}

function overwrite(target: string, edit: (bytes: Buffer) => Buffer): void {
  fs.writeFileSync(target, edit(fs.readFileSync(target)));
}

/** A leaf page of the organisation table holding neither the first nor the last row. */
function middleLeafPage(target: string): { pageNumber: number; pageSize: number } {
  const probe = path.join(scratch, 'probe.sqlite3');
  fs.copyFileSync(target, probe);
  const db = new BetterSqlite3(probe, { readonly: true });
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'organisation' AND pagetype = 'leaf' ORDER BY pageno").all() as Array<{ pageno: number }>;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(pages.length).toBeGreaterThan(20);
  const middle = pages[Math.floor(pages.length / 2)];
  if (!middle) throw new Error('no leaf page');
  return { pageNumber: middle.pageno, pageSize };
}

/** Scribbles over the cell pointers of one table page: its rows can no longer be found. */
function damagePage(target: string, pageNumber: number, pageSize: number): void {
  overwrite(target, (bytes) => bytes.fill(0xff, (pageNumber - 1) * pageSize + 8, (pageNumber - 1) * pageSize + 24));
}

/** Ordinary queries on a copy of the damaged file: other rows, and the row count, still read. */
function ordinaryQueriesStillWork(target: string): void {
  const copy = path.join(scratch, 'ordinary.sqlite3');
  fs.copyFileSync(target, copy);
  const db = new BetterSqlite3(copy, { readonly: true });
  try {
    const nameOf = (id: number) => (db.prepare('SELECT name FROM organisation WHERE id = ?').get(id) as { name: string }).name;
    expect(nameOf(1)).toMatch(/^Organisation 00001 /);
    expect(nameOf(ROWS)).toMatch(new RegExp(`^Organisation 0${ROWS} `));
    expect(db.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: ROWS });
  } finally {
    db.close();
  }
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000100000001008060000001ff3ff61', 'hex'),
  crypto.randomBytes(2000),
]);

type Stranger = {
  readonly name: string;
  readonly code: DatabaseOpenErrorCode;
  /** What the message must say, in the words a user reads. */
  readonly message: RegExp;
  readonly make: (target: string) => void;
};

const strangers: readonly Stranger[] = [
  {
    name: 'a zeroed header',
    code: 'DB_CORRUPT',
    message: /^The beginning of this database has been wiped: its first 100 bytes, which say how to read the rest, are all zeros\./,
    make: (target) => {
      healthyDatabase(target);
      overwrite(target, (bytes) => bytes.fill(0, 0, 100));
    },
  },
  {
    name: 'a damaged table page that ordinary queries do not notice',
    code: 'DB_CORRUPT',
    message: /^This database is damaged: SQLite's integrity check found (at least )?\d+ problems? \(the first: “.+”\)\. Some of it may still read correctly/,
    make: (target) => {
      healthyDatabase(target);
      const { pageNumber, pageSize } = middleLeafPage(target);
      damagePage(target, pageNumber, pageSize);
      ordinaryQueriesStillWork(target);
    },
  },
  {
    name: 'a file cut off at a page boundary',
    code: 'DB_CORRUPT',
    message: /^This database file is incomplete: it holds \d+(\.\d)? KB of the \d+(\.\d)? KB its header records, so part of it is missing\./,
    make: (target) => {
      healthyDatabase(target);
      const pageSize = 4096;
      fs.truncateSync(target, Math.floor(fs.statSync(target).size / pageSize / 2) * pageSize);
    },
  },
  {
    name: 'a file cut off in the middle of a page',
    code: 'DB_CORRUPT',
    message: /^This database file is incomplete: /,
    make: (target) => {
      healthyDatabase(target);
      fs.truncateSync(target, Math.floor(fs.statSync(target).size / 3) + 1234);
    },
  },
  {
    name: 'a PNG image',
    code: 'DB_NOT_A_DATABASE',
    message: /^This file is not a Boardwalk database: it looks like a PNG image\./,
    make: (target) => fs.writeFileSync(target, PNG),
  },
  {
    name: 'a text file',
    code: 'DB_NOT_A_DATABASE',
    message: /^This file is not a Boardwalk database: it looks like a text file\./,
    make: (target) => fs.writeFileSync(target, 'Board minutes, 3 December\r\nPresent: the chair, the chief executive…\r\n'.repeat(100)),
  },
  {
    name: 'a database from a newer version',
    code: 'DB_TOO_NEW',
    message: new RegExp(`^This database was written by a newer version of Boardwalk \\(schema ${LATEST_SCHEMA_VERSION + 3}; this version understands up to ${LATEST_SCHEMA_VERSION}\\)\\. Update Boardwalk to open it\\.`),
    make: (target) => {
      healthyDatabase(target);
      const db = new BetterSqlite3(target);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
      db.close();
    },
  },
];

function expectRefused(stranger: Pick<Stranger, 'code' | 'message'>, target: string): DatabaseOpenError {
  let caught: unknown;
  try {
    openDatabase(target, { migrations: MIGRATIONS, backupDir: path.join(dir, 'backups') }).db.close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DatabaseOpenError);
  const error = caught as DatabaseOpenError;
  expect(error.code).toBe(stranger.code);
  expect(error.message).toMatch(stranger.message);
  expect(error.message).toMatch(/The file has not been changed\.$/);
  expect(error.file).toBe(target);
  return error;
}

describe('strangers where the database should be', () => {
  it.each(strangers)('$name: detected at open, typed, explained, and left byte-for-byte as it was', (stranger) => {
    stranger.make(file);
    const before = folderState(dir);
    expectRefused(stranger, file);
    // Twice: a second attempt (the user restarting) finds the same file and says the same.
    expectRefused(stranger, file);
    expect(folderState(dir)).toEqual(before);
  });

  it.each(strangers)('$name, with the -wal and -shm of a crash beside it: all three left as they were', (stranger) => {
    // The crash's -wal holds a change to the first row only (not the page the damage is on, nor
    // the header); each stranger is then made of the database file beside it.
    crashImage(file, touchFirstRow);
    const wal = fs.readFileSync(`${file}-wal`);
    const shm = fs.readFileSync(`${file}-shm`);
    fs.rmSync(file);
    stranger.make(file);
    fs.writeFileSync(`${file}-wal`, wal);
    fs.writeFileSync(`${file}-shm`, shm);
    const before = folderState(dir);
    expect(Object.keys(before)).toEqual(['boardwalk.sqlite3', 'boardwalk.sqlite3-shm', 'boardwalk.sqlite3-wal']);
    // With a -wal beside it the length of the file proves nothing (pages may live in the WAL), so
    // a cut-off file is caught by SQLite reading it instead, with its own words.
    const expected = stranger.name.startsWith('a file cut off') ? { code: stranger.code, message: /^This database is damaged/ } : stranger;
    expectRefused(expected, file);
    expect(folderState(dir)).toEqual(before);
  });

  it('a newer version whose version number is still only in the -wal of a crash: detected, all three files unchanged', () => {
    crashImage(file, (db) => db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`));
    // The main file still says the current version: only reading through the WAL tells.
    expect(fs.readFileSync(file).readInt32BE(60)).toBe(LATEST_SCHEMA_VERSION);
    const before = folderState(dir);
    expectRefused({ code: 'DB_TOO_NEW', message: /newer version of Boardwalk/ }, file);
    expect(folderState(dir)).toEqual(before);
  });

  it('a healthy database after a crash opens, with the change that was in its -wal', () => {
    crashImage(file, touchFirstRow);
    const { db } = openDatabase(file, { migrations: MIGRATIONS, backupDir: path.join(dir, 'backups') });
    try {
      expect(db.prepare('SELECT updated_at FROM organisation WHERE id = 1').get()).toEqual({ updated_at: '2026-02-02T00:00:00.000Z' });
      expect(db.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: ROWS });
    } finally {
      db.close();
    }
  });

  it('the check of a healthy database (WAL mode, or after a crash) writes nothing beside it', () => {
    healthyDatabase(file);
    let before = folderState(dir);
    expect(inspectDatabaseFile(file, LATEST_SCHEMA_VERSION)).toEqual({ userVersion: LATEST_SCHEMA_VERSION });
    expect(folderState(dir)).toEqual(before);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    crashImage(file, touchFirstRow);
    before = folderState(dir);
    expect(inspectDatabaseFile(file, LATEST_SCHEMA_VERSION)).toEqual({ userVersion: LATEST_SCHEMA_VERSION });
    expect(folderState(dir)).toEqual(before);
  });

  it.each(strangers)('$name: the app starts on the recovery screen with the same code and message', (stranger) => {
    stranger.make(file);
    const before = folderState(dir);
    const host = startAppHost({ paths: { dataDir: dir }, version: 'test' });
    try {
      const state = host.state();
      if (state.mode !== 'recovery') throw new Error('expected the recovery screen');
      expect(state.problem.code).toBe(stranger.code);
      expect(state.problem.message).toMatch(stranger.message);
      expect(state.problem.file).toBe(file);
    } finally {
      host.close();
    }
    expect(folderState(dir)).toEqual(before);
  });
});
