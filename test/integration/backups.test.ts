import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/backups/backup';
import { backupDirFor, createCore } from '../../src-main/core/app-core';
import type { Core } from '../../src-main/core/app-core';
import { finishVerifiedCopy } from '../../src-main/core/backups/backup-file';
import { BackupFolder } from '../../src-main/core/backups/backup-folder';
import { backupFileName } from '../../src-main/core/backups/backup-names';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src-main/core/db/migrations';
import { openDatabase } from '../../src-main/core/db/open-database';
import { contentHash } from '../harness/core';
import { makeTempDir, removeDir } from '../harness/temp-dir';

const LONDON = 'Europe/London';

let dataDir: string;
let clock: Date;
let core: Core | null;
let faults: unknown[];

beforeEach(() => {
  dataDir = makeTempDir();
  clock = new Date('2026-11-21T09:00:00.000Z');
  core = null;
  faults = [];
});
afterEach(() => {
  core?.close();
  removeDir(dataDir);
});

/** (Re)starts Boardwalk on the same data folder, as the user does each morning. */
function start(): Core {
  core?.close();
  core = createCore({
    paths: { dataDir },
    version: 'test',
    now: () => clock,
    timeZone: LONDON,
    onInternalError: (_channel, error) => faults.push(error),
  });
  return core;
}

async function value<T>(pending: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function organisationNames(c: Core): Promise<string[]> {
  return (await value(c.call('organisation.list', {}))).map((o) => o.name);
}

function backupFiles(): string[] {
  const dir = backupDirFor({ dataDir });
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function namesIn(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM organisation ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  } finally {
    db.close();
  }
}

/** Overwrites the cell pointers of a table page of a database file (a quiet kind of damage). */
function damageTablePage(file: string): void {
  const db = new BetterSqlite3(file, { readonly: true });
  const page = (db.prepare("SELECT pageno FROM dbstat WHERE name = 'resource' AND pagetype = 'leaf' ORDER BY pageno").get() as { pageno: number }).pageno;
  db.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xff, (page - 1) * 4096 + 8, (page - 1) * 4096 + 24);
  fs.writeFileSync(file, bytes);
}

describe('backups', () => {
  it('round trip: make data, back up, change it, restore; the data is as at the backup, and the before-restore copy holds the changes', async () => {
    let c = start();
    await value(c.call('organisation.create', { name: 'Airedale NHS Foundation Trust', odsCode: 'RCF', type: 'nhs-foundation-trust' }));
    await value(c.call('organisation.create', { name: 'Leeds Teaching Hospitals NHS Trust', odsCode: 'RR8', type: 'nhs-trust' }));
    const atBackup = contentHash(c.db);

    clock = new Date('2026-11-21T10:00:00.000Z');
    const taken = await value(c.call('backup.create', {}));
    expect(taken).toMatchObject({ kind: 'manual', takenAt: '2026-11-21T10:00:00.000Z', usable: true, problem: null, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(taken.sizeBytes).toBe(fs.statSync(path.join(backupDirFor({ dataDir }), taken.name)).size);

    clock = new Date('2026-11-21T11:00:00.000Z');
    await value(c.call('organisation.rename', { id: 1, name: 'Airedale General' }));
    await value(c.call('organisation.delete', { id: 2 }));
    await value(c.call('organisation.create', { name: 'York and Scarborough Teaching Hospitals NHS Foundation Trust', odsCode: 'RCB', type: 'nhs-foundation-trust' }));
    const changed = contentHash(c.db);
    expect(changed).not.toBe(atBackup);

    clock = new Date('2026-11-21T12:00:00.000Z');
    const oldConnection = c.db;
    const result = await value(c.call('backup.restore', { name: taken.name }));
    expect(result.restored).toEqual(taken);
    expect(result.beforeRestore).toMatchObject({ kind: 'before-restore', takenAt: '2026-11-21T12:00:00.000Z', usable: true });

    // The app runs on the restored data: a new connection, the same content as at the backup.
    expect(oldConnection.open).toBe(false);
    expect(c.db).not.toBe(oldConnection);
    expect(contentHash(c.db)).toBe(atBackup);
    expect(await organisationNames(c)).toEqual(['Airedale NHS Foundation Trust', 'Leeds Teaching Hospitals NHS Trust']);
    // The copy of what was replaced holds the changes.
    const beforeRestoreFile = path.join(backupDirFor({ dataDir }), result.beforeRestore.name);
    expect(namesIn(beforeRestoreFile)).toEqual(['Airedale General', 'York and Scarborough Teaching Hospitals NHS Foundation Trust']);
    // The restored database takes writes, which survive a restart.
    await value(c.call('organisation.create', { name: 'Harrogate and District NHS Foundation Trust', odsCode: 'RCD', type: 'nhs-foundation-trust' }));
    c = start();
    expect(await organisationNames(c)).toEqual([
      'Airedale NHS Foundation Trust',
      'Harrogate and District NHS Foundation Trust',
      'Leeds Teaching Hospitals NHS Trust',
    ]);
    expect(c.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(c.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // And the restore can itself be undone from the before-restore copy.
    await value(c.call('backup.restore', { name: result.beforeRestore.name }));
    expect(contentHash(c.db)).toBe(changed);
    expect(faults).toEqual([]);
  });

  it('takes a backup through SQLite, so changes still in the WAL are in it', async () => {
    const c = start();
    c.db.pragma('wal_autocheckpoint = 0');
    await value(c.call('organisation.create', { name: 'Only in the WAL', odsCode: '', type: 'other' }));
    expect(fs.statSync(`${c.databasePath}-wal`).size).toBeGreaterThan(4096);
    const taken = await value(c.call('backup.create', {}));
    expect(namesIn(path.join(backupDirFor({ dataDir }), taken.name))).toEqual(['Only in the WAL']);
    // Backups are plain rollback-mode files: opening one read-only writes nothing beside it.
    expect(fs.readFileSync(path.join(backupDirFor({ dataDir }), taken.name)).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    expect(backupFiles()).toEqual([taken.name]);
  });

  it('backs up automatically on start at most once a day (the user’s day), and not a brand-new database', async () => {
    await value(start().call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    expect(backupFiles()).toEqual([]);
    clock = new Date('2026-11-21T09:05:00.000Z');
    start();
    expect(backupFiles()).toEqual([backupFileName(clock, 'daily')]);
    expect(namesIn(path.join(backupDirFor({ dataDir }), backupFileName(clock, 'daily')))).toEqual(['Leeds']);
    clock = new Date('2026-11-21T18:00:00.000Z');
    start();
    start();
    expect(backupFiles()).toHaveLength(1);
    // 00:30 in London the next day (GMT in November, so also 00:30 UTC): a new day.
    clock = new Date('2026-11-22T00:30:00.000Z');
    start();
    expect(backupFiles()).toEqual([backupFileName(new Date('2026-11-21T09:05:00.000Z'), 'daily'), backupFileName(clock, 'daily')]);
  });

  it('takes the next day’s backup in an app left open, when the shell asks (hourly), and only once a day', async () => {
    await value(start().call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    clock = new Date('2026-11-21T09:05:00.000Z');
    const open = start();
    expect(backupFiles()).toEqual([backupFileName(clock, 'daily')]);
    clock = new Date('2026-11-21T23:05:00.000Z');
    open.takeDailyBackupIfDue();
    expect(backupFiles()).toHaveLength(1);
    await value(open.call('organisation.create', { name: 'York', odsCode: '', type: 'other' }));
    // Past midnight, the same core still running: the new day's backup holds the day's work.
    clock = new Date('2026-11-22T00:05:00.000Z');
    open.takeDailyBackupIfDue();
    open.takeDailyBackupIfDue();
    expect(backupFiles()).toEqual([backupFileName(new Date('2026-11-21T09:05:00.000Z'), 'daily'), backupFileName(clock, 'daily')]);
    expect(namesIn(path.join(backupDirFor({ dataDir }), backupFileName(clock, 'daily')))).toEqual(['Leeds', 'York']);
    expect(faults).toEqual([]);
  });

  it('reports a daily backup that fails, and carries on', async () => {
    await value(start().call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    const open = start();
    // A file where the backups folder should be: the backup cannot be written.
    fs.rmSync(backupDirFor({ dataDir }), { recursive: true, force: true });
    fs.writeFileSync(backupDirFor({ dataDir }), 'not a folder');
    clock = new Date('2026-11-23T09:00:00.000Z');
    expect(() => open.takeDailyBackupIfDue()).not.toThrow();
    expect(faults).toHaveLength(1);
    expect(await value(open.call('organisation.list', {}))).toHaveLength(1);
  });

  it('counts the day in the user’s time zone: 23:30 UTC on 29 March is already 30 March in London', async () => {
    clock = new Date('2026-03-29T07:00:00.000Z');
    await value(start().call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    clock = new Date('2026-03-29T08:00:00.000Z');
    start();
    clock = new Date('2026-03-29T23:30:00.000Z');
    start();
    expect(backupFiles()).toEqual([
      backupFileName(new Date('2026-03-29T08:00:00.000Z'), 'daily'),
      backupFileName(new Date('2026-03-29T23:30:00.000Z'), 'daily'),
    ]);
  });

  it('keeps a rolling set over weeks of daily use: the last 7 days and 4 weeks, never another file', async () => {
    await value(start().call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    fs.mkdirSync(backupDirFor({ dataDir }), { recursive: true });
    fs.writeFileSync(path.join(backupDirFor({ dataDir }), 'notes from IT.txt'), 'kept');
    // Started every morning for 40 days from Monday 2 November 2026, with a "Back up now" each evening.
    for (let day = 0; day < 40; day += 1) {
      clock = new Date(Date.UTC(2026, 10, 2 + day, 8));
      const c = start();
      clock = new Date(Date.UTC(2026, 10, 2 + day, 17));
      await value(c.call('backup.create', {}));
    }
    const listed = await value(core!.call('backup.list', {}));
    expect(listed.folder).toBe(backupDirFor({ dataDir }));
    expect(listed.backups.every((b) => b.usable)).toBe(true);
    const days = [...new Set(listed.backups.map((b) => b.takenAt.slice(0, 10)))];
    // The last 7 days (to Friday 11 December), then the newest of each earlier week.
    expect(days).toEqual(['2026-12-11', '2026-12-10', '2026-12-09', '2026-12-08', '2026-12-07', '2026-12-06', '2026-12-05', '2026-11-29', '2026-11-22']);
    expect(listed.backups.length).toBeLessThanOrEqual(16);
    expect(backupFiles()).toContain('notes from IT.txt');
    expect(backupFiles().filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('lists a backup that fails its integrity check as not usable, and refuses to restore it, changing nothing', async () => {
    const c = start();
    await value(c.call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    const good = await value(c.call('backup.create', {}));
    clock = new Date('2026-11-21T10:00:00.000Z');
    const bad = await value(c.call('backup.create', {}));
    damageTablePage(path.join(backupDirFor({ dataDir }), bad.name));
    const listed = await value(c.call('backup.list', {}));
    expect(listed.backups.map((b) => [b.name, b.usable, b.problem])).toEqual([
      [bad.name, false, 'it is damaged (it fails SQLite’s integrity check)'],
      [good.name, true, null],
    ]);
    const before = contentHash(c.db);
    const refused = await c.call('backup.restore', { name: bad.name });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'That backup cannot be restored: it is damaged (it fails SQLite’s integrity check).',
        path: ['name'],
        fields: [{ path: ['name'], message: 'That backup cannot be restored: it is damaged (it fails SQLite’s integrity check).' }],
      },
    });
    expect(contentHash(c.db)).toBe(before);
    // No before-restore copy was taken for a restore that never started.
    expect(listed.backups.some((b) => b.kind === 'before-restore')).toBe(false);
    expect((await value(c.call('backup.list', {}))).backups).toHaveLength(2);
  });

  it('a backup that fails its check as it is written is deleted, never listed', async () => {
    const c = start();
    await value(c.call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    const dir = backupDirFor({ dataDir });
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, backupFileName(clock, 'manual'));
    // A copy that was damaged on its way to the disk.
    c.db.prepare('VACUUM INTO ?').run(`${target}.partial`);
    damageTablePage(`${target}.partial`);
    expect(() => finishVerifiedCopy(`${target}.partial`, target)).toThrow(/integrity check/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await value(c.call('backup.list', {}))).backups).toEqual([]);
  });

  it('lists a file from a newer Boardwalk, or not a database at all, as not usable', async () => {
    const c = start();
    const dir = backupDirFor({ dataDir });
    fs.mkdirSync(dir, { recursive: true });
    const newer = path.join(dir, backupFileName(new Date('2026-11-20T09:00:00.000Z'), 'manual'));
    c.db.prepare('VACUUM INTO ?').run(newer);
    const db = new BetterSqlite3(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    fs.writeFileSync(path.join(dir, backupFileName(new Date('2026-11-19T09:00:00.000Z'), 'manual')), 'not a database at all');
    const listed = await value(c.call('backup.list', {}));
    expect(listed.backups.map((b: Backup) => [b.usable, b.problem, b.schemaVersion])).toEqual([
      [false, 'it was made by a newer version of Boardwalk', LATEST_SCHEMA_VERSION + 1],
      [false, 'it is not a Boardwalk database', null],
    ]);
  });

  it('restores an older backup and brings it up to date, keeping a copy from before the update', async () => {
    // A database as Boardwalk's schema 3 left it, with an organisation in it.
    const old = path.join(makeTempDir(), 'old.sqlite3');
    const opened = openDatabase(old, { migrations: MIGRATIONS.slice(0, 3), backupDir: path.dirname(old) });
    opened.db.prepare("INSERT INTO organisation (name, ods_code, type, created_at, updated_at) VALUES ('From schema 3', NULL, 'other', '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')").run();
    const c = start();
    const dir = backupDirFor({ dataDir });
    fs.mkdirSync(dir, { recursive: true });
    const name = backupFileName(new Date('2026-01-01T09:00:00.000Z'), 'manual');
    opened.db.prepare('VACUUM INTO ?').run(path.join(dir, name));
    opened.db.close();
    removeDir(path.dirname(old));

    expect((await value(c.call('backup.list', {}))).backups[0]).toMatchObject({ name, usable: true, schemaVersion: 3 });
    await value(c.call('backup.restore', { name }));
    expect(c.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(await organisationNames(c)).toEqual(['From schema 3']);
    const kinds = (await value(c.call('backup.list', {}))).backups.map((b) => [b.kind, b.schemaVersion]);
    expect(kinds).toContainEqual(['before-migration', 3]);
    expect(kinds).toContainEqual(['before-restore', LATEST_SCHEMA_VERSION]);
  });

  it('puts the data back when a restored backup cannot be opened (here: a broken key that stops its update)', async () => {
    // A schema-3 backup that passes quick_check (which does not look at foreign keys) but holds a
    // board member of an organisation that does not exist: migration 4 refuses to leave a broken key.
    const old = path.join(makeTempDir(), 'old.sqlite3');
    const opened = openDatabase(old, { migrations: MIGRATIONS.slice(0, 3), backupDir: path.dirname(old) });
    opened.db.pragma('foreign_keys = OFF');
    opened.db
      .prepare(
        "INSERT INTO board_member (organisation_id, name, role, voting, executive, independent, background, registered, created_at, updated_at) VALUES (999, 'Nobody', 'chair', 1, 0, 1, 'non-clinical', 0, 'x', 'x')",
      )
      .run();
    const c = start();
    await value(c.call('organisation.create', { name: 'Now', odsCode: '', type: 'other' }));
    const before = contentHash(c.db);
    const dir = backupDirFor({ dataDir });
    fs.mkdirSync(dir, { recursive: true });
    const name = backupFileName(new Date('2026-01-01T09:00:00.000Z'), 'manual');
    opened.db.prepare('VACUUM INTO ?').run(path.join(dir, name));
    opened.db.close();
    removeDir(path.dirname(old));

    const refused = await c.call('backup.restore', { name });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'That backup could not be opened after it was restored, so your data has been put back as it was.' },
    });
    expect(contentHash(c.db)).toBe(before);
    await value(c.call('organisation.create', { name: 'After', odsCode: '', type: 'other' }));
    expect(await organisationNames(c)).toEqual(['After', 'Now']);
    expect(fs.existsSync(`${c.databasePath}.restoring`)).toBe(false);
  });

  it('will not restore while another program has the database open, and leaves the data as it was', async () => {
    const c = start();
    await value(c.call('organisation.create', { name: 'Leeds', odsCode: '', type: 'other' }));
    const taken = await value(c.call('backup.create', {}));
    await value(c.call('organisation.create', { name: 'York', odsCode: '', type: 'other' }));
    const other = new BetterSqlite3(c.databasePath);
    try {
      other.prepare('SELECT count(*) FROM organisation').get();
      const before = contentHash(c.db);
      const refused = await c.call('backup.restore', { name: taken.name });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/^Another program has Boardwalk’s database open/);
      // The core opened the database again and carries on.
      expect(contentHash(c.db)).toBe(before);
      await value(c.call('organisation.create', { name: 'Harrogate', odsCode: '', type: 'other' }));
      expect(await organisationNames(c)).toEqual(['Harrogate', 'Leeds', 'York']);
    } finally {
      other.close();
    }
  });

  it('refuses names that are not backups, before touching anything', async () => {
    const c = start();
    for (const name of ['../boardwalk.sqlite3', 'boardwalk.sqlite3', '/etc/passwd', 'boardwalk-2026-11-21T09-00-00-000Z-manual.sqlite3/..']) {
      const refused = await c.call('backup.restore', { name });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['name'], message: 'Choose a backup from the list' } });
    }
    const missing = await c.call('backup.restore', { name: backupFileName(clock, 'manual') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['name'] } });
    expect(backupFiles()).toEqual([]);
  });

  it('BackupFolder ignores half-written leftovers when listing, and prune removes them', () => {
    const dir = backupDirFor({ dataDir });
    fs.mkdirSync(dir, { recursive: true });
    const leftover = `${backupFileName(clock, 'daily')}.partial`;
    fs.writeFileSync(path.join(dir, leftover), 'half');
    const folder = new BackupFolder(dir, LATEST_SCHEMA_VERSION);
    expect(folder.list()).toEqual([]);
    folder.prune(LONDON);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
