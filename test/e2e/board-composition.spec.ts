import type { Page } from '@playwright/test';
import type { AddBoardMemberInput } from '../../shared/board/board-member';
import type { OrganisationType } from '../../shared/organisations/organisation';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { BOARD_OF_TEN } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';
import { NORTHSHIRE_2026, seedSnapshot } from '../harness/workforce-data';

type Member = Omit<AddBoardMemberInput, 'organisationId'>;

const CHAIR: Member = { name: 'Helen Marsh', role: 'chair', voting: true, executive: false, independent: true, background: 'non-clinical', registered: false };
const CEO: Member = { name: 'David Okafor', role: 'chief-executive', voting: true, executive: true, independent: null, background: 'non-clinical', registered: false };
const CFO: Member = { name: 'Priya Raman', role: 'finance-director', voting: true, executive: true, independent: null, background: 'non-clinical', registered: false };
const MD: Member = { name: 'Dr Tom Hughes', role: 'medical-director', voting: true, executive: true, independent: null, background: 'doctors', registered: true };

function ned(name: string, independent: boolean, background: Member['background'] = 'non-clinical'): Member {
  return { name, role: 'non-executive-director', voting: true, executive: false, independent, background, registered: false };
}

/**
 * A foundation trust board that breaks two rules: its nurse director is not recorded as a
 * registered nurse, and only 1 of its 4 voting non-executive directors is independent.
 * 4 voting executives against the chair and 4 NEDs: no dominant group.
 */
const FOUNDATION_TRUST_BOARD: readonly Member[] = [
  CHAIR,
  CEO,
  CFO,
  MD,
  { name: 'Grace Adeyemi', role: 'nurse-director', voting: true, executive: true, independent: null, background: 'nurses', registered: false },
  ned('Margaret Lloyd', true),
  ned('Ian Fraser', false, 'pharmacists'),
  ned('Aisha Khan', false),
  ned('Oliver Grant', false),
  { name: 'Rob Ellis', role: 'associate-non-voting', voting: false, executive: false, independent: true, background: 'psychologists', registered: true },
];

/** An NHS trust with eight voting NEDs (one more than seven) and no finance director entered. */
const NHS_TRUST_BOARD: readonly Member[] = [
  CHAIR,
  CEO,
  MD,
  { name: 'Grace Adeyemi', role: 'nurse-director', voting: true, executive: true, independent: null, background: 'nurses', registered: true },
  ned('Margaret Lloyd', true),
  ned('Ian Fraser', true, 'pharmacists'),
  ned('Aisha Khan', false),
  ned('Oliver Grant', true),
  ned('Nadia Brooks', true),
  ned('Peter Walsh', true, 'ahp'),
  ned('Lucy Chen', true),
  ned('Kwame Mensah', true),
];

async function seedBoard(core: Core, name: string, type: OrganisationType, members: readonly Member[]): Promise<number> {
  const org = await core.call('organisation.create', { name, odsCode: 'RXQ', type });
  if (!org.ok) throw new Error(org.error.message);
  for (const member of members) {
    const added = await core.call('board.add', { organisationId: org.value.id, ...member });
    if (!added.ok) throw new Error(`${member.name}: ${added.error.message}`);
  }
  return org.value.id;
}

/** From the organisation's home to the check, by keyboard. */
async function openCheckByKeyboard(page: Page, appUrl: string, organisationId: number, organisationName: string): Promise<void> {
  await page.goto(`${appUrl}#/organisations/${organisationId}`);
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Check the board’s composition' }), 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Board composition check/ })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/organisations/${organisationId}/board/check$`));
  await expect(page).toHaveTitle('Board composition check – Boardwalk');
}

function finding(page: Page, ruleId: string) {
  return page.getByTestId(`finding-${ruleId}`);
}

test('a foundation trust board that breaks two rules: both not met with the members named, and who is missing beside the workforce shares', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  const name = 'Riverside NHS Foundation Trust';
  const organisationId = await seedBoard(core, name, 'nhs-foundation-trust', FOUNDATION_TRUST_BOARD);
  seedSnapshot(core, organisationId, { snapshotDate: '2025-03-31', counts: NORTHSHIRE_2026.filter((row) => row.professionId !== 'nurses') });
  seedSnapshot(core, organisationId, { snapshotDate: '2026-03-31', counts: NORTHSHIRE_2026 });

  await openCheckByKeyboard(page, app.url, organisationId, name);
  await expect(page.getByTestId('composition-summary')).toHaveText('2 rules not met, 4 met, and 1 prompt for the board to consider.');

  const rows = page.getByTestId('findings-table').locator('tbody tr');
  await expect(rows).toHaveCount(7);

  const nurse = finding(page, 'registered-nurse-or-midwife');
  await expect(nurse.getByTestId('finding-status')).toHaveText('Not met');
  await expect(nurse.getByRole('rowheader')).toContainText('An executive director who is a registered nurse or midwife');
  await expect(nurse.getByRole('rowheader')).toContainText('NHS Act 2006, Schedule 7');
  await expect(nurse.getByTestId('finding-members')).toHaveText('Grace Adeyemi: not recorded as registered');

  const independence = finding(page, 'independent-non-executives');
  await expect(independence.getByTestId('finding-status')).toHaveText('Not met');
  await expect(independence.getByTestId('finding-detail')).toHaveText(
    '1 of 4 voting non-executive directors is independent; at least 2 must be. Not independent: Aisha Khan, Ian Fraser and Oliver Grant.',
  );
  // In board order: the board lists its non-executives by name.
  await expect(independence.getByTestId('finding-members').getByRole('listitem')).toHaveText([
    'Aisha Khan: not independent',
    'Ian Fraser: not independent',
    'Oliver Grant: not independent',
  ]);
  await expect(independence.getByRole('rowheader')).toContainText('Foundation Trust Code of Governance');

  for (const ruleId of ['chief-executive', 'chief-financial-officer', 'registered-doctor-or-dentist', 'no-dominant-group']) {
    await expect(finding(page, ruleId).getByTestId('finding-status'), ruleId).toHaveText('Met');
  }
  await expect(finding(page, 'registered-doctor-or-dentist').getByTestId('finding-members')).toHaveText('Dr Tom Hughes');
  const prompt = finding(page, 'clinical-non-executive');
  await expect(prompt.getByTestId('finding-status')).toHaveText('Guidance');
  await expect(prompt.getByTestId('finding-outcome')).toHaveText('The board has one');

  // Who is missing, beside the shares of the newest snapshot (31 March 2026: 3,749 clinical staff).
  await expect(page.getByTestId('snapshot-used')).toContainText('31 March 2026');
  await expect(page.getByTestId('who-is-missing-table').locator('caption')).toContainText('31 March 2026');
  await expect(page.getByTestId('missing-professions')).toHaveText(
    'No one at the table from these 5 professions: Allied health professionals, Healthcare scientists, Midwives, Social workers, Other clinical professions.',
  );
  const expected: ReadonlyArray<[string, string, string]> = [
    // profession, voice, share (by hand: headcount / 3749)
    ['ahp', 'Missing', '14.5%'],
    ['doctors', 'Voting voice', '16.0%'],
    ['healthcare-scientists', 'Missing', '4.5%'],
    ['midwives', 'Missing', '7.0%'],
    ['nurses', 'Voting voice', '52.1%'],
    ['pharmacists', 'Voting voice', '2.3%'],
    ['psychologists', 'Non-voting only', '–'],
    ['social-workers', 'Missing', '0.0%'],
    ['other-clinical', 'Missing', '3.6%'],
  ];
  for (const [id, voice, share] of expected) {
    const row = page.getByTestId(`voice-${id}`);
    await expect(row.locator('td').first(), id).toHaveText(voice);
    await expect(page.getByTestId(`share-${id}`), id).toContainText(share);
  }
  await expect(page.getByTestId('voice-psychologists')).toContainText('Rob Ellis');
  // Three psychologists: their share is held back, and said to be.
  await expect(page.getByTestId('share-psychologists')).toHaveText('–Not shown: fewer than 5 people');
  await checkA11y('the composition check of a foundation trust');

  // The back link returns to the organisation.
  await page.getByRole('link', { name: `Back to ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('an NHS trust with eight non-executive directors and no finance director entered', async ({ page, app, core, checkA11y }) => {
  const name = 'Northshire Hospitals NHS Trust';
  const organisationId = await seedBoard(core, name, 'nhs-trust', NHS_TRUST_BOARD);

  await openCheckByKeyboard(page, app.url, organisationId, name);
  await expect(page.getByTestId('composition-summary')).toHaveText('1 rule not met, 1 cannot tell, 5 met, and 1 prompt for the board to consider.');

  const neds = finding(page, 'non-executives-limit');
  await expect(neds.getByTestId('finding-status')).toHaveText('Not met');
  await expect(neds.getByRole('rowheader')).toContainText('At most 7 non-executive directors, excluding the chair');
  await expect(neds.getByRole('rowheader')).toContainText('Regulation 2 of the National Health Service Trusts (Membership and Procedure) Regulations 1990/2024');
  await expect(neds.getByTestId('finding-detail')).toHaveText('8 voting non-executive directors: 1 more than the 7 allowed.');
  await expect(neds.getByTestId('finding-members').getByRole('listitem')).toHaveCount(8);
  await expect(neds.getByTestId('finding-members')).toContainText('Kwame Mensah');
  await expect(neds.getByTestId('finding-members')).not.toContainText('Helen Marsh');
  // 3 executives and 8 NEDs make 11 directors excluding the chair: within 12.
  await expect(finding(page, 'directors-limit').getByTestId('finding-status')).toHaveText('Met');

  // No finance director: the board as entered cannot tell, and says what to record, with the way to record it.
  const cfo = finding(page, 'chief-financial-officer');
  await expect(cfo.getByTestId('finding-status')).toHaveText('Cannot tell');
  await expect(cfo.getByTestId('finding-missing')).toContainText('Add the finance director as a board member with the role “Finance director”.');
  await expect(cfo.getByRole('link', { name: /Add a board member/ })).toHaveAttribute('href', `#/organisations/${organisationId}/board/new`);

  // No snapshot: no shares, and the way to import one.
  await expect(page.getByTestId('no-snapshot')).toContainText('No workforce snapshot yet');
  await expect(page.getByRole('link', { name: 'Import a workforce file' })).toHaveAttribute('href', `#/organisations/${organisationId}/workforce/import`);
  await expect(page.getByTestId('who-is-missing-table').locator('thead th')).toHaveCount(4);
  await expect(page.getByTestId('voice-ahp').locator('td').first()).toHaveText('Voting voice');
  await checkA11y('the composition check of an NHS trust');
});

test('an integrated care board sees the rules for reference only', async ({ page, app, core, checkA11y }) => {
  const name = 'Northshire Integrated Care Board';
  const organisationId = await seedBoard(core, name, 'integrated-care-board', BOARD_OF_TEN);
  await page.goto(`${app.url}#/organisations/${organisationId}/board/check`);
  await expect(page.getByTestId('composition-summary')).toHaveText('10 rules shown for reference only.');
  await expect(page.getByTestId('findings-table').getByTestId('finding-status')).toHaveText(Array<string>(10).fill('Guidance'));
  await expect(finding(page, 'no-dominant-group').getByTestId('finding-outcome')).toHaveText('Would not be met');
  await checkA11y('the composition check of an integrated care board');
});

test('a board with no members: an explanation and the way to add them', async ({ page, app, core, checkA11y }) => {
  const name = 'Hilltop NHS Foundation Trust';
  const organisationId = await seedBoard(core, name, 'nhs-foundation-trust', []);
  await openCheckByKeyboard(page, app.url, organisationId, name);
  await expect(page.getByTestId('no-board-to-check')).toContainText('No one is on the board of Hilltop NHS Foundation Trust yet');
  await expect(page.getByTestId('findings-table')).toHaveCount(0);
  await tabTo(page, page.getByRole('link', { name: 'Add a board member' }));
  await checkA11y('the composition check with no board');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Add a board member/ })).toBeFocused();
});
