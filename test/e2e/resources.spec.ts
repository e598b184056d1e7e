import type { Locator, Page } from '@playwright/test';
import type { ThemeId } from '../../shared/framework/content';
import type { ProfessionId } from '../../shared/framework/professions';
import { SEED_RESOURCES } from '../../shared/resources/seed';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { tabTo } from '../harness/keyboard';

const TOTAL = SEED_RESOURCES.length;

const byTitle = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase());

/** The seed titles a filter should show, worked out here from the seed rather than by the app. */
function seedTitles(themeId?: ThemeId, professionId?: ProfessionId): string[] {
  return SEED_RESOURCES.filter((item) => themeId === undefined || item.themeIds.includes(themeId))
    .filter((item) => professionId === undefined || item.professions === 'all' || item.professions.includes(professionId))
    .map((item) => item.title)
    .sort(byTitle);
}

async function ownResources(core: Core) {
  const result = await core.call('resource.list', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.filter((item) => !item.builtIn);
}

/** Like tabTo, backwards. */
async function shiftTabTo(page: Page, target: Locator, maxPresses = 20): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Shift+Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Not reached by Shift+Tab in ${maxPresses} presses`);
}

/** Tab to a checkbox and tick it with Space. */
async function tick(page: Page, group: Locator, label: string): Promise<void> {
  const box = group.getByRole('checkbox', { name: label, exact: true });
  await tabTo(page, box, 25);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

test('the library, by keyboard: opened from the organisations page, filtered by theme and profession; a resource added, edited and removed', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await checkA11y('the organisations page with its link to the library');
  await tabTo(page, page.getByRole('link', { name: 'Open the resource library' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Resource library' })).toBeFocused();
  await expect(page).toHaveTitle('Resource library – Boardwalk');
  const count = page.getByTestId('resource-count');
  await expect(count).toHaveText(`Showing ${TOTAL} of ${TOTAL} resources`);
  const builtIn = page.getByTestId('built-in-resources');
  await expect(builtIn.getByRole('heading', { level: 3 })).toHaveText(seedTitles());
  await expect(page.getByTestId('no-own-resources')).toHaveText('You have not added any resources yet.');
  // An item shows its provider, what it is, themes, professions, source and web address.
  const seventy = builtIn.getByRole('listitem').filter({ hasText: 'Senior Nurse and Midwife Research Leader Programme (70@70)' });
  await expect(seventy).toContainText('NIHR');
  await expect(seventy).toContainText('Aims to strengthen the research voice and influence of nurses and midwives');
  await expect(seventy).toContainText('ThemesWidening perspectives, Talent management');
  await expect(seventy).toContainText('ProfessionsMidwives, Nurses');
  await expect(seventy).toContainText('SourceNMAHP research strategy for the North West (Health Education England North West)');
  await expect(seventy).toContainText(
    'Web addresshttps://www.nihr.ac.uk/documents/7070-nihr-senior-nurse-and-midwife-research-leader-programme/22750',
  );
  // The address is a link that goes out through app.openExternal (test/e2e/desktop-shell.spec.ts).
  await expect(seventy.getByRole('link')).toHaveCount(1);
  await checkA11y('the resource library');

  // Filter by theme, then by profession, with the keyboard: Tab to each list and type.
  await tabTo(page, page.getByLabel('Theme', { exact: true }));
  await page.keyboard.type('Practical levers');
  const practical = seedTitles('practical-levers');
  await expect(count).toHaveText(`Showing ${practical.length} of ${TOTAL} resources`);
  await expect(builtIn.getByRole('heading', { level: 3 })).toHaveText(practical);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Profession', { exact: true })).toBeFocused();
  await page.keyboard.type('Doctors');
  const practicalForDoctors = seedTitles('practical-levers', 'doctors');
  await expect(count).toHaveText(`Showing ${practicalForDoctors.length} of ${TOTAL} resources`);
  await expect(builtIn.getByRole('heading', { level: 3 })).toHaveText(practicalForDoctors);
  // The clinical academic routes of the ICA Programme are for non-medical professions.
  expect(practicalForDoctors).not.toContain('HEE/NIHR ICA Programme: Clinical Lectureship');
  expect(practical).toContain('HEE/NIHR ICA Programme: Clinical Lectureship');
  await checkA11y('the library filtered by theme and profession');
  // Home: the first option, "All professions" (type-ahead would race "Allied health professionals").
  await page.keyboard.press('Home');
  await expect(count).toHaveText(`Showing ${practical.length} of ${TOTAL} resources`);

  // Add a resource: a web address without its scheme is refused, named against its field.
  await shiftTabTo(page, page.getByRole('link', { name: 'Add a resource' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a resource' })).toBeFocused();
  await checkA11y('the add resource form');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Shadow board meetings');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Board secretary');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What it is')).toBeFocused();
  await page.keyboard.type('Aspiring clinical leaders sit in on board meetings and discuss the papers with a non-executive.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Web address (optional)')).toBeFocused();
  await page.keyboard.type('intranet.example.nhs.uk/shadow-board');
  const themes = page.getByRole('group', { name: 'Themes it serves' });
  await tick(page, themes, 'Practical levers');
  await tick(page, themes, 'Organisational culture');
  const professions = page.getByRole('group', { name: 'Professions it serves' });
  await tick(page, professions, 'Midwives');
  await tick(page, professions, 'Nurses');
  await tabTo(page, page.getByRole('button', { name: 'Add resource' }), 10);
  await page.keyboard.press('Enter');
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Web address must start with http:// or https://, for example https://www.nihr.ac.uk',
  ]);
  await expect(page).toHaveTitle('Error: Add a resource – Boardwalk');
  await checkA11y('the add resource form with an error');
  expect(await ownResources(core)).toEqual([]);
  await tabTo(page, summary.getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Web address (optional)')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('https://intranet.example.nhs.uk/shadow-board');
  await tabTo(page, page.getByRole('button', { name: 'Add resource' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '“Shadow board meetings” has been added to the library' })).toBeFocused();

  // Back in the library, still filtered by the theme, the new item is listed as the user's own.
  await expect(page.getByLabel('Theme', { exact: true })).toHaveValue('practical-levers');
  await expect(count).toHaveText(`Showing ${practical.length + 1} of ${TOTAL + 1} resources`);
  const own = page.getByTestId('own-resources').getByRole('listitem');
  await expect(own).toHaveCount(1);
  await expect(own).toContainText('Shadow board meetings');
  await expect(own).toContainText('Board secretary');
  await expect(own).toContainText('ThemesPractical levers, Organisational culture');
  await expect(own).toContainText('ProfessionsMidwives, Nurses');
  await expect(own).toContainText('SourceAdded by you');
  await expect(own).toContainText('Web addresshttps://intranet.example.nhs.uk/shadow-board');
  await checkA11y('the library with a resource of the user’s own');
  const [stored] = await ownResources(core);
  expect(stored).toMatchObject({
    title: 'Shadow board meetings',
    provider: 'Board secretary',
    description: 'Aspiring clinical leaders sit in on board meetings and discuss the papers with a non-executive.',
    url: 'https://intranet.example.nhs.uk/shadow-board',
    themeIds: ['practical-levers', 'organisational-culture'],
    allProfessions: false,
    professionIds: ['midwives', 'nurses'],
    source: null,
    builtIn: false,
  });

  // Edit it: a new title, and all clinical professions instead of two.
  await tabTo(page, page.getByRole('link', { name: 'Edit Shadow board meetings' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Shadow board meetings' })).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue('Shadow board meetings');
  await expect(page.getByLabel('Web address (optional)')).toHaveValue('https://intranet.example.nhs.uk/shadow-board');
  await expect(professions.getByRole('checkbox', { name: 'Nurses', exact: true })).toBeChecked();
  await checkA11y('the edit resource form');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Shadow board meetings for clinicians');
  await tick(page, professions, 'All clinical professions');
  // "All clinical professions" stands alone: the particular professions are cleared.
  await expect(professions.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }), 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '“Shadow board meetings for clinicians” has been updated' })).toBeFocused();
  await expect(own).toContainText('ProfessionsAll clinical professions');
  const [edited] = await ownResources(core);
  expect(edited).toMatchObject({ id: stored?.id, title: 'Shadow board meetings for clinicians', allProfessions: true, professionIds: [] });

  // Remove it, after a confirmation.
  await tabTo(page, page.getByRole('link', { name: 'Remove Shadow board meetings for clinicians' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Remove Shadow board meetings for clinicians?' })).toBeFocused();
  await checkA11y('the remove resource confirmation');
  await tabTo(page, page.getByRole('button', { name: 'Yes, remove it' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: '“Shadow board meetings for clinicians” has been removed from the library' }),
  ).toBeFocused();
  await expect(page.getByTestId('no-own-resources')).toHaveText('You have not added any resources yet.');
  await expect(count).toHaveText(`Showing ${practical.length} of ${TOTAL} resources`);
  await checkA11y('the library after a removal');
  expect(await ownResources(core)).toEqual([]);
});

test('a built-in resource cannot be edited or removed, and a missing one says so', async ({ page, app, core, checkA11y }) => {
  const all = await core.call('resource.list', {});
  if (!all.ok) throw new Error(all.error.message);
  const nyeBevan = all.value.find((item) => item.title === 'Nye Bevan Programme');
  if (!nyeBevan) throw new Error('seed');
  await page.goto(`${app.url}#/resources/${nyeBevan.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nye Bevan Programme cannot be changed' })).toBeVisible();
  await expect(page.getByText('It comes with Boardwalk, from Clinical leadership – a framework for action (NHS Improvement), Annex 2: Useful resources')).toBeVisible();
  await checkA11y('a built-in resource’s edit page');
  await page.goto(`${app.url}#/resources/${nyeBevan.id}/remove`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nye Bevan Programme cannot be removed' })).toBeVisible();
  await page.goto(`${app.url}#/resources/9999/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Resource not found' })).toBeVisible();
  await checkA11y('the resource-not-found page');
});

test('a question of the walk-through offers its theme’s resources, the user’s own among them', async ({ page, app, core, checkA11y }) => {
  const organisation = await core.call('organisation.create', { name: 'Northshire Hospitals NHS Trust', odsCode: 'RXN', type: 'nhs-trust' });
  if (!organisation.ok) throw new Error(organisation.error.message);
  const workshop = await core.call('workshop.create', {
    organisationId: organisation.value.id,
    title: 'Clinical leadership board workshop',
    date: '2026-12-03',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: [], guests: [] },
  });
  if (!workshop.ok) throw new Error(workshop.error.message);
  const own = await core.call('resource.add', {
    title: 'Trust leadership forum',
    provider: 'Organisational development team',
    description: 'A monthly forum where clinicians present to executives.',
    themeIds: ['building-confidence'],
    allProfessions: true,
    professionIds: [],
  });
  if (!own.ok) throw new Error(own.error.message);
  await core.call('resource.add', {
    title: 'Pay protection policy',
    provider: 'HR',
    description: 'Keeps pay levels for clinicians moving into leadership roles.',
    themeIds: ['practical-levers'],
    allProfessions: true,
    professionIds: [],
  });

  // Question 1 belongs to theme 1, Building confidence.
  await page.goto(`${app.url}#/workshops/${workshop.value.id}/run/question/q1`);
  await expect(page.getByTestId('question-text')).toBeVisible();
  const expected = [...seedTitles('building-confidence'), 'Trust leadership forum'];
  const offers = page.getByTestId('theme-resources');
  const summary = offers.locator('summary');
  await expect(summary).toHaveText(`Development offers for this theme (${expected.length})`);
  await expect(offers.getByRole('heading', { level: 3 }).first()).toBeHidden();
  await tabTo(page, summary, 80);
  await page.keyboard.press('Enter');
  await expect(offers.getByRole('heading', { level: 3 })).toHaveText(expected);
  await expect(offers).not.toContainText('Pay protection policy');
  await expect(offers.getByRole('listitem').filter({ hasText: 'Trust leadership forum' })).toContainText(
    'Organisational development team. For all clinical professions. Added by you',
  );
  await checkA11y('a question with its theme’s development offers open');

  // The library is one link away.
  await tabTo(page, offers.getByRole('link', { name: 'Open the resource library' }), 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Resource library' })).toBeFocused();
});
