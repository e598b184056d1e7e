import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { formatBytes } from '../../../shared/util/format-bytes';
import { DatabaseOpenError } from './database-open-error';
import { HEADER_SIZE, readHeaderFinding } from './file-header';
import type { HeaderFinding } from './file-header';

export type Inspection = {
  /** `user_version`, read through SQLite, so a version still in the WAL counts. */
  readonly userVersion: number;
};

/** The files SQLite keeps beside a database and reads with it. (-shm is only an index of the -wal.) */
const SIDECARS = ['-wal', '-journal'] as const;
const WAL_HEADER_SIZE = 32;

/**
 * Proves that `file` is a healthy Boardwalk database no newer than `latest`, or throws a
 * DatabaseOpenError saying in plain English what is wrong, without changing a byte of it or of
 * anything beside it.
 *
 * The header is judged first with plain file reads (file-header.ts). SQLite is then used only
 * where it cannot write: a database in rollback mode with nothing beside it is opened read-only;
 * anything else (WAL mode, a -wal or -journal left by a crash) is checked on a private copy,
 * because even a read-only connection creates -wal and -shm beside a WAL database and rewrites
 * the -shm of one left by a crash (both seen with the bundled SQLite).
 */
export function inspectDatabaseFile(file: string, latest: number): Inspection {
  const { head, size } = readHead(file);
  const sidecars = SIDECARS.filter((suffix) => fs.existsSync(file + suffix));
  const walHasFrames = sizeOrZero(`${file}-wal`) > WAL_HEADER_SIZE;
  const finding = readHeaderFinding(head, { fileSize: size, walHasFrames });
  if (finding.kind !== 'sqlite') throw errorForHeader(finding, file);
  if (finding.userVersion > latest) throw tooNew(file, finding.userVersion, latest);

  if (!finding.walMode && sidecars.length === 0) return checkThroughSqlite(file, file, latest, true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boardwalk-check-'));
  try {
    const copy = path.join(dir, 'database.sqlite3');
    copyOrFail(file, copy, file);
    for (const suffix of sidecars) copyOrFail(file + suffix, copy + suffix, file);
    // The copy is ours: opened read-write so SQLite may replay its WAL or roll back its journal.
    return checkThroughSqlite(copy, file, latest, false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readHead(file: string): { head: Uint8Array; size: number } {
  try {
    const size = fs.statSync(file).size;
    const head = Buffer.alloc(Math.min(HEADER_SIZE, size));
    const fd = fs.openSync(file, 'r');
    try {
      const read = fs.readSync(fd, head, 0, head.length, 0);
      return { head: head.subarray(0, read), size };
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw unreadable(file, describeFsError(error));
  }
}

function sizeOrZero(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function copyOrFail(from: string, to: string, original: string): void {
  try {
    fs.copyFileSync(from, to);
  } catch (error) {
    throw unreadable(original, describeFsError(error));
  }
}

function checkThroughSqlite(file: string, original: string, latest: number, readonly: boolean): Inspection {
  let reader: Database | undefined;
  try {
    reader = new BetterSqlite3(file, { readonly, fileMustExist: true });
    const version = reader.pragma('user_version', { simple: true });
    if (typeof version !== 'number') throw new Error('user_version is not a number');
    if (version > latest) throw tooNew(original, version, latest);
    const check = quickCheck(reader);
    if (check.problems.length > 0 || check.stoppedBy !== null) throw failedCheck(original, check);
    return { userVersion: version };
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw classifySqliteFailure(error, original);
  } finally {
    reader?.close();
  }
}

type QuickCheck = { readonly problems: readonly string[]; readonly stoppedBy: string | null };

/**
 * `PRAGMA quick_check`, row by row: on some damage it reports a few problems and then fails
 * outright reading the damaged page (which rows it gets to first depends on what happens to be
 * in memory past the page), so the problems found before the failure are kept.
 */
function quickCheck(db: Database): QuickCheck {
  const problems: string[] = [];
  let stoppedBy: string | null = null;
  try {
    for (const row of db.prepare('PRAGMA quick_check').iterate() as Iterable<{ quick_check: string }>) {
      for (const line of row.quick_check.split('\n')) {
        if (line !== 'ok' && !line.startsWith('*** in database')) problems.push(line);
      }
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('SQLITE_CORRUPT')) throw error;
    stoppedBy = error instanceof Error ? error.message : String(error);
  }
  return { problems, stoppedBy };
}

const NOT_CHANGED = 'The file has not been changed.';

function errorForHeader(finding: Exclude<HeaderFinding, { kind: 'sqlite' }>, file: string): DatabaseOpenError {
  switch (finding.kind) {
    case 'foreign':
      return new DatabaseOpenError(
        'DB_NOT_A_DATABASE',
        file,
        `This file is not a Boardwalk database: ${finding.looksLike ? `it looks like ${finding.looksLike}` : 'it does not begin the way a database does'}. Another file may have been saved in its place. ${NOT_CHANGED}`,
      );
    case 'zeroed':
      return new DatabaseOpenError(
        'DB_CORRUPT',
        file,
        `The beginning of this database has been wiped: its first 100 bytes, which say how to read the rest, are all zeros. This can follow a disk, power or file-sync fault. ${NOT_CHANGED}`,
      );
    case 'truncated':
      return new DatabaseOpenError(
        'DB_CORRUPT',
        file,
        finding.expectedBytes === null
          ? `This database file is incomplete: it holds only ${formatBytes(finding.actualBytes)}, less than its header alone. It may have been cut short while being copied or synced. ${NOT_CHANGED}`
          : `This database file is incomplete: it holds ${formatBytes(finding.actualBytes)} of the ${formatBytes(finding.expectedBytes)} its header records, so part of it is missing. It may have been cut short while being copied or synced, or when the disk was full. ${NOT_CHANGED}`,
      );
    case 'damaged-header':
      return new DatabaseOpenError(
        'DB_CORRUPT',
        file,
        `The beginning of this database is damaged (${finding.detail}), so the rest of it cannot be read. ${NOT_CHANGED}`,
      );
  }
}

function tooNew(file: string, version: number, latest: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_TOO_NEW',
    file,
    `This database was written by a newer version of Boardwalk (schema ${version}; this version understands up to ${latest}). Update Boardwalk to open it. ${NOT_CHANGED}`,
  );
}

const MAX_QUOTED = 160;

function failedCheck(file: string, { problems, stoppedBy }: QuickCheck): DatabaseOpenError {
  const first = problems[0];
  const found =
    first === undefined
      ? `stopped at a part it could not read (${stoppedBy ?? 'no details given'})`
      : `found ${countProblems(problems.length, stoppedBy !== null)} (the first: “${first.length > MAX_QUOTED ? `${first.slice(0, MAX_QUOTED)}…` : first}”)`;
  return new DatabaseOpenError(
    'DB_CORRUPT',
    file,
    `This database is damaged: SQLite's integrity check ${found}. Some of it may still read correctly, but Boardwalk will not write to a damaged database. ${NOT_CHANGED}`,
  );
}

function countProblems(count: number, stoppedEarly: boolean): string {
  // quick_check stops listing at 100 problems; one that failed part-way may have had more to say.
  if (count >= 100 || stoppedEarly) return `at least ${count === 1 ? '1 problem' : `${count} problems`}`;
  return count === 1 ? '1 problem' : `${count} problems`;
}

function unreadable(file: string, reason: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_UNREADABLE',
    file,
    `Boardwalk could not read its database (${reason}). Another program may be using it, or the folder's permissions may have changed. ${NOT_CHANGED}`,
  );
}

function classifySqliteFailure(error: unknown, file: string): Error {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') {
    return new DatabaseOpenError('DB_NOT_A_DATABASE', file, `This file is not a Boardwalk database: SQLite cannot read it as one. ${NOT_CHANGED}`);
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseOpenError('DB_CORRUPT', file, `This database is damaged: SQLite could not read it (${message}). ${NOT_CHANGED}`);
  }
  if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|PERM|READONLY|AUTH)/.test(code)) {
    return unreadable(file, message);
  }
  return error instanceof Error ? error : new Error(message);
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission was refused';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EBUSY') return 'another program has it locked';
  if (code === 'ENOENT') return 'it has disappeared';
  return error instanceof Error ? error.message : String(error);
}
