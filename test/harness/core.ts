import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { createCore } from '../../src-main/core/app-core';
import type { Core, CoreOptions } from '../../src-main/core/app-core';
import { makeTempDir, removeDir } from './temp-dir';

export type TestCore = Core & { readonly dataDir: string; readonly dispose: () => void };

/** A real core over a real database file in a fresh temporary folder. */
export function createTestCore(now?: () => Date, extra: Partial<Omit<CoreOptions, 'paths' | 'version' | 'now'>> = {}): TestCore {
  const dataDir = makeTempDir();
  const core = createCore({ ...extra, paths: { dataDir }, version: 'test', ...(now ? { now } : {}) });
  return {
    dispatch: core.dispatch,
    call: core.call,
    // A getter, not a copy: a restore replaces the connection.
    get db() {
      return core.db;
    },
    databasePath: core.databasePath,
    takeDailyBackupIfDue: core.takeDailyBackupIfDue,
    close: core.close,
    dataDir,
    dispose: () => {
      core.close();
      removeDir(dataDir);
    },
  };
}

/**
 * A digest of everything stored: every row of every table, in a fixed order, plus the schema
 * version. Equal before and after a call means the call changed nothing.
 */
export function contentHash(db: Database): string {
  const hash = crypto.createHash('sha256');
  hash.update(String(db.pragma('user_version', { simple: true })));
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string; sql: string }>;
  for (const table of tables) {
    hash.update(table.sql);
    // Sorted as text rather than by rowid, which WITHOUT ROWID tables do not have.
    const rows = db.prepare(`SELECT * FROM "${table.name}"`).all().map((row) => JSON.stringify(row)).sort();
    for (const row of rows) hash.update(row);
  }
  return hash.digest('hex');
}
