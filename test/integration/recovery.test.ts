import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/backups/backup';
import type { Result } from '../../shared/ipc/result';
import { backupDirFor, createCore } from '../../src-main/core/app-core';
import { SETTINGS_FILE } from '../../src-main/core/db/database-location';
import { startAppHost } from '../../src-main/core/recovery/app-host';
import type { AppHost } from '../../src-main/core/recovery/app-host';
import { makeTempDir, removeDir } from '../harness/temp-dir';

let dataDir: string;
let host: AppHost | null;
let quits: number;
const START = new Date('2026-11-21T09:00:00.000Z');
let clock: Date;

beforeEach(() => {
  clock = START;
  dataDir = makeTempDir();
  host = null;
  quits = 0;
});
afterEach(() => {
  host?.close();
  removeDir(dataDir);
});

const databaseFile = () => path.join(dataDir, 'boardwalk.sqlite3');
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function startHost(quitCloses = true): AppHost {
  host?.close();
  host = startAppHost({
    paths: { dataDir },
    version: 'test',
    now: () => clock,
    timeZone: 'Europe/London',
    quit: () => {
      quits += 1;
      return quitCloses;
    },
  });
  return host;
}

async function call<T = unknown>(channel: string, input: unknown = {}): Promise<Result<T>> {
  if (!host) throw new Error('no host');
  return (await host.dispatch(channel, input)) as Result<T>;
}

async function value<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** A database with an organisation in it and a backup of it, then its header wiped. */
async function damagedDatabaseWithBackup(): Promise<Backup> {
  const core = createCore({ paths: { dataDir }, version: 'test', now: () => clock });
  await core.call('organisation.create', { name: 'Leeds Teaching Hospitals NHS Trust', odsCode: 'RR8', type: 'nhs-trust' });
  const backup = await core.call('backup.create', {});
  core.close();
  if (!backup.ok) throw new Error(backup.error.message);
  const bytes = fs.readFileSync(databaseFile());
  bytes.fill(0, 0, 100);
  fs.writeFileSync(databaseFile(), bytes);
  return backup.value;
}

describe('the recovery core', () => {
  it('serves only recovery.* while the database cannot be opened, with the code and message', async () => {
    const backup = await damagedDatabaseWithBackup();
    startHost();
    expect(host?.state().mode).toBe('recovery');
    const status = await value<{ needed: boolean; code: string; message: string; file: string }>('recovery.status');
    expect(status).toMatchObject({ needed: true, code: 'DB_CORRUPT', file: databaseFile() });
    expect(status.message).toMatch(/^The beginning of this database has been wiped/);
    expect(await value('recovery.listBackups')).toEqual({ folder: backupDirFor({ dataDir }), backups: [backup] });
    expect(await call('organisation.list')).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Boardwalk could not open its database, so this cannot be done. Choose what to do on the recovery screen.',
        path: [],
        fields: [],
      },
    });
    expect(await call('backup.restore', { name: backup.name })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Input is still checked against the contract before anything runs.
    expect(await call('recovery.restore', { name: '../boardwalk.sqlite3' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['name'] } });
    expect(await call('no.such')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    // The shell's hourly backup check touches nothing while there is no database to back up.
    const files = fs.readdirSync(backupDirFor({ dataDir }));
    host?.takeDailyBackupIfDue();
    expect(fs.readdirSync(backupDirFor({ dataDir }))).toEqual(files);
  });

  it('restore a backup: a new database beside the old, remembered; the damaged file untouched', async () => {
    const backup = await damagedDatabaseWithBackup();
    const damaged = sha256(databaseFile());
    startHost();
    const recovered = await value<{ databaseFile: string }>('recovery.restore', { name: backup.name });
    expect(path.dirname(recovered.databaseFile)).toBe(dataDir);
    expect(path.basename(recovered.databaseFile)).toBe('boardwalk-2026-11-21T09-00-00-000Z.sqlite3');
    // The app now runs normally, on the backup's data.
    expect(host?.state().mode).toBe('normal');
    expect(await value('recovery.status')).toEqual({ needed: false });
    expect((await value<Array<{ name: string }>>('organisation.list')).map((o) => o.name)).toEqual(['Leeds Teaching Hospitals NHS Trust']);
    await value('organisation.create', { name: 'York', odsCode: '', type: 'other' });
    // Once recovered, the hourly check reaches the restored database: a new day's backup holds York.
    clock = new Date('2026-11-22T09:00:00.000Z');
    const before = new Set(fs.readdirSync(backupDirFor({ dataDir })));
    host?.takeDailyBackupIfDue();
    const taken = fs.readdirSync(backupDirFor({ dataDir })).filter((name) => !before.has(name));
    expect(taken).toEqual(['boardwalk-2026-11-22T09-00-00-000Z-daily.sqlite3']);
    expect(sha256(databaseFile())).toBe(damaged);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ databaseFile: 'boardwalk-2026-11-21T09-00-00-000Z.sqlite3' });
    // The next start opens the restored database, not the damaged one.
    startHost();
    expect(host?.state().mode).toBe('normal');
    expect((await value<Array<{ name: string }>>('organisation.list')).map((o) => o.name)).toEqual(['Leeds Teaching Hospitals NHS Trust', 'York']);
    expect(sha256(databaseFile())).toBe(damaged);
    // The backup used is still there.
    expect(fs.existsSync(path.join(backupDirFor({ dataDir }), backup.name))).toBe(true);
  });

  it('start a new database: empty, remembered, the old file untouched', async () => {
    await damagedDatabaseWithBackup();
    const damaged = sha256(databaseFile());
    startHost();
    const recovered = await value<{ databaseFile: string }>('recovery.startNew');
    expect(path.basename(recovered.databaseFile)).toMatch(/^boardwalk-2026-11-21T09-00-00-000Z\.sqlite3$/);
    expect(await value('organisation.list')).toEqual([]);
    await value('organisation.create', { name: 'Harrogate', odsCode: '', type: 'other' });
    startHost();
    expect((await value<Array<{ name: string }>>('organisation.list')).map((o) => o.name)).toEqual(['Harrogate']);
    expect(sha256(databaseFile())).toBe(damaged);
  });

  it('quit: asks the shell to close, and says whether it is closing', async () => {
    await damagedDatabaseWithBackup();
    startHost(true);
    expect(await value('recovery.quit')).toEqual({ closing: true });
    startHost(false);
    expect(await value('recovery.quit')).toEqual({ closing: false });
    expect(quits).toBe(2);
    host?.close();
    host = startAppHost({ paths: { dataDir }, version: 'test' });
    expect(await value('recovery.quit')).toEqual({ closing: false });
  });

  it('refuses a damaged backup and stays on the recovery screen, creating nothing', async () => {
    const backup = await damagedDatabaseWithBackup();
    const backupFile = path.join(backupDirFor({ dataDir }), backup.name);
    const bytes = fs.readFileSync(backupFile);
    bytes.fill(0, 0, 100);
    fs.writeFileSync(backupFile, bytes);
    startHost();
    expect((await value<{ backups: Backup[] }>('recovery.listBackups')).backups.map((b) => b.usable)).toEqual([false]);
    const listing = fs.readdirSync(dataDir).sort();
    expect(await call('recovery.restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'That backup cannot be restored: it is damaged (it fails SQLite’s integrity check).' },
    });
    expect(host?.state().mode).toBe('recovery');
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing);
  });

  it('a damaged settings file: recovery says so; starting anew keeps the damaged note beside', async () => {
    const core = createCore({ paths: { dataDir }, version: 'test', now: () => clock });
    core.close();
    fs.writeFileSync(path.join(dataDir, SETTINGS_FILE), '{"databaseFile": "../../etc/passwd"}');
    startHost();
    expect(await value('recovery.status')).toMatchObject({ needed: true, code: 'DB_SETTINGS_DAMAGED', file: path.join(dataDir, SETTINGS_FILE) });
    await value('recovery.startNew');
    expect(host?.state().mode).toBe('normal');
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('boardwalk-settings.damaged-'))).toHaveLength(1);
  });

  it('once the database is open, there is nothing to recover', async () => {
    startHost();
    expect(host?.state().mode).toBe('normal');
    expect(await value('recovery.status')).toEqual({ needed: false });
    for (const channel of ['recovery.listBackups', 'recovery.startNew', 'recovery.quit']) {
      expect(await call(channel)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Boardwalk opened your data normally: there is nothing to recover.' } });
    }
    expect(quits).toBe(0);
  });
});
