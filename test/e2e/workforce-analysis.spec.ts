import type { Locator, Page } from '@playwright/test';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import { PROFESSIONS } from '../../shared/framework/professions';
import type { ProfessionId } from '../../shared/framework/professions';
import type { ChannelInput } from '../../shared/ipc/contract';
import { buildAnalysis, formatRatio } from '../../shared/workforce/metrics';
import { ladderSeries } from '../../shared/workforce/series';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';
import { NORTHSHIRE_2025, NORTHSHIRE_2026, seedSnapshot } from '../harness/workforce-data';

/** The ceilings worked out by hand in test/harness/workforce-data.ts (31 March 2026, headcount, 0.5). */
const CEILINGS_2026: Readonly<Record<ProfessionId, string>> = {
  ahp: 'Band 8b',
  doctors: 'No ceiling found',
  'healthcare-scientists': 'Band 8c',
  midwives: 'Band 8b',
  nurses: 'Band 8b',
  pharmacists: 'Band 8b',
  psychologists: 'Band 8c',
  'social-workers': 'No staff',
  'other-clinical': 'Band 8b',
};

async function seedWorkshop(core: Core, organisationId: number, memberIds: readonly number[], title: string, date: string): Promise<number> {
  const workshop = await core.call('workshop.create', {
    organisationId,
    title,
    date,
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: memberIds.slice(0, 6), guests: [] },
  });
  if (!workshop.ok) throw new Error(workshop.error.message);
  return workshop.value.id;
}

type Ceiling = NonNullable<ChannelInput<'session.setCeiling'>['ceiling']>;

/** The board's perceived ceilings, as the walk-through records them. */
async function setCeilings(core: Core, workshopId: number, ceilings: Partial<Record<ProfessionId, Ceiling>>) {
  for (const profession of PROFESSIONS) {
    const ceiling = ceilings[profession.id];
    if (ceiling === undefined) continue;
    const result = await core.call('session.setCeiling', { workshopId, professionId: profession.id, ceiling });
    if (!result.ok) throw new Error(result.error.message);
  }
}

/** Presses Shift+Tab until `target` has focus: the control sits before the one in hand. */
async function shiftTabTo(page: Page, target: Locator, maxPresses = 10): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Shift+Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Not reached by Shift+Tab in ${maxPresses} presses`);
}

async function expectCeilings(page: Page, expected: Partial<Record<ProfessionId, string>>): Promise<void> {
  for (const [id, text] of Object.entries(expected)) {
    await expect(page.getByTestId(`ceiling-${id}`), id).toHaveText(text);
  }
}

/** Opens a <details> by its summary with the keyboard. */
async function openDetails(page: Page, summary: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, page.locator('summary', { hasText: summary }), 80);
  await page.keyboard.press('Enter');
  await expect(page.locator('details', { has: page.locator('summary', { hasText: summary }) })).toHaveAttribute('open', '');
}

test('an HR lead reads the ceilings, moves the threshold, switches to FTE, compares perception and snapshots, and deletes a snapshot, all by keyboard', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  seedSnapshot(core, organisationId, {
    snapshotDate: '2025-03-31',
    label: 'Year end',
    counts: NORTHSHIRE_2025,
    shape: 'aggregated',
    sourceName: 'headcount-by-band-2025.xlsx',
  });
  seedSnapshot(core, organisationId, {
    snapshotDate: '2026-03-31',
    counts: NORTHSHIRE_2026,
    rowsExcluded: 1204,
    sourceName: 'ESR staff in post March 2026.csv',
  });
  const older = await seedWorkshop(core, organisationId, memberIds, 'Away day', '2025-05-10');
  await setCeilings(core, older, { nurses: 'no-ceiling' });
  const newest = await seedWorkshop(core, organisationId, memberIds, 'Board development workshop', '2026-04-20');
  await setCeilings(core, newest, {
    nurses: 'band-8a',
    doctors: 'no-ceiling',
    ahp: 'band-8b',
    pharmacists: 'no-ceiling',
    'social-workers': 'band-7',
  });

  // From the organisation's home, by keyboard.
  await page.goto(`${app.url}#/organisations/${organisationId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Northshire Hospitals NHS Trust' })).toBeVisible();
  await expect(page.getByTestId('snapshot-count')).toHaveText('2 workforce snapshots, the newest of 31 March 2026.');
  await tabTo(page, page.getByRole('link', { name: 'Workforce and ceilings' }), 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Workforce and ceilings' })).toBeFocused();
  await expect(page).toHaveTitle('Workforce and ceilings – Boardwalk');
  await expect(page.getByRole('link', { name: 'Import a workforce file' })).toHaveAttribute(
    'href',
    `#/organisations/${organisationId}/workforce/import`,
  );

  // The snapshots, newest first, counts suppressed.
  const snapshotRows = page.getByTestId('snapshots-table').locator('tbody tr');
  await expect(snapshotRows).toHaveCount(2);
  await expect(snapshotRows.nth(0).locator('th, td')).toHaveText([
    '31 March 2026',
    'None',
    'ESR staff in post March 2026.csv',
    '3,749',
    '5,700',
    '1,204',
    'Delete the snapshot of 31 March 2026',
  ]);
  await expect(snapshotRows.nth(1).locator('th, td')).toHaveText([
    '31 March 2025',
    'Year end',
    'headcount-by-band-2025.xlsx',
    '3,664',
    '4,388',
    '0',
    'Delete the snapshot of 31 March 2025',
  ]);

  // The newest snapshot, by headcount, at 0.5: the hand-worked ceilings.
  await expect(page.getByLabel('Snapshot to analyse')).toHaveValue(/\d+/);
  await expect(page.getByLabel('Snapshot to analyse').locator('option:checked')).toHaveText('31 March 2026');
  await expectCeilings(page, CEILINGS_2026);
  const ceilingTable = page.getByTestId('ceiling-table');
  await expect(ceilingTable.locator('tbody tr')).toHaveCount(PROFESSIONS.length);
  await expect(ceilingTable.locator('tbody th')).toHaveText(PROFESSIONS.map((p) => p.label));
  await expect(page.getByTestId('ceiling-row-psychologists')).toContainText('Low confidence');
  await expect(ceilingTable.locator('.nhsuk-tag')).toHaveCount(1);
  await expect(page.getByTestId('threshold-in-definition')).toHaveText('0.5');

  // Small numbers: the three psychologists are "<5", and no count from 1 to 4 shows anywhere in the table.
  await expect(page.getByTestId('staff-psychologists')).toHaveText('<5');
  // Nor their share, which with the total would give the count away.
  await expect(page.getByTestId('ceiling-row-psychologists')).toContainText('Not shown: fewer than 5 people');
  await expect(page.getByTestId('ceiling-row-psychologists')).not.toContainText('%');
  await expect(page.getByTestId('staff-nurses')).toHaveText('1,952');
  await expect(page.getByTestId('staff-social-workers')).toHaveText('0');
  for (const cell of await ceilingTable.locator('td').allInnerTexts()) {
    expect(cell.trim(), 'a small count in the ceiling table').not.toMatch(/^[1-4]$/);
  }
  await expect(page.getByTestId('small-number-note')).toContainText('Counts from 1 to 4 are shown as <5');
  await checkA11y('the workforce analysis screen');

  // The threshold, by keyboard: up two steps to 0.6 moves the nurses' and midwives' ceilings down to 8a.
  const threshold = page.getByRole('spinbutton', { name: 'Ceiling threshold' });
  await tabTo(page, threshold, 20);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(threshold).toHaveValue('0.6');
  await expect(page.getByTestId('threshold-in-definition')).toHaveText('0.6');
  await expectCeilings(page, { ...CEILINGS_2026, nurses: 'Band 8a', midwives: 'Band 8a' });

  // A threshold out of range is named at the field; the last good analysis stays on screen.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expect(page.locator('#threshold-error')).toHaveText('Error: The ceiling threshold must be from 0.05 to 1');
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('threshold-in-definition')).toHaveText('0.6');
  await expectCeilings(page, { nurses: 'Band 8a', midwives: 'Band 8a' });
  await checkA11y('the threshold in error');
  // The ceiling table is never exported at a threshold other than the one in the field.
  await page.getByRole('button', { name: 'Export the ceiling table as CSV' }).click();
  await expect(page.getByTestId('export-ceiling-problem')).toHaveText(
    'Error: Correct the ceiling threshold first. The ceiling threshold must be from 0.05 to 1.',
  );
  expect(fileChooser.suggestedNames).toEqual([]);
  await threshold.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.5');
  await expect(page.locator('#threshold-error')).toHaveCount(0);
  await expectCeilings(page, CEILINGS_2026);

  // The ladder chart: an SVG line for each of the 8 professions with staff, and a parity line.
  const chart = page.getByTestId('ladder-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart).toHaveAttribute('aria-label', /one line for each of 8 professions.*parity line at 1/);
  await expect(chart.locator('svg.recharts-surface')).toHaveCount(1);
  await expect(chart.locator('path.recharts-line-curve')).toHaveCount(8);
  await expect(chart.locator('.app-parity-line')).not.toHaveCount(0);
  await expect(chart.locator('text', { hasText: 'Parity' })).toHaveCount(1);
  await expect(page.getByTestId('ladder-legend').locator('li')).toHaveCount(8);

  // Its table holds the same numbers: the hand-worked ones, and every one as the analysis gives it.
  await openDetails(page, 'Show the chart as a table');
  const ladderTable = page.getByTestId('ladder-table');
  const staffed = PROFESSIONS.filter((p) => p.id !== 'social-workers');
  await expect(ladderTable.locator('thead th')).toHaveText(['Level', ...staffed.map((p) => p.label)]);
  const ladderRows = ladderTable.locator('tbody tr');
  await expect(ladderRows).toHaveCount(9);
  const column = (id: ProfessionId) => 1 + staffed.findIndex((p) => p.id === id);
  // Hand-worked: nurses at 8a 75×3749/(255×1952) = 0.565; AHP at 8b 0.405; doctors at VSM 5.015; psychologists at 8b 12.25.
  await expect(ladderRows.nth(3).locator('th, td').nth(column('nurses'))).toHaveText('0.56');
  await expect(ladderRows.nth(4).locator('th, td').nth(column('ahp'))).toHaveText('0.40');
  await expect(ladderRows.nth(8).locator('th, td').nth(column('doctors'))).toHaveText('5.02');
  await expect(ladderRows.nth(4).locator('th, td').nth(column('psychologists'))).toHaveText('12.25* (low confidence)');
  const series = ladderSeries(buildAnalysis(NORTHSHIRE_2026, { measure: 'headcount' }));
  for (const [i, row] of series.rows.entries()) {
    const cells = series.lines.map((line) => `${formatRatio(row[line.professionId] ?? null)}${row.lowConfidence.includes(line.professionId) ? '* (low confidence)' : ''}`);
    await expect(ladderRows.nth(i).locator('th, td')).toHaveText([LEVEL_LABELS[row.levelId], ...cells]);
  }

  // The heatmap: nine professions by ten levels, the number in every cell, the ceiling marked.
  const heatmap = page.getByTestId('ri-heatmap');
  await expect(heatmap.locator('tbody tr')).toHaveCount(9);
  await expect(heatmap.locator('tbody td')).toHaveCount(90);
  await expect(heatmap.locator('thead th')).toHaveCount(11);
  await expect(heatmap.locator('.app-ri-cell--ceiling')).toHaveCount(7);
  const ahpCeiling = page.getByTestId('heatmap-row-ahp').locator('td').nth(4);
  await expect(ahpCeiling).toHaveText('◆0.40, well below parity, the ceiling');
  await expect(page.getByTestId('heatmap-row-nurses').locator('td').nth(0)).toHaveText('1.36, above parity');
  await expect(page.getByTestId('heatmap-row-social-workers').locator('td').nth(0)).toHaveText('–not defined: no staff in this profession');

  // Relative likelihood, against all other clinical professions.
  await openDetails(page, 'Show the relative likelihoods');
  await expect(page.getByTestId('likelihood-table').locator('tbody tr')).toHaveCount(9);
  await expect(page.getByText('staff of the reference group (all other clinical professions) are this many times as likely')).toBeVisible();

  // FTE, by keyboard: the part-time Band 8a midwives move their ceiling down to 8a.
  await threshold.focus();
  const headcount = page.getByRole('radio', { name: 'Headcount' });
  await shiftTabTo(page, headcount);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'FTE' })).toBeChecked();
  await expect(ceilingTable.locator('thead th').nth(1)).toHaveText('Staff (FTE)');
  await expectCeilings(page, { ...CEILINGS_2026, midwives: 'Band 8a' });
  await expect(page.getByTestId('staff-nurses')).toHaveText('1,712.3');
  await expect(page.getByTestId('staff-psychologists')).toHaveText('<5');

  // Perception against the data: the newest workshop first.
  await expect(page.getByLabel('Workshop', { exact: true }).locator('option:checked')).toHaveText('Board development workshop, 20 April 2026');
  const perceived = (id: ProfessionId) => page.getByTestId(`perceived-row-${id}`).locator('th, td');
  await expect(perceived('nurses')).toHaveText(['Nurses', 'Band 8a', 'Band 8b', 'Perceived lower']);
  await expect(perceived('doctors')).toHaveText(['Doctors and dentists', 'No ceiling', 'No ceiling found', 'Same level']);
  await expect(perceived('ahp')).toHaveText(['Allied health professionals', 'Band 8b', 'Band 8b', 'Same level']);
  await expect(perceived('pharmacists')).toHaveText(['Pharmacists', 'No ceiling', 'Band 8b', 'Perceived higher']);
  await expect(perceived('social-workers')).toHaveText(['Social workers', 'Band 7', 'No staff', 'Not comparable']);
  await expect(perceived('midwives')).toHaveText(['Midwives', 'Not recorded', 'Band 8a', 'Not comparable']);
  await tabTo(page, page.getByLabel('Workshop', { exact: true }), 10);
  await page.keyboard.type('Away');
  await expect(perceived('nurses')).toHaveText(['Nurses', 'No ceiling', 'Band 8b', 'Perceived higher']);
  await expect(perceived('doctors')).toHaveText(['Doctors and dentists', 'Not recorded', 'No ceiling found', 'Not comparable']);

  // Two snapshots compared: FTE falls back to headcount, as 2025 has none; the AHP ceiling moved up.
  const compare = page.getByTestId('compare-section');
  await expect(page.getByLabel('Earlier snapshot').locator('option:checked')).toHaveText('31 March 2025 (Year end)');
  await expect(page.getByLabel('Later snapshot').locator('option:checked')).toHaveText('31 March 2026');
  await expect(page.getByTestId('compare-fallback')).toContainText('Compared by headcount: the snapshot of 31 March 2025 has no FTE');
  const compared = (id: ProfessionId) => page.getByTestId(`compare-row-${id}`).locator('th, td');
  await expect(compared('ahp')).toHaveText(['Allied health professionals', 'Band 8a', 'Band 8b', 'Moved up', '510', '545', '+0.6']);
  await expect(compared('pharmacists')).toHaveText(['Pharmacists', 'Band 8c', 'Band 8b', 'Moved down', '83', '88', '+0.1']);
  await expect(compared('psychologists')).toHaveText(['Psychologists', 'Band 8b', 'Band 8c', 'Moved up', '<5', '<5', '0.0']);
  await expect(compared('nurses')).toHaveText(['Nurses', 'Band 8b', 'Band 8b', 'No change', '1,944', '1,952', '−1.0']);
  await expect(compared('social-workers')).toHaveText(['Social workers', 'No staff', 'No staff', 'No staff either time', '0', '0', '0.0']);
  await tabTo(page, page.getByLabel('Earlier snapshot'), 20);
  await page.keyboard.type('31 March 2026');
  await expect(page.locator('#compare-later-error')).toHaveText('Error: Choose two different snapshots');
  await expect(page.getByTestId('compare-table')).toHaveCount(0);
  // The next option down is the earlier snapshot again.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Earlier snapshot').locator('option:checked')).toHaveText('31 March 2025 (Year end)');
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await openDetails(page, 'Show the representation index at each level, then and now');
  await expect(page.getByTestId('compare-levels-ahp').locator('tr').nth(0).locator('td').nth(3)).toHaveText('0.48');
  await expect(page.getByTestId('compare-levels-ahp').locator('tr').nth(1).locator('td').nth(3)).toHaveText('1.21');
  await expect(compare).toBeVisible();
  await checkA11y('the workforce analysis screen, by FTE, with every details open');

  // Deleting the older snapshot, through its confirmation page, by keyboard.
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, page.getByRole('link', { name: 'Delete the snapshot of 31 March 2025' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Delete the snapshot of 31 March 2025?' })).toBeFocused();
  await expect(page.getByTestId('snapshot-summary')).toHaveText('Year end: 3,664 clinical staff, imported from headcount-by-band-2025.xlsx.');
  await checkA11y('the delete snapshot page');
  await tabTo(page, page.getByRole('button', { name: 'Delete snapshot' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Snapshot of 31 March 2025 deleted' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Workforce and ceilings' })).toBeVisible();
  await expect(snapshotRows).toHaveCount(1);
  await expect(page.getByTestId('compare-section')).toHaveCount(0);
  const stored = await core.call('workforce.listSnapshots', { organisationId });
  expect(stored.ok && stored.value.map((s) => s.snapshotDate)).toEqual(['2026-03-31']);
  await checkA11y('the workforce screen after a delete');
});

test('with no snapshot the screen explains what to import; without FTE or workshops it says so; a snapshot not of this organisation is not found', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const empty = await core.call('organisation.create', { name: 'Eastmoor Community Health NHS Trust', odsCode: 'RE1', type: 'nhs-trust' });
  const other = await core.call('organisation.create', { name: 'Westfield Mental Health NHS Trust', odsCode: 'RW1', type: 'nhs-trust' });
  if (!empty.ok || !other.ok) throw new Error('organisations not created');
  const otherSnapshot = seedSnapshot(core, other.value.id, { snapshotDate: '2025-03-31', counts: NORTHSHIRE_2025, shape: 'aggregated' });

  await page.goto(`${app.url}#/organisations/${empty.value.id}/workforce`);
  await expect(page.getByRole('heading', { level: 1, name: 'Workforce and ceilings' })).toBeVisible();
  await expect(page.getByTestId('no-snapshots')).toContainText('such as an ESR staff-in-post report');
  await expect(page.getByTestId('no-snapshots')).toContainText('a table of headcounts by profession and pay band');
  await expect(page.getByTestId('no-snapshots')).toContainText('Only the counts of staff by profession and level are kept');
  await expect(page.getByTestId('snapshots-table')).toHaveCount(0);
  await checkA11y('the workforce screen with no snapshot');

  // One snapshot with no FTE column, and no workshop: FTE is unavailable, perception has nothing to compare.
  await page.goto(`${app.url}#/organisations/${other.value.id}/workforce`);
  await expect(page.getByTestId('ceiling-ahp')).toHaveText('Band 8a');
  await expect(page.getByRole('radio', { name: 'FTE' })).toBeDisabled();
  await expect(page.locator('#measure-fte-hint')).toHaveText('Not available: this snapshot was imported without an FTE column.');
  await expect(page.getByTestId('no-workshops-for-perception')).toContainText('no workshops yet');
  await expect(page.getByTestId('compare-section')).toHaveCount(0);
  await checkA11y('one snapshot without FTE and no workshop');

  // The other organisation's snapshot cannot be deleted from this organisation's screens.
  await page.goto(`${app.url}#/organisations/${empty.value.id}/workforce/${otherSnapshot}/delete`);
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshot not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to workforce and ceilings' })).toHaveAttribute(
    'href',
    `#/organisations/${empty.value.id}/workforce`,
  );
  await checkA11y('a snapshot not found');
  await page.goto(`${app.url}#/organisations/${empty.value.id}/workforce/9999/delete`);
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshot not found' })).toBeVisible();
});
