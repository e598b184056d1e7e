import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../../src-main/core/app-core';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { expect, test } from '../harness/fixtures';
import { tabTo } from '../harness/keyboard';

/**
 * The recovery screen, in the browser as the desktop shows it: the shell's host starts the
 * recovery core when the database cannot be opened. Each choice is made by keyboard, with axe
 * at each state, and the file that could not be opened is checked byte for byte afterwards.
 */

const DATABASE = 'boardwalk.sqlite3';
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A database with an organisation and a backup taken at a known time. */
async function databaseWithBackup(dataDir: string): Promise<void> {
  const core = createCore({ paths: { dataDir }, version: 'test', now: () => new Date('2026-11-20T17:00:00.000Z') });
  await core.call('organisation.create', { name: 'Leeds Teaching Hospitals NHS Trust', odsCode: 'RR8', type: 'nhs-trust' });
  await core.call('backup.create', {});
  core.close();
}

function zeroHeader(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes.fill(0, 0, 100);
  fs.writeFileSync(file, bytes);
}

/** The planted file's digest, by data folder, taken before the app starts. */
const planted = new Map<string, string>();

test.describe('a database whose header was wiped, with a backup', () => {
  test.use({
    dataSetup: {
      plant: async (dataDir) => {
        await databaseWithBackup(dataDir);
        zeroHeader(path.join(dataDir, DATABASE));
        planted.set(dataDir, sha256(path.join(dataDir, DATABASE)));
      },
    },
  });

  test('restore a backup, by keyboard: the app opens on the backup’s data; the damaged file is untouched', async ({
    page,
    hostApp,
    host,
    hostDataDir,
    checkA11y,
  }) => {
    await page.goto(hostApp.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Boardwalk’s data file is damaged' })).toBeVisible();
    await expect(page).toHaveTitle('Boardwalk’s data file is damaged – Boardwalk');
    await expect(page.getByTestId('recovery-message')).toHaveText(/^The beginning of this database has been wiped: its first 100 bytes/);
    await expect(page.getByTestId('recovery-file')).toHaveText(path.join(hostDataDir, DATABASE));
    const rows = page.getByTestId('backup');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('20 November 2026 at 17:00');
    await expect(rows.first()).toContainText('Backed up by you');
    await checkA11y('the recovery screen with a backup');

    await tabTo(page, page.getByRole('button', { name: 'Restore the backup of 20 November 2026 at 17:00, backed up by you', exact: true }), 30);
    await page.keyboard.press('Enter');
    const banner = page.getByRole('alert').filter({ hasText: 'Your data has been restored from the backup.' });
    await expect(banner).toBeFocused();
    await expect(banner).toContainText(new RegExp(`Boardwalk now keeps your data in ${hostDataDir}/boardwalk-[0-9TZ-]+\\.sqlite3\\.`));
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Leeds Teaching Hospitals NHS Trust']);
    await checkA11y('the organisations page after restoring from the recovery screen');
    expect(host.state().mode).toBe('normal');
    expect(sha256(path.join(hostDataDir, DATABASE))).toBe(planted.get(hostDataDir));
  });

  test('a backup that is damaged by the time it is chosen is refused with a message, and the screen stays', async ({
    page,
    hostApp,
    host,
    hostDataDir,
    checkA11y,
  }) => {
    await page.goto(hostApp.url);
    const restore = page.getByRole('button', { name: 'Restore the backup of 20 November 2026 at 17:00, backed up by you', exact: true });
    await expect(restore).toBeVisible();
    const backups = path.join(hostDataDir, 'backups');
    for (const name of fs.readdirSync(backups)) zeroHeader(path.join(backups, name));
    await tabTo(page, restore, 30);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText('That backup cannot be restored: it is damaged (it fails SQLite’s integrity check).');
    await expect(page.getByRole('heading', { level: 1, name: 'Boardwalk’s data file is damaged' })).toBeVisible();
    await checkA11y('the recovery screen with a refused restore');
    expect(host.state().mode).toBe('recovery');
    expect(sha256(path.join(hostDataDir, DATABASE))).toBe(planted.get(hostDataDir));
  });
});

test.describe('a database from a newer Boardwalk', () => {
  test.use({
    dataSetup: {
      plant: (dataDir) => {
        const file = path.join(dataDir, DATABASE);
        createCore({ paths: { dataDir }, version: 'test' }).close();
        const db = new BetterSqlite3(file);
        db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 2}`);
        db.close();
        planted.set(dataDir, sha256(file));
      },
    },
  });

  test('start a new database, by keyboard: an empty app; the newer file is untouched', async ({ page, hostApp, host, hostDataDir, checkA11y }) => {
    await page.goto(hostApp.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Your data was saved by a newer version of Boardwalk' })).toBeVisible();
    await expect(page.getByTestId('recovery-message')).toHaveText(
      `This database was written by a newer version of Boardwalk (schema ${LATEST_SCHEMA_VERSION + 2}; this version understands up to ${LATEST_SCHEMA_VERSION}). Update Boardwalk to open it. The file has not been changed.`,
    );
    await expect(page.getByTestId('no-backups')).toHaveText(`There are no backups in ${path.join(hostDataDir, 'backups')}.`);
    await checkA11y('the recovery screen with no backups');

    await tabTo(page, page.getByRole('button', { name: 'Start a new database' }), 30);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'A new, empty database has been started.' })).toBeFocused();
    await expect(page.getByTestId('no-organisations')).toBeVisible();
    await checkA11y('the organisations page of a new database');
    expect(host.state().mode).toBe('normal');
    expect(sha256(path.join(hostDataDir, DATABASE))).toBe(planted.get(hostDataDir));
    expect(fs.readdirSync(hostDataDir).filter((name) => /^boardwalk-.+\.sqlite3$/.test(name))).toHaveLength(1);
  });
});

test.describe('a file that is not a database', () => {
  test.use({
    dataSetup: {
      plant: (dataDir) => {
        const file = path.join(dataDir, DATABASE);
        fs.writeFileSync(file, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(4000)]));
        planted.set(dataDir, sha256(file));
      },
    },
  });

  test('quit, by keyboard: the shell is told, and nothing changes', async ({ page, hostApp, hostDataDir, quitRequests, checkA11y }) => {
    await page.goto(hostApp.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Boardwalk’s data file is not a Boardwalk database' })).toBeVisible();
    await expect(page.getByTestId('recovery-message')).toHaveText(/^This file is not a Boardwalk database: it looks like a PNG image\./);
    await tabTo(page, page.getByRole('button', { name: 'Quit Boardwalk' }), 30);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'You chose to quit' })).toBeFocused();
    await expect(page.getByTestId('quit-not-closing')).toBeVisible();
    await checkA11y('after choosing to quit');
    expect(quitRequests.count).toBe(1);
    expect(sha256(path.join(hostDataDir, DATABASE))).toBe(planted.get(hostDataDir));
    expect(fs.readdirSync(hostDataDir)).toEqual([DATABASE]);
  });

  test('every other request is refused while the recovery screen shows, and any address shows it', async ({ page, hostApp }) => {
    await page.goto(`${hostApp.url}#/organisations/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'Boardwalk’s data file is not a Boardwalk database' })).toBeVisible();
    const refused = await page.evaluate(async () => {
      const api = (window as unknown as { api: { organisation: { list: () => Promise<unknown> } } }).api;
      return api.organisation.list();
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
