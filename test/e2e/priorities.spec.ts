import type { Page } from '@playwright/test';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';

async function seedWorkshop(core: Core, date = '2026-12-03', title = 'Board development: clinical leadership') {
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const created = await core.call('workshop.create', {
    organisationId,
    title,
    date,
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: memberIds.slice(0, 8), guests: [] },
  });
  if (!created.ok) throw new Error(created.error.message);
  return { organisationId, memberIds, workshop: created.value };
}

const order = (page: Page) => page.getByTestId('priority-list').locator('> li').evaluateAll((items) => items.map((li) => li.getAttribute('data-testid')?.replace('priority-', '')));

test('eight participants dot-vote with the totals hidden, the facilitator reveals them, the board reorders by keyboard, agrees three priorities and nominates champions; all survives a reload', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const { memberIds, workshop } = await seedWorkshop(core);
  const id = workshop.id;
  await core.call('session.setConsensus', { workshopId: id, questionId: 'q14', rating: 1 });
  await core.call('session.setConsensus', { workshopId: id, questionId: 'q3', rating: 4 });
  const names = workshop.participants.map((p) => p.name);
  expect(names).toHaveLength(8);

  await page.goto(`${app.url}#/workshops/${id}/run/priorities`);
  await expect(page.getByRole('heading', { level: 2, name: 'Dot voting' })).toBeVisible();
  await checkA11y('priorities step, before voting');

  await tabTo(page, page.getByLabel('Hide the totals until I reveal them'), 80);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Reveal the totals' })).toBeVisible();

  // Each of the eight places one dot on question 3, one on 9 and one on 14, typed as digits.
  for (const question of [3, 9, 14]) {
    await tabTo(page, page.getByLabel(`Dots from ${names[0] ?? ''} on question ${question}`), 120);
    for (const [index, name] of names.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await expect(page.getByLabel(`Dots from ${name} on question ${question}`)).toBeFocused();
      await page.keyboard.type('1');
      await expect(page.getByLabel(`Dots from ${name} on question ${question}`)).toHaveValue('1');
    }
  }
  const first = workshop.participants[0];
  await expect(page.getByTestId(`dots-left-${first?.id ?? 0}`)).toHaveText('0 left');
  await expect(page.getByTestId('total-q3')).toHaveText('Hidden');
  await expect(page.getByTestId('votes-hidden-note')).toBeVisible();
  // Hidden votes do not show through the proposed order or its reasons either.
  await expect(page.getByTestId('priority-q14')).toContainText('votes hidden + gap 4 (rated 1, Not started) + no ceiling evidence = 4');
  expect((await order(page))[0]).toBe('q14');

  // A fourth dot is refused, naming the participant, and nothing changes.
  await tabTo(page, page.getByLabel(`Dots from ${names[0] ?? ''} on question 17`), 60);
  await page.keyboard.type('1');
  await expect(page.getByTestId('priorities-error')).toContainText(`${names[0] ?? ''} has 3 dots and none left to place here`);
  await expect(page.getByLabel(`Dots from ${names[0] ?? ''} on question 17`)).toHaveValue('0');
  await checkA11y('priorities step, a refused vote');

  await tabTo(page, page.getByRole('button', { name: 'Reveal the totals' }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('total-q3')).toHaveText('8');
  // Question 14: 8 votes + gap 4 = 12; question 3: 8 + gap 1 = 9; question 9: 8, not rated.
  expect((await order(page)).slice(0, 3)).toEqual(['q14', 'q3', 'q9']);
  await expect(page.getByTestId('priority-q14')).toContainText('8 votes + gap 4 (rated 1, Not started) + no ceiling evidence = 12');

  // The board puts question 9 first: "Move up" twice, focus staying on the question's button.
  await tabTo(page, page.getByRole('button', { name: 'Move up (question 9)' }), 80);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await order(page)).slice(0, 3)).toEqual(['q14', 'q9', 'q3']);
  await expect(page.getByRole('button', { name: 'Move up (question 9)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await order(page)).slice(0, 3)).toEqual(['q9', 'q14', 'q3']);
  await expect(page.getByRole('button', { name: 'Go back to the proposed order' })).toBeVisible();

  for (const question of [9, 14, 3]) {
    await tabTo(page, page.getByLabel(`Agreed priority (question ${question})`), 80);
    await page.keyboard.press('Space');
    await expect(page.getByLabel(`Agreed priority (question ${question})`)).toBeChecked();
  }
  await expect(page.getByTestId('agreed-count')).toHaveText('3 agreed priorities. Boards usually agree 3 to 5.');

  // An action for the first priority, on its own form, then back to the step.
  await tabTo(page, page.getByRole('link', { name: 'Add an action to question 9' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Add an action/ })).toBeVisible();
  await tabTo(page, page.getByLabel('Description'), 20);
  await page.keyboard.type('Shadow board for senior nurses and AHPs');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Owner')).toBeFocused();
  await page.keyboard.type('Grace');
  await tabTo(page, page.getByLabel('Day'), 10);
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2027');
  await tabTo(page, page.getByRole('button', { name: 'Save action' }), 20);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/workshops/${id}/run/priorities$`));
  await expect(page.getByText('Action added to question 9')).toBeVisible();
  await expect(page.getByTestId('actions-q9')).toContainText('Shadow board for senior nurses and AHPs');
  await expect(page.getByTestId('actions-q9')).toContainText('Grace Adeyemi');
  await expect(page.getByTestId('actions-q9')).toContainText('30 April 2027');
  await expect(page.getByTestId('actions-q9')).toContainText('Not started');
  await expect(page.getByRole('link', { name: 'Add an action to question 14' })).toBeVisible();

  await tabTo(page, page.getByLabel('Executive lead', { exact: true }), 400);
  await page.keyboard.type('Grace');
  await expect(page.getByLabel('Executive lead', { exact: true })).toHaveValue(String(memberIds[4]));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Non-executive lead')).toBeFocused();
  await page.keyboard.type('Ian');
  await expect(page.getByLabel('Non-executive lead')).toHaveValue(String(memberIds[7]));
  await checkA11y('priorities step, complete');

  await page.reload();
  await expect(page.getByTestId('total-q3')).toHaveText('8');
  expect((await order(page)).slice(0, 3)).toEqual(['q9', 'q14', 'q3']);
  for (const question of [9, 14, 3]) await expect(page.getByLabel(`Agreed priority (question ${question})`)).toBeChecked();
  await expect(page.getByLabel('Executive lead', { exact: true })).toHaveValue(String(memberIds[4]));
  await expect(page.getByLabel('Non-executive lead')).toHaveValue(String(memberIds[7]));
  const stored = await core.call('priorities.get', { workshopId: id });
  expect(stored.ok && stored.value.votes.reduce((sum, v) => sum + v.dots, 0)).toBe(24);
  expect(stored.ok && stored.value.actions.map((a) => [a.questionId, a.ownerName, a.dueDate])).toEqual([['q9', 'Grace Adeyemi', '2027-04-30']]);
  expect(stored.ok && stored.value.champions).toEqual({
    executive: { boardMemberId: memberIds[4], name: 'Grace Adeyemi' },
    nonExecutive: { boardMemberId: memberIds[7], name: 'Ian Fraser' },
  });
});

test('a repeat workshop shows the previous workshop\'s actions with their status and how each rating moved', async ({ page, app, core, checkA11y }) => {
  test.setTimeout(60_000);
  const { organisationId, memberIds, workshop: before } = await seedWorkshop(core, '2026-06-01', 'Spring workshop');
  await core.call('session.setConsensus', { workshopId: before.id, questionId: 'q5', rating: 2 });
  await core.call('priorities.setAgreed', { workshopId: before.id, questionId: 'q5', agreed: true });
  await core.call('action.add', { workshopId: before.id, questionId: 'q5', description: 'Clinical leadership fellowship for band 7 staff', ownerId: memberIds[3] ?? 0, dueDate: '2026-10-31', status: 'blocked', notes: '', resourceId: null });
  const repeat = await core.call('workshop.create', { organisationId, title: 'Autumn workshop', date: '2026-12-03', facilitator: '', participants: { boardMemberIds: memberIds.slice(0, 4), guests: [] } });
  if (!repeat.ok) throw new Error(repeat.error.message);
  await core.call('session.setConsensus', { workshopId: repeat.value.id, questionId: 'q5', rating: 3 });

  await page.goto(`${app.url}#/workshops/${repeat.value.id}/run/priorities`);
  await expect(page.getByRole('heading', { name: 'Since the previous workshop' })).toBeVisible();
  await expect(page.getByTestId('since-previous')).toContainText('Spring workshop, 1 June 2026');
  await expect(page.getByTestId('previous-actions')).toContainText('Clinical leadership fellowship for band 7 staff');
  await expect(page.getByTestId('previous-actions')).toContainText('Blocked');
  await expect(page.getByTestId('rating-change-q5')).toHaveText('Up 1');
  await checkA11y('priorities step of a repeat workshop');
});
