import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../src-main/core/app-core';
import { backupFileName } from '../../src-main/core/backups/backup-names';
import { expect, test } from '../harness/fixtures';
import { tabTo } from '../harness/keyboard';

async function organisationNames(core: Core): Promise<string[]> {
  const result = await core.call('organisation.list', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((o) => o.name);
}

const backupsDir = (core: Core) => path.join(path.dirname(core.databasePath), 'backups');

test('backups, by keyboard: opened from the organisations page, backed up now, and restored with a copy of what it replaced', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  await core.call('organisation.create', { name: 'Leeds Teaching Hospitals NHS Trust', odsCode: 'RR8', type: 'nhs-trust' });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'See your backups, back up now or restore one' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeFocused();
  await expect(page).toHaveTitle('Backups – Boardwalk');
  // A brand-new database has no backups yet.
  await expect(page.getByTestId('no-backups')).toBeVisible();
  await expect(page.getByText(`Backups are kept in ${backupsDir(core)}`)).toBeVisible();
  await checkA11y('the backups page with no backups');

  await tabTo(page, page.getByRole('button', { name: 'Back up now' }));
  await page.keyboard.press('Enter');
  const banner = page.getByRole('alert').filter({ hasText: 'Backup taken:' });
  await expect(banner).toBeFocused();
  await expect(banner).toContainText(/Backup taken: \d{1,2} \w+ 20\d\d at \d\d:\d\d, \d+(\.\d)? KB/);
  const rows = page.getByTestId('backup');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Backed up by you');
  await checkA11y('the backups page with a backup just taken');

  // The data changes after the backup.
  await core.call('organisation.rename', { id: 1, name: 'Leeds General' });
  await core.call('organisation.create', { name: 'York and Scarborough Teaching Hospitals NHS Foundation Trust', odsCode: 'RCB', type: 'nhs-foundation-trust' });
  expect(await organisationNames(core)).toEqual(['Leeds General', 'York and Scarborough Teaching Hospitals NHS Foundation Trust']);

  const when = (await rows.first().getByRole('rowheader').textContent()) ?? '';
  await tabTo(page, page.getByRole('link', { name: `Restore the backup of ${when}, backed up by you`, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Restore the backup of ${when}?` })).toBeFocused();
  await expect(page.getByText('Everything entered since then will be replaced by the data in this backup.')).toBeVisible();
  await checkA11y('the restore confirmation');
  await tabTo(page, page.getByRole('button', { name: 'Yes, restore this backup' }));
  await page.keyboard.press('Enter');

  // The window loads afresh on the backups page, with the confirmation.
  const restored = page.getByRole('alert').filter({ hasText: 'has been restored' });
  await expect(restored).toBeFocused();
  await expect(restored).toContainText(`The backup of ${when} has been restored. Your data as it was just before is kept as a backup (Before a restore,`);
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Before a restore');
  await checkA11y('the backups page after a restore');
  expect(await organisationNames(core)).toEqual(['Leeds Teaching Hospitals NHS Trust']);

  // The app runs on the restored data.
  await tabTo(page, page.getByRole('link', { name: 'Back to organisations' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeFocused();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Leeds Teaching Hospitals NHS Trust']);
});

test('a damaged backup is listed as one that cannot be restored, and its restore page says so', async ({ page, app, core, checkA11y }) => {
  const taken = await core.call('backup.create', {});
  if (!taken.ok) throw new Error(taken.error.message);
  const damaged = backupFileName(new Date('2026-01-05T10:00:00.000Z'), 'daily');
  fs.writeFileSync(path.join(backupsDir(core), damaged), Buffer.alloc(8192));

  await page.goto(`${app.url}#/backups`);
  const rows = page.getByTestId('backup');
  await expect(rows).toHaveCount(2);
  const bad = rows.filter({ hasText: '5 January 2026' });
  await expect(bad).toContainText('Cannot be restored: it is damaged (it fails SQLite’s integrity check)');
  await expect(bad.getByRole('link')).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Backed up by you' }).getByRole('link', { name: /^Restore the backup of / })).toBeVisible();
  await checkA11y('the backups page with a damaged backup');

  await page.goto(`${app.url}#/backups/${damaged}/restore`);
  await expect(page.getByText('This backup cannot be restored: it is damaged (it fails SQLite’s integrity check).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, restore this backup' })).toHaveCount(0);
  await checkA11y('the restore page of a damaged backup');

  await page.goto(`${app.url}#/backups/${backupFileName(new Date('2025-01-01T00:00:00.000Z'), 'manual')}/restore`);
  await expect(page.getByRole('heading', { level: 1, name: 'Backup not found' })).toBeVisible();
  await checkA11y('the restore page of a backup that is not there');
});

test('the recovery address, while the database is open, says there is nothing to recover', async ({ page, app, checkA11y }) => {
  await page.goto(`${app.url}#/recovery`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing to recover' })).toBeVisible();
  await checkA11y('nothing to recover');
});
