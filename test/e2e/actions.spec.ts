import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';

const DESCRIPTION = 'Set up a clinical leadership mentoring scheme for AHPs';
const Q3_TEXT = "How are you helping clinicians to gain 'low risk' leadership experience?";

/** An organisation with the board of ten, a workshop, and question 3 agreed as a priority. */
async function seedWorkshop(core: Core): Promise<{ workshopId: number; memberIds: number[] }> {
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const created = await core.call('workshop.create', {
    organisationId,
    title: 'Board development: clinical leadership',
    date: '2026-12-03',
    facilitator: '',
    participants: { boardMemberIds: memberIds.slice(0, 8), guests: [] },
  });
  if (!created.ok) throw new Error(created.error.message);
  const agreed = await core.call('priorities.setAgreed', { workshopId: created.value.id, questionId: 'q3', agreed: true });
  if (!agreed.ok) throw new Error(agreed.error.message);
  return { workshopId: created.value.id, memberIds };
}

async function actionsOf(core: Core, workshopId: number) {
  const result = await core.call('priorities.get', { workshopId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.actions;
}

test('an action is added to an agreed priority by keyboard, changed, and deleted through its confirmation', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(60_000);
  const { workshopId, memberIds } = await seedWorkshop(core);
  const prioritiesUrl = new RegExp(`#/workshops/${workshopId}/run/priorities$`);
  await page.goto(`${app.url}#/workshops/${workshopId}/priorities/q3/new-action`);
  await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
  await expect(page).toHaveTitle('Add an action – Boardwalk');
  await expect(page.getByTestId('action-question')).toHaveText(`Question 3: ${Q3_TEXT}`);
  await expect(page.getByLabel('Owner')).toHaveValue('');
  await expect(page.getByLabel('Not started')).toBeChecked();
  await expect(page.getByLabel('Suggested development offer (optional)')).toHaveValue('');
  await expect(page.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', `#/workshops/${workshopId}/run/priorities`);
  await checkA11y('the add action form');

  // Sent empty: every required field is named, in the order of the form.
  await tabTo(page, page.getByRole('button', { name: 'Save action' }), 40);
  await page.keyboard.press('Enter');
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Describe the action', 'Choose the owner of the action', 'Enter the due date']);
  await expect(page).toHaveTitle('Error: Add an action – Boardwalk');
  for (const box of ['Day', 'Month', 'Year']) await expect(page.getByLabel(box)).toHaveClass(/nhsuk-input--error/);
  await expect(page.locator('#ownerId')).toHaveAttribute('aria-describedby', 'ownerId-hint ownerId-error');
  await checkA11y('the add action form with errors');
  expect(await actionsOf(core, workshopId)).toEqual([]);

  // Filled in by keyboard, from the summary's first link.
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link', { name: 'Describe the action' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Description')).toBeFocused();
  await page.keyboard.type(DESCRIPTION);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Owner')).toBeFocused();
  await page.keyboard.type('Grace');
  await expect(page.getByLabel('Owner')).toHaveValue(String(memberIds[4]));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Day')).toBeFocused();
  await page.keyboard.type('31');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2027');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Not started')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('In progress')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Notes (optional)')).toBeFocused();
  await page.keyboard.type('Start with the therapies');
  // The first offer the library has for the theme of question 3.
  await page.keyboard.press('Tab');
  const offer = page.getByLabel('Suggested development offer (optional)');
  await expect(offer).toBeFocused();
  await expect.poll(() => offer.locator('option').count()).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  const offerId = Number(await offer.inputValue());
  expect(offerId).toBeGreaterThan(0);
  const offerTitle = (await offer.locator(`option[value="${offerId}"]`).textContent()) ?? '';
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save action' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(prioritiesUrl);
  const added = await actionsOf(core, workshopId);
  expect(added).toEqual([
    expect.objectContaining({
      workshopId,
      questionId: 'q3',
      description: DESCRIPTION,
      ownerId: memberIds[4],
      ownerName: 'Grace Adeyemi',
      dueDate: '2027-03-31',
      status: 'in-progress',
      notes: 'Start with the therapies',
      resourceId: offerId,
      resourceTitle: offerTitle,
    }),
  ]);
  const actionId = added[0]!.id;

  // Changed: the form opens with the action as saved; the status is moved on to Done.
  await page.goto(`${app.url}#/workshops/${workshopId}/actions/${actionId}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Change the action' })).toBeVisible();
  await expect(page.getByTestId('action-question')).toHaveText(`Question 3: ${Q3_TEXT}`);
  await expect(page.getByLabel('Description')).toHaveValue(DESCRIPTION);
  await expect(page.getByLabel('Owner')).toHaveValue(String(memberIds[4]));
  await expect(page.getByLabel('Day')).toHaveValue('31');
  await expect(page.getByLabel('Month')).toHaveValue('3');
  await expect(page.getByLabel('Year')).toHaveValue('2027');
  await expect(page.getByLabel('In progress')).toBeChecked();
  await expect(page.getByLabel('Suggested development offer (optional)')).toHaveValue(String(offerId));
  await checkA11y('the change action form');
  await tabTo(page, page.getByLabel('In progress'), 30);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Done')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(prioritiesUrl);
  expect(await actionsOf(core, workshopId)).toEqual([
    expect.objectContaining({ id: actionId, description: DESCRIPTION, ownerId: memberIds[4], dueDate: '2027-03-31', status: 'done', resourceId: offerId }),
  ]);

  // Deleted, after its confirmation shows what is being deleted; Cancel goes back untouched.
  const deleteUrl = `${app.url}#/workshops/${workshopId}/actions/${actionId}/delete`;
  await page.goto(deleteUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Delete this action?' })).toBeVisible();
  const shown = page.getByTestId('action-to-delete');
  await expect(shown).toContainText(DESCRIPTION);
  await expect(shown).toContainText('Grace Adeyemi');
  await expect(shown).toContainText('31 March 2027');
  await checkA11y('the delete action page');
  await tabTo(page, page.getByRole('link', { name: 'Cancel' }), 30);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(prioritiesUrl);
  expect(await actionsOf(core, workshopId)).toHaveLength(1);

  await page.goto(deleteUrl);
  await tabTo(page, page.getByRole('button', { name: 'Delete action' }), 30);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(prioritiesUrl);
  expect(await actionsOf(core, workshopId)).toEqual([]);

  // The deleted action's screens say it is gone, with the way back.
  await page.goto(`${app.url}#/workshops/${workshopId}/actions/${actionId}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Action not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the priorities of the workshop' })).toHaveAttribute(
    'href',
    `#/workshops/${workshopId}/run/priorities`,
  );
});

test('a due date that does not exist, and a question that is not an agreed priority, are refused and nothing is saved', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const { workshopId } = await seedWorkshop(core);
  const summary = page.locator('.nhsuk-error-summary');

  await page.goto(`${app.url}#/workshops/${workshopId}/priorities/q3/new-action`);
  await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
  await page.getByLabel('Description').fill(DESCRIPTION);
  await page.getByLabel('Owner').selectOption({ label: 'Dr Tom Hughes (medical director)' });
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('Year').fill('2027');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['The due date must be a real date, for example 3 12 2026']);
  await expect(page.locator('#dueDate-error')).toContainText('The due date must be a real date');
  for (const box of ['Day', 'Month', 'Year']) await expect(page.getByLabel(box)).toHaveClass(/nhsuk-input--error/);
  await expect(page.getByLabel('Description')).not.toHaveClass(/nhsuk-textarea--error/);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Day')).toBeFocused();

  // A month left out is named, and only that box is marked.
  await page.getByLabel('Month').fill('');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(summary.getByRole('link')).toHaveText(['The due date must include a month']);
  await expect(page.getByLabel('Month')).toHaveClass(/nhsuk-input--error/);
  await expect(page.getByLabel('Day')).not.toHaveClass(/nhsuk-input--error/);
  await checkA11y('the add action form with a date error');
  expect(await actionsOf(core, workshopId)).toEqual([]);

  // Question 4 was never agreed as a priority: the message is about the question, not a field.
  await page.goto(`${app.url}#/workshops/${workshopId}/priorities/q4/new-action`);
  await expect(page.getByTestId('action-question')).toHaveText('Question 4: How are you preparing clinicians as they take on new roles?');
  await page.getByLabel('Description').fill(DESCRIPTION);
  await page.getByLabel('Owner').selectOption({ label: 'Dr Tom Hughes (medical director)' });
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2027');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Question 4 is not an agreed priority of this workshop. Agree it as a priority first.');
  await expect(summary.getByRole('link')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/workshops/${workshopId}/priorities/q4/new-action$`));
  await checkA11y('the add action form refused for a question that is not a priority');
  expect(await actionsOf(core, workshopId)).toEqual([]);
});
