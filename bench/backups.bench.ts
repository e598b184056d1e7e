/**
 * Issue 7 (backups, strangers): what the checks and backups cost on a database of a given size.
 *
 * - `inspect`: the check every start makes before opening (header read, a private copy of the
 *   WAL-mode file, `quick_check` on the copy);
 * - `open`: openDatabase as a start does it (the check, then the pragmas; no migration due);
 * - `backup`: one verified backup (`VACUUM INTO` a .partial, `quick_check`, fsync, rename), as
 *   the daily backup on start and "Back up now" take it;
 * - `restore`: `backup.restore` through dispatch (the backup checked again and copied, a
 *   before-restore backup, the swap with the connection closed, the reopen with its check).
 *
 * The database is filled with organisations of long names to `--mb` megabytes (default 50, far
 * beyond a real Boardwalk database, which holds aggregates only); each step runs `--runs` times.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../src-main/core/app-core';
import { BackupFolder } from '../src-main/core/backups/backup-folder';
import { inspectDatabaseFile } from '../src-main/core/db/inspect-database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../src-main/core/db/migrations';
import { openDatabase } from '../src-main/core/db/open-database';
import type { Bench, BenchContext, Series } from './harness';
import { nsToUs, summarise } from './stats';

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return nsToUs(process.hrtime.bigint() - start) / 1000;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return nsToUs(process.hrtime.bigint() - start) / 1000;
}

function series(label: string, samples: readonly number[]): Series {
  return { label, unit: 'ms', summary: summarise(samples) };
}

export const bench: Bench = {
  name: 'backups',
  description: 'the check at open, a verified backup and a restore, on a database of --mb megabytes',
  run: async ({ option, log }: BenchContext) => {
    const megabytes = option('mb', 50);
    const runs = option('runs', 5);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boardwalk-bench-backups-'));
    try {
      let clock = new Date('2026-11-21T09:00:00.000Z');
      const tick = () => {
        clock = new Date(clock.getTime() + 60_000);
        return clock;
      };
      const core = createCore({ paths: { dataDir }, version: 'bench', now: () => clock });
      log(`filling the database to ${megabytes} MB…`);
      const insert = core.db.prepare(
        "INSERT INTO organisation (name, ods_code, type, created_at, updated_at) VALUES (?, NULL, 'other', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
      );
      let n = 0;
      while (fs.statSync(core.databasePath).size + fs.statSync(`${core.databasePath}-wal`).size < megabytes * 1024 * 1024) {
        core.db.transaction(() => {
          for (let i = 0; i < 5000; i += 1, n += 1) insert.run(`Organisation ${n} ${'of a board that meets in public '.repeat(5)}`);
        })();
      }
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      const databaseBytes = fs.statSync(core.databasePath).size;

      log('timing a verified backup…');
      const folder = new BackupFolder(path.join(dataDir, 'backups'), LATEST_SCHEMA_VERSION);
      const backup: number[] = [];
      let backupBytes = 0;
      for (let i = 0; i < runs; i += 1) {
        backup.push(
          time(() => {
            backupBytes = folder.take(core.db, 'manual', tick()).sizeBytes;
          }),
        );
      }
      log('timing restores…');
      const restore: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        // A fresh backup each time: retention may tidy away one restored several times over.
        const newest = folder.take(core.db, 'manual', tick());
        tick();
        restore.push(
          await timeAsync(async () => {
            const result = await core.call('backup.restore', { name: newest.name });
            if (!result.ok) throw new Error(result.error.message);
          }),
        );
      }
      core.close();

      log('timing the check and the open…');
      const inspect: number[] = [];
      const open: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        inspect.push(time(() => inspectDatabaseFile(core.databasePath, LATEST_SCHEMA_VERSION)));
        open.push(time(() => openDatabase(core.databasePath, { migrations: MIGRATIONS, backupDir: path.join(dataDir, 'backups') }).db.close()));
      }

      return {
        name: 'backups',
        description: `the check at open, a verified backup and a restore, on a ${(databaseBytes / 1048576).toFixed(1)} MB database`,
        parameters: { mb: megabytes, runs, rows: n, databaseBytes, backupBytes, folder: os.tmpdir() },
        series: {
          inspect: series('check at open (copy + quick_check)', inspect),
          open: series('openDatabase (check + pragmas)', open),
          backup: series('verified backup (VACUUM INTO + quick_check + fsync)', backup),
          restore: series('backup.restore through dispatch', restore),
        },
        derived: { databaseMB: databaseBytes / 1048576, backupMB: backupBytes / 1048576 },
        targets: [],
        notes: ['No target: issue 7 sets none for speed. Every figure includes fsyncs and reads of the whole file, so it mostly measures the disk.'],
      };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
