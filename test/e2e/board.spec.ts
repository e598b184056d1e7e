import type { Page } from '@playwright/test';
import { BOARD_ROLE_LABELS } from '../../shared/board/board-member';
import type { AddBoardMemberInput, Background } from '../../shared/board/board-member';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { BOARD_OF_TEN, BOARD_OF_TEN_IN_BOARD_ORDER } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';

type Member = Omit<AddBoardMemberInput, 'organisationId'>;

const ORGANISATION = 'Northshire Hospitals NHS Trust';

/** What the form calls each background; spelt out here rather than taken from the app. */
const BACKGROUND: Partial<Record<Background, string>> = {
  'non-clinical': 'Non-clinical',
  doctors: 'Doctor or dentist',
  nurses: 'Nurse',
  ahp: 'Allied health professional',
  pharmacists: 'Pharmacist',
  psychologists: 'Psychologist',
  midwives: 'Midwife',
};

function backgroundLabel(background: Background): string {
  const label = BACKGROUND[background];
  if (!label) throw new Error(`No label for ${background} in this test`);
  return label;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/**
 * Tab must land in the radio group `legend` (proving it is the next question), then the
 * arrow keys move to `label` and Space makes sure it is chosen.
 */
async function chooseRadio(page: Page, legend: string, label: string): Promise<void> {
  const group = page.getByRole('group', { name: legend, exact: true });
  await page.keyboard.press('Tab');
  await expect(group.locator('input:focus')).toHaveCount(1);
  const target = group.getByLabel(label, { exact: true });
  for (let i = 0; i < 12; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** Answers every question the form asks of this member, in the order it asks them, by keyboard. */
async function answerMemberQuestions(page: Page, member: Member): Promise<void> {
  await chooseRadio(page, 'Role on the board', BOARD_ROLE_LABELS[member.role]);
  if (member.role === 'associate-non-voting') {
    await chooseRadio(page, 'Is this member an executive?', yesNo(member.executive));
  } else {
    await chooseRadio(page, 'Does this member vote on board decisions?', yesNo(member.voting));
  }
  if (member.independent !== null) {
    await chooseRadio(page, 'Is this member independent?', yesNo(member.independent));
  }
  await chooseRadio(page, 'Professional background', backgroundLabel(member.background));
  if (member.background !== 'non-clinical') {
    await chooseRadio(page, 'Is this member registered with a professional regulator?', yesNo(member.registered));
  }
}

async function boardOf(core: Core, organisationId: number) {
  const result = await core.call('board.list', { organisationId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function withoutMeta(member: Awaited<ReturnType<typeof boardOf>>[number]): Member {
  const { id: _id, organisationId: _org, createdAt: _c, updatedAt: _u, ...fields } = member;
  return fields;
}

const BOARD_ORDER = BOARD_OF_TEN_IN_BOARD_ORDER;

test('a facilitator creates an organisation and enters its board of ten, edits one member and removes another, by keyboard', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  // The organisation, by keyboard, from the list of organisations.
  await page.goto(app.url);
  await tabTo(page, page.getByRole('link', { name: 'Add an organisation' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Organisation name'));
  await page.keyboard.type(ORGANISATION);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('RXN');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `${ORGANISATION} has been added` })).toBeFocused();

  // Its name in the list leads to its home.
  await tabTo(page, page.getByRole('link', { name: ORGANISATION, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeFocused();
  await expect(page).toHaveTitle(`${ORGANISATION} – Boardwalk`);
  await expect(page.getByTestId('organisation-facts')).toHaveText('NHS trust, ODS code RXN');
  await expect(page.getByTestId('no-board-members')).toBeVisible();
  await expect(page.getByTestId('no-workshops')).toBeVisible();
  await checkA11y('the organisation page with no board');
  const organisationId = Number(/#\/organisations\/(\d+)$/.exec(page.url())?.[1]);
  expect(organisationId).toBeGreaterThan(0);

  // Ten members, entered in a shuffled order: the page lists them in board order whatever the order of entry.
  const entryOrder = [...BOARD_OF_TEN].reverse();
  for (const [index, member] of entryOrder.entries()) {
    await tabTo(page, page.getByRole('link', { name: 'Add a board member' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Add a board member' })).toBeFocused();
    if (index === 0) await checkA11y('the add board member form');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Full name')).toBeFocused();
    await page.keyboard.type(member.name);
    await answerMemberQuestions(page, member);
    if (member.role === 'associate-non-voting') {
      // An associate is asked whether they are an executive, and not whether they vote.
      await expect(page.getByRole('group', { name: 'Does this member vote on board decisions?' })).toHaveCount(0);
      await checkA11y('the add board member form for an associate');
    }
    await tabTo(page, page.getByRole('button', { name: 'Add board member' }), 3);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: `${member.name} has been added to the board` })).toBeFocused();
  }

  const table = page.getByTestId('board-table');
  await expect(table.getByRole('rowheader')).toHaveText(BOARD_ORDER);
  await expect(table.locator('caption')).toContainText('Board members (10)');
  await expect(table.getByRole('row', { name: /Dr Tom Hughes/ }).getByRole('cell')).toHaveText([
    'Medical director',
    'Yes',
    'Executive',
    '–Not applicable',
    'Doctor or dentist',
    'Yes',
    'Edit Dr Tom HughesRemove Dr Tom Hughes',
  ]);
  await expect(table.getByRole('row', { name: /Rob Ellis/ }).getByRole('cell')).toHaveText([
    'Associate or non-voting member',
    'No',
    'Non-executive',
    'Yes',
    'Psychologist',
    'Yes',
    'Edit Rob EllisRemove Rob Ellis',
  ]);
  await expect(table.getByRole('row', { name: /Margaret Lloyd/ }).getByRole('cell').nth(5)).toHaveText('–Not applicable');
  await checkA11y('the organisation page with a board of ten');

  // What was saved is exactly what was entered, the questions the form did not ask included.
  const stored = await boardOf(core, organisationId);
  expect(stored.map((m) => m.name)).toEqual(BOARD_ORDER);
  expect(stored.map(withoutMeta).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
    [...BOARD_OF_TEN].sort((a, b) => a.name.localeCompare(b.name)),
  );

  // Edit: Ian Fraser's name changes and he turns out to be registered; the form starts with his answers.
  await tabTo(page, page.getByRole('link', { name: 'Edit Ian Fraser' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Ian Fraser' })).toBeFocused();
  await expect(page.getByLabel('Full name')).toHaveValue('Ian Fraser');
  await expect(page.getByRole('group', { name: 'Role on the board' }).getByLabel('Non-executive director')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Professional background' }).getByLabel('Pharmacist')).toBeChecked();
  await checkA11y('the edit board member form');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Prof Ian Fraser');
  await answerMemberQuestions(page, { ...BOARD_OF_TEN[7]!, registered: true });
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }), 3);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Prof Ian Fraser has been updated' })).toBeFocused();
  await expect(table.getByRole('row', { name: /Prof Ian Fraser/ }).getByRole('cell').nth(5)).toHaveText('Yes');
  const edited = (await boardOf(core, organisationId)).find((m) => m.name === 'Prof Ian Fraser');
  expect(edited && withoutMeta(edited)).toEqual({ ...BOARD_OF_TEN[7], name: 'Prof Ian Fraser', registered: true });

  // Remove: a confirmation first; "No, keep them" changes nothing.
  await tabTo(page, page.getByRole('link', { name: 'Remove Aisha Khan' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Remove Aisha Khan from the board?' })).toBeFocused();
  await expect(page.getByText('Past workshops keep their name')).toBeVisible();
  await checkA11y('the remove board member confirmation');
  await tabTo(page, page.getByRole('link', { name: 'No, keep them' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeFocused();
  expect(await boardOf(core, organisationId)).toHaveLength(10);

  await tabTo(page, page.getByRole('link', { name: 'Remove Aisha Khan' }), 30);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Yes, remove Aisha Khan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Aisha Khan has been removed from the board' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  // Non-executives are listed by name, so the renamed member has moved down.
  await expect(table.getByRole('rowheader')).toHaveText([...BOARD_ORDER.slice(0, 6), 'Margaret Lloyd', 'Prof Ian Fraser', 'Rob Ellis']);
  await checkA11y('the organisation page after a removal');
  expect((await boardOf(core, organisationId)).map((m) => m.name)).not.toContain('Aisha Khan');
});

test('an empty or incomplete board member form names each problem against its field, and saves nothing', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const organisation = await core.call('organisation.create', { name: ORGANISATION, odsCode: 'RXN', type: 'nhs-trust' });
  if (!organisation.ok) throw new Error(organisation.error.message);
  const organisationId = organisation.value.id;
  await page.goto(`${app.url}#/organisations/${organisationId}/board/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Add a board member' })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Add board member' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the name',
    'Select the role on the board',
    'Say whether this member votes',
    'Select the professional background',
  ]);
  await expect(page).toHaveTitle('Error: Add a board member – Boardwalk');
  await expect(page.locator('#name-error')).toContainText('Enter the name');
  await expect(page.locator('#role-error')).toContainText('Select the role on the board');
  await expect(page.locator('#voting-error')).toContainText('Say whether this member votes');
  await expect(page.locator('#background-error')).toContainText('Select the professional background');
  await checkA11y('the add board member form with errors');
  expect(await boardOf(core, organisationId)).toEqual([]);

  // Each link in the summary takes focus to its field.
  await tabTo(page, summary.getByRole('link', { name: 'Select the professional background' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Professional background' }).getByLabel('Allied health professional')).toBeFocused();
  await tabTo(page, summary.getByRole('link', { name: 'Select the role on the board' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Chair', { exact: true })).toBeFocused();

  // An associate who has not said whether they are an executive, a clinician who has not said
  // whether they are registered: the questions that appeared are named in turn.
  await page.getByLabel('Full name').fill('Rob Ellis');
  await page.getByLabel('Associate or non-voting member').check();
  await page.getByRole('group', { name: 'Professional background' }).getByLabel('Psychologist').check();
  await page.getByRole('button', { name: 'Add board member' }).click();
  await expect(summary.getByRole('link')).toHaveText([
    'Say whether this member is an executive',
    'Say whether this member is registered with a professional regulator',
  ]);
  await expect(page.locator('#executive-error')).toBeVisible();
  await expect(page.locator('#registered-error')).toBeVisible();
  await checkA11y('the add board member form with follow-up questions unanswered');
  await summary.getByRole('link', { name: 'Say whether this member is an executive' }).click();
  await expect(page.getByRole('group', { name: 'Is this member an executive?' }).getByLabel('Yes')).toBeFocused();
  expect(await boardOf(core, organisationId)).toEqual([]);

  // A non-executive associate is then asked about independence.
  await page.getByRole('group', { name: 'Is this member an executive?' }).getByLabel('No').check();
  await page.getByRole('group', { name: 'Is this member registered with a professional regulator?' }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Add board member' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Say whether this non-executive is independent']);
  await expect(page.locator('#independent-error')).toBeVisible();
  expect(await boardOf(core, organisationId)).toEqual([]);

  await page.getByRole('group', { name: 'Is this member independent?' }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Add board member' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Rob Ellis has been added to the board' })).toBeFocused();
  const stored = await boardOf(core, organisationId);
  expect(stored.map(withoutMeta)).toEqual([BOARD_OF_TEN[9]]);
});

test('changing the role or background withdraws the questions that no longer apply, and what is saved follows', async ({
  page,
  app,
  core,
}) => {
  const organisation = await core.call('organisation.create', { name: ORGANISATION, odsCode: 'RXN', type: 'nhs-trust' });
  if (!organisation.ok) throw new Error(organisation.error.message);
  const added = await core.call('board.add', { organisationId: organisation.value.id, ...BOARD_OF_TEN[7]! });
  if (!added.ok) throw new Error(added.error.message);
  await page.goto(`${app.url}#/organisations/${organisation.value.id}/board/${added.value.id}/edit`);
  await expect(page.getByRole('group', { name: 'Is this member independent?' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Is this member registered with a professional regulator?' })).toBeVisible();

  // Ian Fraser becomes the finance director, with no clinical background.
  await page.getByLabel('Finance director').check();
  await expect(page.getByRole('group', { name: 'Is this member independent?' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Is this member an executive?' })).toHaveCount(0);
  await page.getByLabel('Non-clinical').check();
  await expect(page.getByRole('group', { name: 'Is this member registered with a professional regulator?' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Ian Fraser has been updated' })).toBeVisible();
  const stored = await core.call('board.get', { id: added.value.id });
  expect(stored.ok && withoutMeta(stored.value)).toEqual({
    name: 'Ian Fraser',
    role: 'finance-director',
    voting: true,
    executive: true,
    independent: null,
    background: 'non-clinical',
    registered: false,
  });
});

test('a board member that does not exist gets a page saying so', async ({ page, app, core, checkA11y }) => {
  const organisation = await core.call('organisation.create', { name: ORGANISATION, odsCode: 'RXN', type: 'nhs-trust' });
  if (!organisation.ok) throw new Error(organisation.error.message);
  await page.goto(`${app.url}#/organisations/${organisation.value.id}/board/999/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Board member not found' })).toBeVisible();
  await checkA11y('the board-member-not-found page');
  await page.goto(`${app.url}#/organisations/999`);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation not found' })).toBeVisible();
});
