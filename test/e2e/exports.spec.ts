import fs from 'node:fs';
import path from 'node:path';
import { PROFESSIONS } from '../../shared/framework/professions';
import { startsWithTrigger, UTF8_BOM } from '../../shared/export/csv';
import { expect, test } from '../harness/fixtures';
import { parseCsv } from '../harness/csv-parse';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { NORTHSHIRE_2026, seedSnapshot } from '../harness/workforce-data';

let outDir: string;
test.beforeEach(() => {
  outDir = makeTempDir('boardwalk-exports-');
});
test.afterEach(() => {
  removeDir(outDir);
});

function readCsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  return parseCsv(text);
}

test('the actions are exported as CSV by keyboard from the priorities step, to the path the user chose', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const created = await core.call('workshop.create', {
    organisationId,
    title: 'Board development: clinical leadership',
    date: '2026-12-03',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: memberIds.slice(0, 2), guests: [] },
  });
  if (!created.ok) throw new Error(created.error.message);
  const workshopId = created.value.id;

  await page.goto(`${app.url}#/workshops/${workshopId}/run/priorities`);
  await expect(page.getByRole('heading', { level: 2, name: 'Actions' })).toBeVisible();
  // No actions yet: nothing to export.
  await expect(page.getByRole('button', { name: 'Export actions as CSV' })).toHaveCount(0);

  await core.call('priorities.setAgreed', { workshopId, questionId: 'q3', agreed: true });
  const added = await core.call('action.add', {
    workshopId,
    questionId: 'q3',
    description: '=Set up a mentoring scheme for AHPs',
    ownerId: memberIds[0] ?? 0,
    dueDate: '2027-03-31',
    status: 'not-started',
    notes: 'Report to the March board',
    resourceId: null,
  });
  if (!added.ok) throw new Error(added.error.message);
  const owner = added.value.actions[0]?.ownerName ?? '';

  await page.reload();
  const button = page.getByRole('button', { name: 'Export actions as CSV' });
  await expect(button).toBeVisible();

  // Cancelling the dialog writes nothing and says nothing.
  fileChooser.willSaveTo(null);
  await tabTo(page, button, 300);
  await page.keyboard.press('Enter');
  await expect.poll(() => fileChooser.suggestedNames.length).toBe(1);
  // The button takes a press again only once the cancelled export has answered.
  await expect(button).not.toHaveAttribute('aria-disabled');
  await expect(page.getByTestId('export-actions-saved')).toHaveCount(0);
  expect(fs.readdirSync(outDir)).toEqual([]);

  const target = path.join(outDir, 'actions.csv');
  fileChooser.willSaveTo(target);
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-actions-saved')).toHaveText('Saved actions.csv');
  expect(fileChooser.suggestedNames).toEqual(['actions-2026-12-03.csv', 'actions-2026-12-03.csv']);

  const rows = readCsv(target);
  expect(rows[0]).toEqual(['Priority', 'Question', 'Theme', 'Action', 'Owner', 'Due date', 'Status', 'Notes', 'Development offer']);
  expect(rows[1]).toEqual([
    '1',
    expect.stringMatching(/^3\. /),
    expect.any(String),
    "'=Set up a mentoring scheme for AHPs",
    owner,
    '2027-03-31',
    'Not started',
    'Report to the March board',
    '',
  ]);
  expect(rows.flat().some(startsWithTrigger)).toBe(false);
  await checkA11y('priorities step, actions exported');
});

test('the ceiling table is exported as CSV by keyboard from the workforce screen, small numbers suppressed', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const { organisationId } = await seedOrganisationWithBoard(core);
  seedSnapshot(core, organisationId, { snapshotDate: '2026-03-31', counts: NORTHSHIRE_2026 });

  await page.goto(`${app.url}#/organisations/${organisationId}/workforce`);
  await expect(page.getByTestId('ceiling-table')).toBeVisible();
  await page.locator('#threshold').fill('0.8');
  await expect(page.getByTestId('threshold-in-definition')).toHaveText('0.8');

  const target = path.join(outDir, 'ceilings.csv');
  fileChooser.willSaveTo(target);
  const button = page.getByRole('button', { name: 'Export the ceiling table as CSV' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-ceiling-saved')).toHaveText('Saved ceilings.csv');
  expect(fileChooser.suggestedNames).toEqual(['ceiling-table-2026-03-31.csv']);

  const rows = readCsv(target);
  expect(rows[0]?.slice(0, 5)).toEqual(['Profession', 'Staff (headcount)', 'Share of clinical staff', 'Ceiling (threshold 0.8)', 'Low confidence']);
  expect(rows.find((r) => r[0] === 'Psychologists')?.slice(1, 3)).toEqual(['<5', '–']);
  // The same ceilings as the screen shows.
  for (const profession of PROFESSIONS) {
    const row = rows.find((r) => r[0] === profession.label);
    await expect(page.getByTestId(`ceiling-${profession.id}`)).toHaveText(row?.[3] ?? 'missing');
  }
  for (const cell of rows.flat()) {
    expect(cell).not.toMatch(/^[1-4]$/);
    expect(startsWithTrigger(cell)).toBe(false);
  }
  await checkA11y('workforce screen, ceiling table exported');
});
