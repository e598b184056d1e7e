import type { Page } from '@playwright/test';
import type { AppCommand } from '../../shared/ipc/events';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';
import { buildMenuTemplate } from '../../src-main/electron/menu';
import type { MenuAction } from '../../src-main/electron/menu';
import { walkMainPath } from '../electron/main-path';
import type { MenuDriver } from '../electron/main-path';

/**
 * What the desktop shell's menu asks of the window, played here as the main process would send
 * it (the dev transport's `__boardwalkEmit`), and the resource library's links going out through
 * `app.openExternal`. The menu itself and the allow-list are unit-tested (test/unit/menu.test.ts,
 * test/unit/external-links.test.ts); the real Electron menu runs in test/electron/.
 */

type Emitter = (name: string, payload: unknown) => void;

async function menuNavigate(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => (window as unknown as { __boardwalkEmit: Emitter }).__boardwalkEmit('app.navigate', { path: p }), path);
}

async function menuCommand(page: Page, command: AppCommand): Promise<void> {
  await page.evaluate((c) => (window as unknown as { __boardwalkEmit: Emitter }).__boardwalkEmit('app.command', { command: c }), command);
}

async function seedWorkshop(core: Core): Promise<{ organisationId: number; workshopId: number }> {
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const workshop = await core.call('workshop.create', {
    organisationId,
    title: 'Board development session',
    date: '2026-12-03',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: memberIds.slice(0, 4), guests: [] },
  });
  if (!workshop.ok) throw new Error(workshop.error.message);
  return { organisationId, workshopId: workshop.value.id };
}

async function consensusOf(core: Core, workshopId: number, questionId: string): Promise<number | null> {
  const session = await core.call('session.get', { workshopId });
  if (!session.ok) throw new Error(session.error.message);
  return session.value.ratings.find((r) => r.questionId === questionId)?.consensus ?? null;
}

test('Help, Keyboard shortcuts and Help, About open their screens', async ({ page, app, checkA11y }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

  await menuNavigate(page, '/help/shortcuts');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard shortcuts' })).toBeFocused();
  await expect(page).toHaveTitle('Keyboard shortcuts – Boardwalk');
  await expect(page.getByRole('table')).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'In the walk-through' })).toContainText('Undo the last rating, score or note');
  await expect(page.getByRole('table', { name: 'In the presenter view' })).toContainText('Leave the presenter view');
  await expect(page.getByRole('table', { name: 'Anywhere in the desktop app' })).toContainText('Move to the menu bar');
  await checkA11y('the keyboard shortcuts');

  await menuNavigate(page, '/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About Boardwalk' })).toBeFocused();
  const facts = page.getByTestId('about-version');
  await expect(facts).toContainText('Versiontest');
  await expect(facts).toContainText(/Database version\d+/);
  await expect(page.getByTestId('source-documents').getByRole('listitem')).toHaveText([
    'Clinical leadership – a framework for action, NHS Improvement',
    'NIHR Leaders Support and Development Programme, National Institute for Health Research',
    'Leadership in Action, University of Cambridge',
    'Building a research career, National Institute for Health Research',
    'NMAHP research strategy for the North West, Health Education England North West',
  ]);
  await checkA11y('about Boardwalk');
});

test('menu commands act on the screen shown: new workshop, import, undo and redo (the walk-through’s or the text box’s), presenter mode', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  const { organisationId, workshopId } = await seedWorkshop(core);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

  // With no organisation on screen, File > New workshop says what to do, and stays put.
  await menuCommand(page, 'new-workshop');
  const notice = page.getByTestId('menu-notice');
  await expect(notice).toHaveText(/To add a workshop, open the organisation it is for/);
  await expect(page).toHaveURL(/#\/organisations$|\/$/);
  await checkA11y('the organisations page with a menu notice');

  // On the organisation's page it opens the new workshop form for that organisation.
  await tabTo(page, page.getByRole('link', { name: 'Northshire Hospitals NHS Trust', exact: true }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Northshire Hospitals NHS Trust' })).toBeFocused();
  await expect(notice).toHaveText('');
  await menuCommand(page, 'new-workshop');
  await expect(page).toHaveURL(new RegExp(`#/organisations/${organisationId}/workshops/new$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // From a workshop's screen, File > Import workforce file finds the workshop's organisation.
  await page.goto(`${app.url}#/workshops/${workshopId}/run/question/q1`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1');
  await menuCommand(page, 'import-workforce');
  await expect(page).toHaveURL(new RegExp(`#/organisations/${organisationId}/workforce/import$`));

  // Edit > Undo and Redo on the walk-through: the rating given with the keyboard.
  await page.goto(`${app.url}#/workshops/${workshopId}/run/question/q1`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1');
  await page.keyboard.press('3');
  await expect.poll(() => consensusOf(core, workshopId, 'q1')).toBe(3);
  await menuCommand(page, 'undo');
  await expect.poll(() => consensusOf(core, workshopId, 'q1')).toBeNull();
  await menuCommand(page, 'redo');
  await expect.poll(() => consensusOf(core, workshopId, 'q1')).toBe(3);

  // In a text box, Edit > Undo undoes the typing, and leaves the rating alone.
  const notes = page.getByLabel('Evidence and notes');
  await tabTo(page, notes, 40);
  // One insertion is one step of the text box's own undo history (as a word typed quickly is).
  await page.keyboard.insertText('Staff survey');
  await expect(notes).toHaveValue('Staff survey');
  await menuCommand(page, 'undo');
  await expect(notes).toHaveValue('');
  await menuCommand(page, 'redo');
  await expect(notes).toHaveValue('Staff survey');
  await page.keyboard.press('Tab');
  await expect.poll(() => consensusOf(core, workshopId, 'q1')).toBe(3);
  await checkA11y('the walk-through after menu undo and redo');

  // View > Presenter mode: here there is no second window, so the presenter view opens in place.
  await menuCommand(page, 'present');
  await expect(page).toHaveURL(new RegExp(`#/workshops/${workshopId}/present$`));

  // Undo on a screen without anything to undo says so.
  await page.goto(`${app.url}#/organisations/${organisationId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Northshire Hospitals NHS Trust' })).toBeVisible();
  await menuCommand(page, 'undo');
  await expect(notice).toHaveText(/There is nothing to undo on this screen/);
});

test('a resource’s web address is a link that goes out only through app.openExternal (here: reported, not opened)', async ({ page, app, checkA11y }) => {
  await page.goto(`${app.url}#/resources`);
  await expect(page.getByRole('heading', { level: 1, name: 'Resource library' })).toBeVisible();
  const address = 'https://www.nihr.ac.uk/documents/7070-nihr-senior-nurse-and-midwife-research-leader-programme/22750';
  const item = page.getByTestId('built-in-resources').getByRole('listitem').filter({ hasText: 'Senior Nurse and Midwife Research Leader Programme (70@70)' });
  const link = item.getByRole('link', { name: `${address} (opens in your web browser)` });
  await tabTo(page, link, 200);
  await page.keyboard.press('Enter');
  await expect(item.getByRole('status')).toHaveText(`This view cannot open web pages. Copy the address into your web browser: ${address}`);
  // The window did not navigate away.
  await expect(page).toHaveURL(/#\/resources$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Resource library' })).toBeVisible();
  await checkA11y('the resource library after a link was followed');
});

/**
 * The real menu template, clicked as Electron would click it, its action delivered to the page
 * as the main process delivers it (main.ts: runMenuAction).
 */
function emulatedMenu(page: Page): MenuDriver {
  let pending: MenuAction | null = null;
  const template = buildMenuTemplate({ isMac: false, isWindows: false, isPackaged: true }, (action) => {
    pending = action;
  });
  return async (menuLabel, itemLabel) => {
    const top = template.find((item) => item.label?.replace('&', '') === menuLabel);
    const item = Array.isArray(top?.submenu) ? top.submenu.find((entry) => entry.label === itemLabel) : undefined;
    if (!item?.click) throw new Error(`No menu item ${menuLabel} > ${itemLabel}`);
    (item.click as () => void)();
    const action = pending;
    pending = null;
    if (action === null) throw new Error(`${menuLabel} > ${itemLabel} asked for nothing`);
    if (action.kind === 'navigate') await menuNavigate(page, action.path);
    else if (action.kind === 'command') await menuCommand(page, action.command);
    else throw new Error(`${menuLabel} > ${itemLabel} is the main process's own (${action.kind})`);
  };
}

test('the Electron suite’s main path walks through the screens with the menu (organisation, workshop, rating, undo and redo)', async ({ page, app, core }) => {
  test.setTimeout(90_000);
  await page.goto(app.url);
  const workshopId = await walkMainPath(page, emulatedMenu(page));
  await expect.poll(() => consensusOf(core, workshopId, 'q1')).toBe(4);
});
