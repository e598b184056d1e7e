import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { BOARD_ROLE_LABELS } from '../../shared/board/board-member';
import type { AddBoardMemberInput } from '../../shared/board/board-member';
import { KEY_QUESTIONS, THEMES } from '../../shared/framework/content';
import { expect, test } from '../harness/fixtures';
import { BOARD_OF_TEN } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/**
 * The whole workshop flow, from an empty database to the PDF for the board pack, with the
 * keyboard alone: one page load, then only Tab, Enter, Space, arrows and typing. No click, no
 * page.goto, no data seeded through the core; the only stand-ins are the desktop's open and save
 * dialogs (the `fileChooser` fixture), which sit outside the page.
 */

type Member = Omit<AddBoardMemberInput, 'organisationId'>;

const ORGANISATION = 'Wessex Coast NHS Foundation Trust';
const WORKSHOP = 'Clinical leadership: autumn board session';

function member(name: string): Member {
  const found = BOARD_OF_TEN.find((m) => m.name === name);
  if (!found) throw new Error(`${name} is not in BOARD_OF_TEN`);
  return found;
}

/** A chair, a chief executive, a medical director, a nurse director and a non-executive director. */
const BOARD: readonly Member[] = ['Helen Marsh', 'David Okafor', 'Dr Tom Hughes', 'Grace Adeyemi', 'Ian Fraser'].map(member);

const BACKGROUND: Record<string, string> = {
  'non-clinical': 'Non-clinical',
  doctors: 'Doctor or dentist',
  nurses: 'Nurse',
  pharmacists: 'Pharmacist',
};

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Tab lands in the radio group named `legend`; the arrow keys reach `label`; Space chooses it. */
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

async function addMember(page: Page, m: Member): Promise<void> {
  await tabTo(page, page.getByRole('link', { name: 'Add a board member' }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a board member' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.keyboard.type(m.name);
  await chooseRadio(page, 'Role on the board', BOARD_ROLE_LABELS[m.role]);
  await chooseRadio(page, 'Does this member vote on board decisions?', yesNo(m.voting));
  if (m.independent !== null) await chooseRadio(page, 'Is this member independent?', yesNo(m.independent));
  const background = BACKGROUND[m.background];
  if (background === undefined) throw new Error(`No label for ${m.background}`);
  await chooseRadio(page, 'Professional background', background);
  if (m.background !== 'non-clinical') await chooseRadio(page, 'Is this member registered with a professional regulator?', yesNo(m.registered));
  await tabTo(page, page.getByRole('button', { name: 'Add board member' }), 3);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `${m.name} has been added to the board` })).toBeFocused();
}

/** A small ESR-like staff list whose every value Boardwalk already knows. */
function staffListCsv(): string {
  const header = ['Employee Number', 'Full Name', 'Staff Group', 'Occupation', 'Pay Band', 'FTE'];
  const people: ReadonlyArray<readonly [string, string, string, number]> = [
    ['Nursing and Midwifery Registered', 'Staff Nurse', 'Band 5', 30],
    ['Nursing and Midwifery Registered', 'Sister', 'Band 6', 12],
    ['Nursing and Midwifery Registered', 'Matron', 'Band 8 - Range A', 6],
    ['Medical and Dental', 'Consultant', 'Consultant', 10],
    ['Allied Health Professionals', 'Physiotherapist', 'Band 6', 8],
    ['Allied Health Professionals', 'Dietitian', 'Band 7', 2],
  ];
  let n = 0;
  const rows = people.flatMap(([group, occupation, band, count]) =>
    Array.from({ length: count }, () => {
      n += 1;
      return [String(30_000_000 + n), `Person Number${n}`, group, occupation, band, '1'];
    }),
  );
  return [header, ...rows].map((r) => r.join(',')).join('\r\n');
}

/** Like tabTo, backwards: for a link above the focus, such as a back link above a success banner. */
async function shiftTabTo(page: Page, target: Locator, maxPresses = 20): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Shift+Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Not reached by Shift+Tab in ${maxPresses} presses`);
}

async function typeDate(page: Page, day: string, month: string, year: string): Promise<void> {
  await tabTo(page, page.getByLabel('Day'), 80);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

let dir: string;
test.beforeEach(() => {
  dir = makeTempDir('boardwalk-whole-flow-');
});
test.afterEach(() => removeDir(dir));

test('the whole workshop flow, from an empty database to the saved PDF, with the keyboard alone and axe at every major step', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(240_000);
  const csv = path.join(dir, 'staff-in-post.csv');
  fs.writeFileSync(csv, staffListCsv());
  const pdfPath = path.join(dir, 'board pack.pdf');

  // The only page load.
  await page.goto(app.url);
  await expect(page.getByTestId('no-organisations')).toBeVisible();
  await checkA11y('whole flow: no organisations yet');

  // 1. The organisation.
  await tabTo(page, page.getByRole('link', { name: 'Add an organisation' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add an organisation' })).toBeFocused();
  await tabTo(page, page.getByLabel('Organisation name'));
  await page.keyboard.type(ORGANISATION);
  await chooseRadio(page, 'Type of organisation', 'NHS foundation trust');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('ODS code')).toBeFocused();
  await page.keyboard.type('RDZ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `${ORGANISATION} has been added` })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: ORGANISATION, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeFocused();
  await checkA11y('whole flow: the new organisation');

  // 2. The board: chair, chief executive, medical director, nurse director, a non-executive.
  for (const m of BOARD) await addMember(page, m);
  await expect(page.getByTestId('board-table').getByRole('rowheader')).toHaveText(BOARD.map((m) => m.name));
  await checkA11y('whole flow: the organisation with its board of five');

  // 3. A workforce file through the import screen (the open dialog is the fixture).
  await tabTo(page, page.getByRole('link', { name: 'Workforce and ceilings' }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Workforce and ceilings' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Import a workforce file' }), 20);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Import a workforce file/ })).toBeFocused();
  fileChooser.willChoose(csv);
  await tabTo(page, page.getByRole('button', { name: /Choose a file/ }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '2. Check the columns' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Read the file' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '3. Map the values' })).toBeFocused();
  await expect(page.getByTestId('unmapped-summary')).toHaveText('Every value has a place.');
  await typeDate(page, '30', '9', '2026');
  await checkA11y('whole flow: the import checked and ready');
  await tabTo(page, page.getByRole('button', { name: 'Import snapshot' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Snapshot of 30 September 2026 imported: 68 clinical staff counted')).toBeVisible();
  await checkA11y('whole flow: the workforce analysis');
  await shiftTabTo(page, page.getByRole('link', { name: `Back to ${ORGANISATION}` }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeFocused();

  // 4. The workshop, with the whole board taking part.
  await tabTo(page, page.getByRole('link', { name: 'Add a workshop' }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a workshop' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Workshop title')).toBeFocused();
  await page.keyboard.type(WORKSHOP);
  await page.keyboard.press('Tab');
  await page.keyboard.type('19');
  await page.keyboard.press('Tab');
  await page.keyboard.type('11');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Facilitator (optional)')).toBeFocused();
  await page.keyboard.type('Ruth Gold');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Select all board members' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Board members taking part' }).getByRole('checkbox', { checked: true })).toHaveCount(5);
  await checkA11y('whole flow: the add workshop form, filled');
  await tabTo(page, page.getByRole('button', { name: 'Save workshop' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: `${WORKSHOP} has been added` })).toBeFocused();
  await expect(page.getByTestId('workshop-summary')).toContainText('5 people');
  await checkA11y('whole flow: the workshop page');

  // 5. The walk-through: perceived ceilings.
  await tabTo(page, page.getByRole('link', { name: 'Start the walk-through' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Perceived ceilings' })).toBeFocused();
  await tabTo(page, page.getByLabel('Doctors and dentists'), 80);
  await page.keyboard.type('No ceiling');
  await tabTo(page, page.getByLabel('Nurses'), 5);
  await page.keyboard.type('Band 8b');
  await checkA11y('whole flow: perceived ceilings');

  // Theme 1 and its barriers: a row of the heatmap scored by typing.
  const theme1 = THEMES[0];
  const barrier = theme1?.barriers[0];
  if (!theme1 || !barrier) throw new Error('framework content');
  await tabTo(page, page.getByRole('link', { name: new RegExp(`Next.*Theme 1: ${theme1.title}`) }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Theme 1: ${theme1.title}` })).toBeFocused();
  await tabTo(page, page.getByTestId(`severity-${barrier.id}-ahp`), 40);
  const scores = ['3', '2', '1'];
  for (const [index, score] of scores.entries()) {
    await page.keyboard.type(score);
    if (index < scores.length - 1) await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId(`severity-${barrier.id}-ahp`)).toHaveValue('3');
  await checkA11y('whole flow: theme 1 with barriers scored');
  await tabTo(page, page.getByRole('link', { name: /^Next/ }), 200);
  await page.keyboard.press('Enter');

  // Questions 1 to 3 rated with the number keys, a note on question 2; the rest passed by the arrow key.
  const ratings: Record<string, number> = { q1: 2, q2: 4, q3: 1 };
  for (const [index, question] of KEY_QUESTIONS.entries()) {
    const heading = page.getByRole('heading', { level: 1, name: `Key question ${question.number} of 17` });
    await expect(heading).toBeFocused();
    const rating = ratings[question.id];
    if (rating !== undefined) {
      await page.keyboard.press(String(rating));
      await expect(page.getByTestId('consensus-summary')).toContainText(`Rated ${rating}`);
    }
    if (question.id === 'q2') {
      await tabTo(page, page.getByLabel('Evidence and notes'), 40);
      await page.keyboard.type('Two of five directors come from a clinical background.');
      await checkA11y('whole flow: a question rated, with notes');
      // Out of the text box (where keys are its own) by the Next link.
      await tabTo(page, page.getByRole('link', { name: /^Next/ }), 60);
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('ArrowRight');
    }
    const next = KEY_QUESTIONS[index + 1];
    if (next && next.themeId !== question.themeId) {
      await expect(page.getByRole('heading', { level: 1, name: /^Theme \d: / })).toBeFocused();
      await page.keyboard.press('ArrowRight');
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities' })).toBeFocused();
  await expect(page.getByTestId('progress')).toHaveText('3 of 17 questions rated');

  // 6. Dot voting: each of the five places a dot on questions 1, 2 and 3.
  await checkA11y('whole flow: priorities, before voting');
  const names = BOARD.map((m) => m.name);
  for (const question of [1, 2, 3]) {
    await tabTo(page, page.getByLabel(`Dots from ${names[0] ?? ''} on question ${question}`, { exact: true }), 150);
    for (const [index, name] of names.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      const dots = page.getByLabel(`Dots from ${name} on question ${question}`, { exact: true });
      await expect(dots).toBeFocused();
      await page.keyboard.type('1');
      await expect(dots).toHaveValue('1');
    }
  }
  await expect(page.getByTestId('total-q1')).toHaveText('5');

  // Agreed priorities, in the proposed order: question 3 (5 votes + gap 4) before question 1 (5 + gap 3).
  for (const question of [3, 1]) {
    await tabTo(page, page.getByLabel(`Agreed priority (question ${question})`, { exact: true }), 300);
    await page.keyboard.press('Space');
    await expect(page.getByLabel(`Agreed priority (question ${question})`, { exact: true })).toBeChecked();
  }
  await checkA11y('whole flow: priorities voted and agreed');

  // An action, with an owner and a due date.
  await tabTo(page, page.getByRole('link', { name: 'Add an action to question 3' }), 150);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Add an action/ })).toBeVisible();
  await tabTo(page, page.getByLabel('Description'), 20);
  await page.keyboard.type('Clinical directors shadow the board for a year');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Owner')).toBeFocused();
  await page.keyboard.type('Dr Tom');
  await expect(page.getByLabel('Owner').locator('option:checked')).toHaveText(/^Dr Tom Hughes/);
  await typeDate(page, '31', '3', '2027');
  await checkA11y('whole flow: the add action form, filled');
  await tabTo(page, page.getByRole('button', { name: 'Save action' }), 20);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Action added to question 3')).toBeVisible();
  await expect(page.getByTestId('actions-q3')).toContainText('Dr Tom Hughes');
  await expect(page.getByTestId('actions-q3')).toContainText('31 March 2027');

  // Champions.
  await tabTo(page, page.getByLabel('Executive lead', { exact: true }), 400);
  await page.keyboard.type('Grace');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Non-executive lead')).toBeFocused();
  await page.keyboard.type('Ian');
  await expect(page.getByLabel('Non-executive lead').locator('option:checked')).toHaveText(/^Ian Fraser/);
  await checkA11y('whole flow: priorities complete, with champions');

  // 7. The priorities report, saved as PDF (the save dialog is the fixture).
  await tabTo(page, page.getByRole('link', { name: 'Save the priorities report as PDF' }), 100);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities report' })).toBeFocused();
  await checkA11y('whole flow: the report options');
  fileChooser.willSaveTo(pdfPath);
  await tabTo(page, page.getByRole('button', { name: 'Save the report as PDF' }), 20);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-report-saved')).toHaveText('Saved board pack.pdf', { timeout: 90_000 });
  await checkA11y('whole flow: the report saved');
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // What the keyboard made is what was stored.
  const organisations = await core.call('organisation.list', {});
  expect(organisations.ok && organisations.value.map((o) => [o.name, o.odsCode, o.type])).toEqual([[ORGANISATION, 'RDZ', 'nhs-foundation-trust']]);
  const organisationId = organisations.ok ? (organisations.value[0]?.id ?? 0) : 0;
  const workshops = await core.call('workshop.list', { organisationId });
  const workshopId = workshops.ok ? (workshops.value[0]?.id ?? 0) : 0;
  const session = await core.call('session.get', { workshopId });
  expect(session.ok && session.value.ratings.filter((r) => r.consensus !== null).map((r) => [r.questionId, r.consensus])).toEqual([
    ['q1', 2],
    ['q2', 4],
    ['q3', 1],
  ]);
  expect(session.ok && session.value.ratings.find((r) => r.questionId === 'q2')?.notes).toBe('Two of five directors come from a clinical background.');
  const priorities = await core.call('priorities.get', { workshopId });
  expect(priorities.ok && priorities.value.votes.reduce((sum, v) => sum + v.dots, 0)).toBe(15);
  expect(priorities.ok && priorities.value.actions.map((a) => [a.questionId, a.ownerName, a.dueDate])).toEqual([['q3', 'Dr Tom Hughes', '2027-03-31']]);
  expect(priorities.ok && [priorities.value.champions.executive?.name, priorities.value.champions.nonExecutive?.name]).toEqual(['Grace Adeyemi', 'Ian Fraser']);
});
