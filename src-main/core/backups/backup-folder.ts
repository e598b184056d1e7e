import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Backup } from '../../../shared/backups/backup';
import { DatabaseOpenError } from '../db/database-open-error';
import { inspectDatabaseFile } from '../db/inspect-database';
import { AppError } from '../errors';
import { ANY_VERSION, removeQuietly, writeVerifiedCopy } from './backup-file';
import { backupFileName, parseBackupName } from './backup-names';
import type { BackupLabel, ParsedBackupName } from './backup-names';
import { decideRetention, localDay } from './retention';
import type { RetentionDecision, RetentionPolicy } from './retention';

type Verdict = { readonly usable: boolean; readonly problem: string | null; readonly schemaVersion: number | null };

/**
 * The backups folder: Boardwalk's own files in it (by name, see backup-names.ts), each checked
 * with SQLite's integrity check before it is offered for restoring. Anything else in the folder
 * is neither listed nor ever deleted.
 */
export class BackupFolder {
  /** Checks already made, by name; a file whose size or time changes is checked again. */
  private readonly verdicts = new Map<string, { readonly size: number; readonly mtimeMs: number; readonly verdict: Verdict }>();

  constructor(
    readonly dir: string,
    private readonly latestSchema: number,
  ) {}

  /** Boardwalk's backups by name alone, newest first: no file is opened. */
  entries(): ParsedBackupName[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map(parseBackupName)
      .filter((entry): entry is ParsedBackupName => entry !== null)
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
  }

  /** Every backup with its size and whether it can be restored, newest first. */
  list(): Backup[] {
    const backups: Backup[] = [];
    for (const entry of this.entries()) {
      const described = this.describe(entry);
      if (described) backups.push(described);
    }
    return backups;
  }

  /** A backup that can be restored, checked again now; otherwise a message saying why not. */
  requireUsable(name: string): Backup & { readonly file: string } {
    const entry = parseBackupName(name);
    const described = entry ? this.describe(entry, { fresh: true }) : null;
    if (!described) throw new AppError('NOT_FOUND', 'That backup is no longer in the backups folder. Choose one from the list.', ['name']);
    if (!described.usable) {
      throw new AppError('CONFLICT', `That backup cannot be restored: ${described.problem ?? 'it failed its check'}.`, ['name']);
    }
    return { ...described, file: path.join(this.dir, name) };
  }

  /** Takes a verified backup of a live database; never overwrites one (a name in use moves on a millisecond). */
  take(db: Database, label: BackupLabel, now: Date): Backup {
    fs.mkdirSync(this.dir, { recursive: true });
    let takenAt = now;
    while (fs.existsSync(path.join(this.dir, backupFileName(takenAt, label)))) takenAt = new Date(takenAt.getTime() + 1);
    const name = backupFileName(takenAt, label);
    const file = path.join(this.dir, name);
    const { userVersion } = writeVerifiedCopy(db, file);
    // Just verified: remembered, so listing it does not check it a second time.
    const stat = fs.statSync(file);
    this.verdicts.set(name, { size: stat.size, mtimeMs: stat.mtimeMs, verdict: this.verdictFor(userVersion) });
    const entry = parseBackupName(name);
    const described = entry ? this.describe(entry) : null;
    if (!described) throw new Error(`The backup ${name} was written but cannot be read back`);
    return described;
  }

  /** True when a backup with this label was taken on the same day as `now`, in `timeZone`. */
  hasOnDay(label: BackupLabel, now: Date, timeZone: string): boolean {
    const dayOf = localDay(timeZone);
    const today = dayOf(now);
    return this.entries().some((entry) => entry.label === label && dayOf(entry.takenAt) === today);
  }

  /** Deletes the backups the retention rules no longer keep, and any half-written leftovers. */
  prune(timeZone: string, policy?: RetentionPolicy): RetentionDecision {
    const decision = decideRetention(this.entries(), timeZone, policy);
    for (const name of decision.remove) {
      removeQuietly(path.join(this.dir, name));
      this.verdicts.delete(name);
    }
    // A `.partial` exists only while a backup is being written, which is never at the same time
    // as a prune (both run synchronously): any found now was left by a crash.
    try {
      for (const name of fs.readdirSync(this.dir)) {
        if (name.endsWith('.sqlite3.partial') && parseBackupName(name.slice(0, -'.partial'.length))) {
          fs.rmSync(path.join(this.dir, name), { force: true });
        }
      }
    } catch {
      // No folder, nothing left over.
    }
    return decision;
  }

  private describe(entry: ParsedBackupName, options: { fresh?: boolean } = {}): Backup | null {
    const file = path.join(this.dir, entry.name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return null;
    }
    if (!stat.isFile()) return null;
    const cached = this.verdicts.get(entry.name);
    let verdict: Verdict;
    if (!options.fresh && cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
      verdict = cached.verdict;
    } else {
      verdict = this.verify(file);
      this.verdicts.set(entry.name, { size: stat.size, mtimeMs: stat.mtimeMs, verdict });
    }
    return {
      name: entry.name,
      takenAt: entry.takenAt.toISOString(),
      kind: entry.kind,
      sizeBytes: stat.size,
      ...verdict,
    };
  }

  private verdictFor(schemaVersion: number): Verdict {
    if (schemaVersion > this.latestSchema) {
      return { usable: false, problem: 'it was made by a newer version of Boardwalk', schemaVersion };
    }
    return { usable: true, problem: null, schemaVersion };
  }

  private verify(file: string): Verdict {
    try {
      return this.verdictFor(inspectDatabaseFile(file, ANY_VERSION).userVersion);
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error;
      const problem =
        error.code === 'DB_NOT_A_DATABASE'
          ? 'it is not a Boardwalk database'
          : error.code === 'DB_UNREADABLE'
            ? 'it could not be read'
            : 'it is damaged (it fails SQLite’s integrity check)';
      return { usable: false, problem, schemaVersion: null };
    }
  }
}
