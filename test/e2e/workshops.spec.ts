import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';

const ORGANISATION = 'Northshire Hospitals NHS Trust';
const TITLE = 'Board development: clinical leadership';

/** An organisation with the board of ten, through the core: the board's own screens are tested in board.spec.ts. */
const seedBoard = (core: Core) => seedOrganisationWithBoard(core, ORGANISATION);

async function workshopsOf(core: Core, organisationId: number) {
  const result = await core.call('workshop.list', { organisationId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

test('a workshop with eight board members and a guest is added by keyboard, and shown on the organisation and workshop pages', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(60_000);
  const { organisationId } = await seedBoard(core);
  await page.goto(`${app.url}#/organisations/${organisationId}`);
  await expect(page.getByTestId('no-workshops')).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Add a workshop' }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a workshop' })).toBeFocused();
  await expect(page).toHaveTitle('Add a workshop – Boardwalk');
  await checkA11y('the add workshop form');

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Workshop title')).toBeFocused();
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Day')).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Year')).toBeFocused();
  await page.keyboard.type('2026');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Facilitator (optional)')).toBeFocused();
  await page.keyboard.type('Ruth Gold');

  // "Select all" ticks the whole board; two are then unticked, leaving eight.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Select all board members' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Board members taking part' }).getByRole('checkbox', { checked: true })).toHaveCount(10);
  await expect(page.getByRole('button', { name: 'Deselect all board members' })).toBeFocused();
  for (const name of ['Aisha Khan', 'Rob Ellis']) {
    await tabTo(page, page.getByLabel(name, { exact: true }));
    await page.keyboard.press('Space');
    await expect(page.getByLabel(name, { exact: true })).not.toBeChecked();
  }

  // Guests: adding one moves focus to its name; a second is added and removed again.
  await tabTo(page, page.getByRole('button', { name: 'Add a guest' }));
  await page.keyboard.press('Enter');
  const guests = page.getByTestId('guest');
  await expect(guests).toHaveCount(1);
  await expect(guests.nth(0).getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Lee Chan');
  await page.keyboard.press('Tab');
  await expect(guests.nth(0).getByLabel('Role (optional)')).toBeFocused();
  await page.keyboard.type('Chief allied health professional');
  await tabTo(page, page.getByRole('button', { name: 'Add another guest' }));
  await page.keyboard.press('Enter');
  await expect(guests).toHaveCount(2);
  await expect(guests.nth(1).getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Not coming');
  await checkA11y('the add workshop form with two guests');
  await tabTo(page, page.getByRole('button', { name: 'Remove guest 2, Not coming' }));
  await page.keyboard.press('Enter');
  await expect(guests).toHaveCount(1);
  await expect(guests.nth(0).getByLabel('Name')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Not coming removed from the guests' })).toBeAttached();

  await tabTo(page, page.getByRole('button', { name: 'Save workshop' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `${TITLE} has been added` })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page).toHaveTitle(`${TITLE} – Boardwalk`);
  const summary = page.getByTestId('workshop-summary');
  await expect(summary).toContainText('3 December 2026');
  await expect(summary).toContainText('Ruth Gold');
  await expect(summary).toContainText('9 people');
  await expect(summary).toContainText('0 of 17 questions rated');
  const participants = page.getByTestId('participants-table');
  await expect(participants.getByRole('rowheader')).toHaveText([
    'Helen Marsh',
    'David Okafor',
    'Priya Raman',
    'Dr Tom Hughes',
    'Grace Adeyemi',
    'Sam Patel',
    'Ian Fraser',
    'Margaret Lloyd',
    'Lee Chan',
  ]);
  await expect(participants.getByRole('row', { name: /Lee Chan/ }).getByRole('cell')).toHaveText(['Chief allied health professional', 'Guest']);
  await expect(participants.getByRole('row', { name: /Helen Marsh/ }).getByRole('cell')).toHaveText(['Chair', 'Board member']);
  const start = page.getByRole('link', { name: 'Start the walk-through' });
  await expect(start).toHaveAttribute('href', /#\/workshops\/\d+\/run\/ceilings$/);
  await expect(page.getByRole('link', { name: 'Open presenter view' })).toHaveAttribute('href', /#\/workshops\/\d+\/present$/);
  await checkA11y('the workshop page');

  const [stored] = await workshopsOf(core, organisationId);
  expect(stored).toMatchObject({ title: TITLE, date: '2026-12-03', facilitator: 'Ruth Gold' });
  expect(stored?.participants.map((p) => [p.name, p.guest])).toEqual([
    ['Helen Marsh', false],
    ['David Okafor', false],
    ['Priya Raman', false],
    ['Dr Tom Hughes', false],
    ['Grace Adeyemi', false],
    ['Sam Patel', false],
    ['Ian Fraser', false],
    ['Margaret Lloyd', false],
    ['Lee Chan', true],
  ]);

  // Once a question is rated, the way in says "Continue".
  await core.call('session.setConsensus', { workshopId: stored!.id, questionId: 'q1', rating: 3 });
  await page.reload();
  await expect(page.getByRole('link', { name: 'Continue the walk-through' })).toBeVisible();
  await expect(summary).toContainText('1 of 17 questions rated');

  // Back on the organisation page, the workshop is listed.
  await tabTo(page, page.getByRole('link', { name: ORGANISATION }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeFocused();
  const row = page.getByTestId('workshops-table').getByRole('row', { name: new RegExp(TITLE) });
  await expect(row.getByRole('cell')).toHaveText(['3 December 2026', 'Ruth Gold', '9 people', '1 of 17']);
  await checkA11y('the organisation page with a workshop');
  await tabTo(page, row.getByRole('link', { name: TITLE }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();
});

test('a workshop is edited: one participant dropped, with a warning, and the guest renamed, keeping their ratings', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const { organisationId, memberIds } = await seedBoard(core);
  const created = await core.call('workshop.create', {
    organisationId,
    title: TITLE,
    date: '2026-12-03',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: memberIds.slice(0, 8), guests: [{ name: 'Lee Chan', role: 'Chief AHP' }] },
  });
  if (!created.ok) throw new Error(created.error.message);
  const workshop = created.value;
  const guest = workshop.participants.find((p) => p.guest)!;
  const sam = workshop.participants.find((p) => p.name === 'Sam Patel')!;
  const helen = workshop.participants.find((p) => p.name === 'Helen Marsh')!;
  for (const participant of [guest, sam, helen]) {
    await core.call('session.setIndividual', { workshopId: workshop.id, questionId: 'q1', participantId: participant.id, rating: 4 });
  }

  await page.goto(`${app.url}#/workshops/${workshop.id}`);
  await tabTo(page, page.getByRole('link', { name: `Edit the details and participants of ${TITLE}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${TITLE}` })).toBeFocused();
  await expect(page.getByLabel('Workshop title')).toHaveValue(TITLE);
  await expect(page.getByLabel('Day')).toHaveValue('3');
  await expect(page.getByLabel('Month')).toHaveValue('12');
  await expect(page.getByLabel('Year')).toHaveValue('2026');
  const board = page.getByRole('group', { name: 'Board members taking part' });
  await expect(board).toContainText('Taking someone off the list deletes the individual ratings');
  await expect(board.getByRole('checkbox', { checked: true })).toHaveCount(8);
  await expect(page.getByTestId('leaving-warning')).toHaveCount(0);
  await checkA11y('the edit workshop form');

  await tabTo(page, page.getByLabel('Sam Patel', { exact: true }), 30);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('leaving-warning')).toContainText('Sam Patel will no longer take part');
  await checkA11y('the edit workshop form warning that ratings will go');

  const guestName = page.getByTestId('guest').getByLabel('Name');
  await tabTo(page, guestName);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Lee Chan-Morris');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `${TITLE} has been updated` })).toBeFocused();
  await expect(page.getByTestId('participants-table').getByRole('rowheader')).toHaveText([
    'Helen Marsh',
    'David Okafor',
    'Priya Raman',
    'Dr Tom Hughes',
    'Grace Adeyemi',
    'Margaret Lloyd',
    'Ian Fraser',
    'Lee Chan-Morris',
  ]);
  await expect(page.getByTestId('workshop-summary')).toContainText('8 people');

  // The guest is the same participant, renamed: their rating stays; Sam Patel's went with him.
  const after = await core.call('workshop.get', { id: workshop.id });
  expect(after.ok && after.value.participants.find((p) => p.guest)).toMatchObject({ id: guest.id, name: 'Lee Chan-Morris', role: 'Chief AHP' });
  const session = await core.call('session.get', { workshopId: workshop.id });
  const q1 = session.ok ? session.value.ratings.find((r) => r.questionId === 'q1') : undefined;
  expect(q1?.individual.map((r) => r.participantId).sort()).toEqual([guest.id, helen.id].sort());
});

test('bad input on the workshop form is named against the right field, and nothing is saved', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const { organisationId, memberIds } = await seedBoard(core);
  await page.goto(`${app.url}#/organisations/${organisationId}/workshops/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Add a workshop' })).toBeVisible();

  // Empty.
  await page.getByRole('button', { name: 'Save workshop' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the workshop title', 'Enter the date of the workshop']);
  await expect(page).toHaveTitle('Error: Add a workshop – Boardwalk');
  await checkA11y('the add workshop form with errors');

  // A date that does not exist; a month left out.
  await page.getByLabel('Workshop title').fill(TITLE);
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(summary.getByRole('link')).toHaveText(['The date of the workshop must be a real date, for example 3 12 2026']);
  await expect(page.locator('#date-error')).toContainText('must be a real date');
  await expect(page.getByLabel('Day')).toHaveClass(/nhsuk-input--error/);
  await tabTo(page, summary.getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Day')).toBeFocused();
  await page.getByLabel('Month').fill('');
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(summary.getByRole('link')).toHaveText(['The date of the workshop must include a month']);
  await expect(page.getByLabel('Month')).toHaveClass(/nhsuk-input--error/);
  await expect(page.getByLabel('Day')).not.toHaveClass(/nhsuk-input--error/);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Month')).toBeFocused();
  await checkA11y('the add workshop form with a date error');

  // A guest with no name: the message is on that guest's name, not the other guest's.
  await page.getByLabel('Month').fill('12');
  await page.getByLabel('Sam Patel', { exact: true }).check();
  await page.getByLabel('Helen Marsh', { exact: true }).check();
  await page.getByRole('button', { name: 'Add a guest' }).click();
  await page.getByRole('button', { name: 'Add another guest' }).click();
  await page.getByTestId('guest').nth(0).getByLabel('Name').fill('Lee Chan');
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Enter the guest’s name']);
  const secondGuest = page.getByTestId('guest').nth(1);
  await expect(secondGuest.locator('.nhsuk-error-message')).toContainText('Enter the guest’s name');
  await expect(page.getByTestId('guest').nth(0).locator('.nhsuk-error-message')).toHaveCount(0);
  await summary.getByRole('link', { name: 'Enter the guest’s name' }).click();
  await expect(secondGuest.getByLabel('Name')).toBeFocused();
  await checkA11y('the add workshop form with a guest error');
  await page.getByRole('button', { name: 'Remove guest 2' }).click();
  await expect(page.getByTestId('guest')).toHaveCount(1);

  // A board member who left the board while the form was open: named, at their checkbox.
  await core.call('board.remove', { id: memberIds[5]! });
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Sam Patel is not on this organisation’s board']);
  await expect(page.getByRole('group', { name: 'Board members taking part' }).locator('.nhsuk-error-message')).toContainText(
    'Sam Patel is not on this organisation’s board',
  );
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Sam Patel', { exact: true })).toBeFocused();
  await checkA11y('the add workshop form with a participant error');
  expect(await workshopsOf(core, organisationId)).toEqual([]);

  // Put right, it saves.
  await page.getByLabel('Sam Patel', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `${TITLE} has been added` })).toBeVisible();
  const stored = await workshopsOf(core, organisationId);
  expect(stored.map((w) => [w.date, w.participants.map((p) => p.name)])).toEqual([['2026-12-31', ['Helen Marsh', 'Lee Chan']]]);
});

test('a workshop is deleted after a confirmation naming what goes, and the other workshop stays', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const { organisationId, memberIds } = await seedBoard(core);
  const first = await core.call('workshop.create', {
    organisationId,
    title: 'First workshop',
    date: '2026-12-03',
    facilitator: '',
    participants: { boardMemberIds: memberIds, guests: [] },
  });
  const repeat = await core.call('workshop.create', {
    organisationId,
    title: 'A year on',
    date: '2027-12-02',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: [], guests: [] },
  });
  if (!first.ok || !repeat.ok) throw new Error('setup');

  await page.goto(`${app.url}#/organisations/${organisationId}`);
  const table = page.getByTestId('workshops-table');
  await expect(table.getByRole('rowheader')).toHaveText(['A year on', 'First workshop']);
  await expect(table.getByRole('row', { name: /First workshop/ }).getByRole('cell')).toHaveText(['3 December 2026', 'Not given', '10 people', '0 of 17']);

  await tabTo(page, table.getByRole('link', { name: 'First workshop' }), 40);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Delete this workshop (First workshop)' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Delete First workshop?' })).toBeFocused();
  await expect(page.locator('.nhsuk-card--warning')).toContainText('ratings');
  await expect(page.locator('.nhsuk-card--warning')).toContainText('notes');
  await expect(page.locator('.nhsuk-card--warning')).toContainText('heatmap');
  await checkA11y('the delete workshop confirmation');

  // "No, keep it" goes back to the workshop and changes nothing.
  await tabTo(page, page.getByRole('link', { name: 'No, keep it' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'First workshop' })).toBeFocused();
  expect(await workshopsOf(core, organisationId)).toHaveLength(2);

  await tabTo(page, page.getByRole('link', { name: 'Delete this workshop (First workshop)' }), 30);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Yes, delete this workshop' }));
  // Every heading shown from here on, to prove "not found" never flashes up.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
    new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'First workshop has been deleted' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveText(['A year on']);
  const seen = await page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);
  expect(seen.filter((heading) => /not found|could not/i.test(heading))).toEqual([]);
  await checkA11y('the organisation page after deleting a workshop');
  expect((await workshopsOf(core, organisationId)).map((w) => w.title)).toEqual(['A year on']);

  await page.goto(`${app.url}#/workshops/${first.value.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop not found' })).toBeVisible();
  await checkA11y('the workshop-not-found page');
});
