import type { Page } from '@playwright/test';
import { KEY_QUESTIONS, THEMES } from '../../shared/framework/content';
import { PROFESSIONS } from '../../shared/framework/professions';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';

/** A board of ten and a workshop with eight of them taking part, made through the same dispatcher. */
async function seedWorkshop(core: Core): Promise<{ workshopId: number; participantIds: number[] }> {
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const workshop = await core.call('workshop.create', {
    organisationId,
    title: 'Clinical leadership board workshop',
    date: '2026-12-03',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: memberIds.slice(0, 8), guests: [] },
  });
  if (!workshop.ok) throw new Error(workshop.error.message);
  return { workshopId: workshop.value.id, participantIds: workshop.value.participants.map((p) => p.id) };
}

async function stored(core: Core, workshopId: number) {
  const session = await core.call('session.get', { workshopId });
  if (!session.ok) throw new Error(session.error.message);
  return session.value;
}

async function consensusOf(core: Core, workshopId: number, questionId: string): Promise<number | null> {
  return (await stored(core, workshopId)).ratings.find((r) => r.questionId === questionId)?.consensus ?? null;
}

async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText(/^All changes saved/);
}

/** The rating given to question n in this test: varied, so a mix-up between questions shows. */
const ratingFor = (n: number) => ((n * 2) % 5) + 1;

test('a facilitator runs the whole walk-through with the keyboard; everything survives a reload; undo restores a rating', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const { workshopId, participantIds } = await seedWorkshop(core);
  await page.goto(`${app.url}#/workshops/${workshopId}/run/ceilings`);

  // Perceived ceilings: each profession's list is reached by Tab and set by typing.
  await expect(page.getByRole('heading', { level: 1, name: 'Perceived ceilings' })).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveText('0 of 17 questions rated');
  await tabTo(page, page.getByLabel('Doctors and dentists'), 80);
  await page.keyboard.type('No ceiling');
  await tabTo(page, page.getByLabel('Nurses'), 5);
  await page.keyboard.type('Band 8b');
  await expect.poll(async () => (await stored(core, workshopId)).perceivedCeilings).toEqual(
    expect.arrayContaining([
      { professionId: 'nurses', ceiling: 'band-8b' },
      { professionId: 'doctors', ceiling: 'no-ceiling' },
    ]),
  );
  await checkA11y('the perceived ceilings step');

  // On to theme 1 by its Next link.
  await tabTo(page, page.getByRole('link', { name: /Next.*Theme 1: Building confidence/ }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Theme 1: Building confidence' })).toBeFocused();
  for (const barrier of THEMES[0]?.barriers ?? []) {
    await expect(page.getByText(barrier.title, { exact: true }).first()).toBeVisible();
  }

  // The heatmap, filled whole: each cell is reached by Tab and scored by typing its number.
  const theme1 = THEMES[0];
  const firstBarrier = theme1?.barriers[0];
  if (!theme1 || !firstBarrier) throw new Error('content');
  const cells = PROFESSIONS.flatMap((p) => theme1.barriers.map((b) => ({ barrierId: b.id, professionId: p.id })));
  const severityFor = (index: number) => index % 4;
  await tabTo(page, page.getByTestId(`severity-${firstBarrier.id}-ahp`), 40);
  for (const [index] of cells.entries()) {
    await page.keyboard.type(String(severityFor(index)));
    if (index < cells.length - 1) await page.keyboard.press('Tab');
  }
  await expect
    .poll(async () => (await stored(core, workshopId)).severities.length)
    .toBe(cells.length);
  const severities = (await stored(core, workshopId)).severities;
  for (const [index, cell] of cells.entries()) {
    expect(severities.find((s) => s.barrierId === cell.barrierId && s.professionId === cell.professionId)?.severity, `${cell.barrierId} ${cell.professionId}`).toBe(severityFor(index));
  }
  const cell = page.getByTestId(`severity-${firstBarrier.id}-ahp`);
  await expect(cell).toHaveValue('0');
  await expect(page.getByTestId(`severity-${firstBarrier.id}-doctors`)).toHaveValue(String(severityFor(theme1.barriers.length)));
  await checkA11y('theme 1 with its heatmap');

  // Every question rated by digit, moving on with the arrow key; axe on every step.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('ArrowRight');
  for (const question of KEY_QUESTIONS) {
    const heading = page.getByRole('heading', { level: 1, name: `Key question ${question.number} of 17` });
    await expect(heading).toBeFocused();
    await expect(page.getByTestId('question-text')).toHaveText(question.text);
    await page.keyboard.press(String(ratingFor(question.number)));
    await expect(page.getByTestId('consensus-summary')).toContainText(`Rated ${ratingFor(question.number)}`);
    await expect(page.getByTestId('progress')).toHaveText(`${question.number} of 17 questions rated`);
    await checkA11y(`key question ${question.number}`);
    await page.keyboard.press('ArrowRight');
    const next = KEY_QUESTIONS[question.number];
    if (next && next.themeId !== question.themeId) {
      // A new theme's page comes before its questions.
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Theme \\d: `) })).toBeFocused();
      await checkA11y(`the theme page before question ${next.number}`);
      await page.keyboard.press('ArrowRight');
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities' })).toBeFocused();
  await checkA11y('the priorities step (to come)');
  await waitForSaved(page);
  for (const question of KEY_QUESTIONS) {
    expect(await consensusOf(core, workshopId, question.id), question.id).toBe(ratingFor(question.number));
  }

  // Back to question 1 through the stepper: individual ratings from all eight, and notes.
  await page.goto(`${app.url}#/workshops/${workshopId}/run/question/q1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Key question 1 of 17' })).toBeVisible();
  await tabTo(page, page.locator('summary', { hasText: 'Individual ratings' }), 80);
  await page.keyboard.press('Enter');
  const individual = [1, 2, 3, 4, 4, 4, 5, 5];
  await tabTo(page, page.locator(`#individual-q1-${participantIds[0]}`), 10);
  for (const [index, rating] of individual.entries()) {
    await page.keyboard.type(String(rating));
    if (index < individual.length - 1) await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('spread')).toContainText('Median 4, range 1 to 5 from 8 people');
  await expect(page.getByTestId('disagreement')).toHaveText('The board disagrees: ratings are 4 points apart');
  const notes = 'Staff survey 2025: 38% of AHPs see no route to a board role. No data yet on pharmacists.';
  await tabTo(page, page.getByLabel('Evidence and notes'), 10);
  await page.keyboard.type(notes);
  await page.keyboard.press('Tab');
  await waitForSaved(page);
  await checkA11y('question 1 with individual ratings and notes');
  const q1 = (await stored(core, workshopId)).ratings.find((r) => r.questionId === 'q1');
  expect(q1?.notes).toBe(notes);
  expect(q1?.individual.map((i) => i.rating)).toEqual(individual);

  // A reload keeps everything.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Key question 1 of 17' })).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveText('17 of 17 questions rated');
  await expect(page.getByLabel(`${ratingFor(1)} ${['', 'Not started', 'Emerging', 'Developing', 'Established', 'Exemplary'][ratingFor(1)]}`)).toBeChecked();
  await expect(page.getByLabel('Evidence and notes')).toHaveValue(notes);
  await expect(page.getByTestId('spread')).toContainText('Median 4, range 1 to 5 from 8 people');
  await page.goto(`${app.url}#/workshops/${workshopId}/run/theme/building-confidence`);
  await expect(page.getByTestId(`severity-${firstBarrier.id}-ahp`)).toHaveValue('0');
  await expect(page.getByTestId(`severity-${firstBarrier.id}-doctors`)).toHaveValue(String(severityFor(theme1.barriers.length)));
  await page.goto(`${app.url}#/workshops/${workshopId}/run/ceilings`);
  await expect(page.getByLabel('Nurses')).toHaveValue('band-8b');

  // Participants changed on another screen appear when the facilitator moves on (no reload).
  const before8 = await core.call('workshop.get', { id: workshopId });
  if (!before8.ok) throw new Error('read');
  const memberIds = before8.value.participants.map((p) => p.boardMemberId).filter((id): id is number => id !== null);
  await core.call('workshop.update', {
    id: workshopId,
    title: before8.value.title,
    date: before8.value.date,
    facilitator: before8.value.facilitator,
    participants: { boardMemberIds: memberIds, guests: [{ name: 'Lee Chan', role: 'Chief AHP' }] },
  });
  await page.goto(`${app.url}#/workshops/${workshopId}/run/question/q2`);
  await expect(page.getByRole('heading', { level: 1, name: 'Key question 2 of 17' })).toBeVisible();
  await expect(page.locator('label', { hasText: 'Lee Chan' })).toHaveCount(1);
  await expect(page.getByTestId('progress')).toHaveText('17 of 17 questions rated');

  // Undo restores the previous rating, in the database too; redo puts the new one back.
  await page.goto(`${app.url}#/workshops/${workshopId}/run/question/q3`);
  await page.getByRole('heading', { level: 1, name: 'Key question 3 of 17' }).focus();
  const before = ratingFor(3);
  const changed = before === 1 ? 2 : 1;
  await page.keyboard.press(String(changed));
  await expect.poll(() => consensusOf(core, workshopId, 'q3')).toBe(changed);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('consensus-summary')).toContainText(`Rated ${before}`);
  await expect.poll(() => consensusOf(core, workshopId, 'q3')).toBe(before);
  await expect(page.getByTestId('announcement')).toHaveText(`Undone: Rated question 3: ${changed}`);
  await page.keyboard.press('Control+y');
  await expect.poll(() => consensusOf(core, workshopId, 'q3')).toBe(changed);
  await tabTo(page, page.getByRole('button', { name: /^Undo/ }), 20);
  await page.keyboard.press('Enter');
  await expect.poll(() => consensusOf(core, workshopId, 'q3')).toBe(before);

  // The shortcuts are listed on a help overlay, opened with ? and closed with Escape.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('Give the question the board’s consensus rating');
  await checkA11y('the keyboard shortcuts overlay');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();

  // Presenter mode follows the facilitator to the current question.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('v');
  const q3 = KEY_QUESTIONS[2];
  await expect(page.getByTestId('presenter-heading')).toHaveText(q3?.text ?? '');
  await expect(page.getByTestId('presenter-rating')).toContainText(`Board’s rating: ${before}`);
  await expect(page.getByTestId('timer')).toHaveText(/^00:00:0\d$/);
  await checkA11y('the presenter view');
  // The facilitator moves on in another window; the projector follows.
  await core.call('session.setPosition', { workshopId, position: 'question:q4' });
  await expect(page.getByTestId('presenter-heading')).toHaveText(KEY_QUESTIONS[3]?.text ?? '');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-heading')).toHaveText(KEY_QUESTIONS[4]?.text ?? '');
  await expect.poll(async () => (await stored(core, workshopId)).position).toBe('question:q5');
});

test('single-key shortcuts can be turned off and stay off; the presenter’s timer can be hidden (WCAG 2.1.4 and 2.2.2)', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const { workshopId } = await seedWorkshop(core);
  await page.goto(`${app.url}#/workshops/${workshopId}/run/question/q3`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Key question 3');

  await tabTo(page, page.getByRole('button', { name: 'Keyboard shortcuts' }), 30);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const option = dialog.getByRole('checkbox', { name: 'Use single-key shortcuts' });
  await expect(option).toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await expect(option).toBeFocused();
  await page.keyboard.press('Space');
  await expect(option).not.toBeChecked();
  await checkA11y('the shortcuts dialog, single keys off');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Off: a digit rates nothing, and survives a reload; the arrow keys still move.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('3');
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Key question 3');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('4');
  expect(await consensusOf(core, workshopId, 'q3')).toBeNull();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Key question 4');

  // The presenter's clock can be hidden and shown again.
  await page.goto(`${app.url}#/workshops/${workshopId}/present`);
  await expect(page.getByTestId('timer')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Hide timer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('timer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hide timer' })).toHaveAttribute('aria-pressed', 'true');
  await checkA11y('the presenter view, timer hidden');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('timer')).toBeVisible();
});
