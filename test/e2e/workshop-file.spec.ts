import fs from 'node:fs';
import path from 'node:path';
import type { WorkshopFile } from '../../shared/workshop-file/format';
import { contentHash } from '../harness/core';
import { expect, test } from '../harness/fixtures';
import { tabTo } from '../harness/keyboard';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { seedRichOrganisation } from '../harness/workshop-file-data';

const NAME = 'Northshire Hospitals NHS Trust';

let outDir: string;
test.beforeEach(() => {
  outDir = makeTempDir('boardwalk-workshop-file-e2e-');
});
test.afterEach(() => {
  removeDir(outDir);
});

test('a workshop file is exported from the organisation’s page and imported as a new organisation and in place of it, by keyboard', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const { organisationId } = await seedRichOrganisation(core);
  const target = path.join(outDir, 'northshire.boardwalk');

  // Export, from the organisation's page.
  await page.goto(`${app.url}#/organisations/${organisationId}`);
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Export workshop file' }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `${NAME} Export a workshop file` })).toBeFocused();
  await expect(page).toHaveTitle('Export a workshop file – Boardwalk');
  await checkA11y('export a workshop file');

  fileChooser.willSaveTo(target);
  await tabTo(page, page.getByRole('button', { name: 'Export workshop file' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Saved northshire.boardwalk' })).toBeFocused();
  expect(fileChooser.suggestedNames).toEqual([expect.stringMatching(/^Northshire Hospitals NHS Trust \d{4}-\d{2}-\d{2}\.boardwalk$/)]);
  const written = JSON.parse(fs.readFileSync(target, 'utf8')) as WorkshopFile;
  expect(written).toMatchObject({ format: 'boardwalk-workshop-file', formatVersion: 1, organisation: { name: NAME } });
  await checkA11y('workshop file exported');

  // A workshop added after the export: replacing must take it away again.
  await core.call('workshop.create', {
    organisationId,
    title: 'Added after the export',
    date: '2027-01-14',
    facilitator: '',
    participants: { boardMemberIds: [], guests: [] },
  });

  // Import as a new organisation, from the organisations page.
  await page.goto(`${app.url}#/organisations`);
  await tabTo(page, page.getByRole('link', { name: 'Import a workshop file' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a workshop file' })).toBeFocused();
  await checkA11y('import a workshop file');

  fileChooser.willChoose(target);
  await tabTo(page, page.getByRole('button', { name: 'Choose a workshop file' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Import ${NAME}` })).toBeFocused();
  await expect(page.getByTestId('file-contents')).toHaveText(
    '9 board members, 2 workshops (10 questions rated, 4 agreed priorities and 4 actions), 2 workforce snapshots and 2 development offers',
  );
  await expect(page.getByTestId('file-match')).toHaveText(
    `Information: ${NAME} is already here, with the same name and ODS code (RXN). It has 9 board members, 3 workshops and 2 workforce snapshots.`,
  );
  await checkA11y('what the file holds');

  // Continuing without a choice names the problem.
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Choose whether to import it as a new organisation or to replace the one already here']);
  await expect(page).toHaveTitle(`Error: Import ${NAME} – Boardwalk`);
  await checkA11y('what the file holds, with an error');

  await tabTo(page, summary.getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('As a new organisation')).toBeFocused();
  await page.keyboard.press('Space');
  const nameField = page.getByLabel('Name for the new organisation');
  await expect(nameField).toHaveValue(/^Northshire Hospitals NHS Trust \(imported \d{1,2} [A-Z][a-z]{2} \d{4}\)$/);
  await expect(page.getByTestId('ods-code-note')).toContainText('without an ODS code');
  await checkA11y('importing as a new organisation');
  // A name that is taken is refused at the field, and nothing is imported.
  const before = contentHash(core.db);
  await tabTo(page, nameField);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(NAME.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(summary.getByRole('link')).toHaveText([`An organisation called ${NAME} already exists. Give the imported organisation another name.`]);
  expect(contentHash(core.db)).toBe(before);
  await checkA11y('a name that is taken');
  await tabTo(page, nameField);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Northshire (copy from Ruth)');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert').filter({ hasText: 'Northshire (copy from Ruth) has been imported' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop file imported' })).toBeVisible();
  await checkA11y('imported as a new organisation');
  await tabTo(page, page.getByRole('link', { name: 'Open Northshire (copy from Ruth)' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Northshire (copy from Ruth)' })).toBeVisible();
  await expect(page.getByTestId('organisation-facts')).toHaveText('NHS trust, No ODS code');
  await expect(page.getByTestId('board-table').locator('tbody tr')).toHaveCount(9);
  await expect(page.getByTestId('workshops-table').locator('tbody tr')).toHaveCount(2);

  // Replace the original, after the confirmation page.
  await page.goto(`${app.url}#/workshop-file/import`);
  fileChooser.willChoose(target);
  await tabTo(page, page.getByRole('button', { name: 'Choose a workshop file' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Import ${NAME}` })).toBeFocused();
  await tabTo(page, page.getByLabel('As a new organisation'), 40);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(`Replace ${NAME} with the file’s copy`)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Replace ${NAME}?` })).toBeFocused();
  await expect(page.getByTestId('replace-warning')).toContainText('Its 9 board members, 3 workshops and 2 workforce snapshots on this computer are replaced');
  await checkA11y('confirm replacing');

  // "No, go back" changes nothing; then replace for real.
  const beforeReplace = contentHash(core.db);
  await tabTo(page, page.getByRole('button', { name: 'No, go back' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Import ${NAME}` })).toBeFocused();
  expect(contentHash(core.db)).toBe(beforeReplace);
  await tabTo(page, page.getByRole('button', { name: 'Continue' }), 40);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: `Yes, replace ${NAME}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `${NAME} has been replaced by the file’s copy` })).toBeFocused();
  await checkA11y('replaced');
  await tabTo(page, page.getByRole('link', { name: `Open ${NAME}` }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/organisations/${organisationId}$`));
  await expect(page.getByTestId('workshops-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByText('Added after the export')).toHaveCount(0);
});

test('a bad file is refused with its problem named, and a newer format with its own message; nothing changes', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const { organisationId } = await seedRichOrganisation(core);
  const good = path.join(outDir, 'good.boardwalk');
  fileChooser.willSaveTo(good);
  const exported = await core.call('workshopFile.export', { organisationId });
  expect(exported).toMatchObject({ ok: true, value: { saved: true } });
  const file = JSON.parse(fs.readFileSync(good, 'utf8')) as WorkshopFile;

  const rating = file.workshops[1]?.individualRatings[2];
  if (!rating) throw new Error('no rating');
  rating.rating = 7;
  const action = file.workshops[0]?.actions[0];
  if (!action) throw new Error('no action');
  action.ownerId = 99;
  const bad = path.join(outDir, 'edited by hand.boardwalk');
  fs.writeFileSync(bad, JSON.stringify(file, null, 2));
  const newer = path.join(outDir, 'from the future.boardwalk');
  fs.writeFileSync(newer, JSON.stringify({ ...file, formatVersion: 2 }));
  const before = contentHash(core.db);

  await page.goto(`${app.url}#/workshop-file/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Import a workshop file' })).toBeVisible();
  fileChooser.willChoose(bad);
  await tabTo(page, page.getByRole('button', { name: 'Choose a workshop file' }));
  await page.keyboard.press('Enter');
  const refused = page.getByTestId('file-refused');
  await expect(refused).toBeFocused();
  await expect(refused.getByRole('heading')).toHaveText('edited by hand.boardwalk cannot be imported');
  // The schema's problems come first; references are checked once the values are well formed.
  await expect(page.getByTestId('file-problem')).toHaveText(['workshops[1].individualRatings[2].rating: must be 1 to 5']);
  await expect(refused).toContainText('Nothing was imported.');
  await expect(page).toHaveTitle('Error: Import a workshop file – Boardwalk');
  await checkA11y('a bad file refused');
  expect(contentHash(core.db)).toBe(before);

  rating.rating = 4;
  fs.writeFileSync(bad, JSON.stringify(file, null, 2));
  fileChooser.willChoose(bad);
  await tabTo(page, page.getByRole('button', { name: 'Choose another file' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('file-problem')).toHaveText(['workshops[0].actions[0].ownerId: there is no board member with id 99 in the file']);

  fileChooser.willChoose(newer);
  await tabTo(page, page.getByRole('button', { name: 'Choose another file' }));
  await page.keyboard.press('Enter');
  await expect(refused.getByRole('heading')).toHaveText('from the future.boardwalk cannot be imported');
  await expect(page.getByTestId('file-problem')).toHaveText([
    'This file was made by a newer version of Boardwalk (format 2). Update Boardwalk to open it.',
  ]);
  await checkA11y('a newer format refused');

  // Cancelling the dialog keeps the screen as it was.
  fileChooser.willChoose(null);
  await tabTo(page, page.getByRole('button', { name: 'Choose another file' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('file-problem')).toHaveText([
    'This file was made by a newer version of Boardwalk (format 2). Update Boardwalk to open it.',
  ]);
  expect(contentHash(core.db)).toBe(before);
});

test('the File menu’s export screen asks which organisation first', async ({ page, app, core, fileChooser, checkA11y }) => {
  test.setTimeout(60_000);
  await core.call('organisation.create', { name: 'Aardvark Community Trust', odsCode: 'RAA', type: 'nhs-trust' });
  await core.call('organisation.create', { name: 'Zebra Mental Health Trust', odsCode: 'RZZ', type: 'nhs-trust' });

  await page.goto(`${app.url}#/workshop-file/export`);
  await expect(page.getByRole('heading', { level: 1, name: 'Export a workshop file' })).toBeVisible();
  await checkA11y('export, choosing the organisation');
  await tabTo(page, page.getByRole('button', { name: 'Export workshop file' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Choose the organisation to export']);
  await checkA11y('export, no organisation chosen');
  expect(fileChooser.suggestedNames).toEqual([]);

  await tabTo(page, summary.getByRole('link'));
  await page.keyboard.press('Enter');
  const select = page.getByLabel('Organisation', { exact: true });
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(/\d+/);
  await expect(select.locator('option:checked')).toHaveText('Zebra Mental Health Trust');
  fileChooser.willSaveTo(path.join(outDir, 'zebra.boardwalk'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Export workshop file' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Saved zebra.boardwalk' })).toBeFocused();
  expect(fileChooser.suggestedNames).toEqual([expect.stringMatching(/^Zebra Mental Health Trust \d{4}-\d{2}-\d{2}\.boardwalk$/)]);
  const written = JSON.parse(fs.readFileSync(path.join(outDir, 'zebra.boardwalk'), 'utf8')) as WorkshopFile;
  expect(written.organisation.name).toBe('Zebra Mental Health Trust');
  await checkA11y('exported from the File menu’s screen');
});
