import { expect, test } from '../harness/fixtures';
import { tabTo } from '../harness/keyboard';

const NAME = 'Leeds Teaching Hospitals NHS Trust';

test('an organisation is created with the keyboard alone, survives a reload, and every screen passes axe', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(page).toHaveTitle('Organisations – Boardwalk');
  await expect(page.getByTestId('no-organisations')).toBeVisible();
  await checkA11y('the empty organisations list');

  await tabTo(page, page.getByRole('link', { name: 'Add an organisation' }));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Add an organisation' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('Add an organisation – Boardwalk');
  await checkA11y('the add organisation form');

  // Submitting the empty form names each problem, and writes nothing.
  await tabTo(page, page.getByLabel('Organisation name'));
  await page.keyboard.press('Enter');
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the organisation name', 'Select the type of organisation']);
  await expect(page).toHaveTitle('Error: Add an organisation – Boardwalk');
  await expect(page.locator('#name-error')).toContainText('Enter the organisation name');
  await checkA11y('the add organisation form with errors');
  expect(await core.call('organisation.list', {})).toEqual({ ok: true, value: [] });

  // The summary's link takes focus to the field.
  await tabTo(page, summary.getByRole('link', { name: 'Enter the organisation name' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Organisation name')).toBeFocused();
  await page.keyboard.type(NAME);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('NHS trust', { exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('ODS code')).toBeFocused();
  await page.keyboard.type('rr8!');
  await page.keyboard.press('Enter');
  await expect(summary.getByRole('link')).toHaveText(['Enter an ODS code of 3 to 6 letters and numbers, like RJ1']);
  await expect(page.locator('#odsCode-error')).toBeVisible();
  expect(await core.call('organisation.list', {})).toEqual({ ok: true, value: [] });

  await tabTo(page, page.getByLabel('ODS code'));
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert').filter({ hasText: `${NAME} has been added` })).toBeFocused();
  await expect(page).toHaveTitle('Organisations – Boardwalk');
  const row = page.getByRole('row', { name: new RegExp(NAME) });
  await expect(row.getByRole('cell')).toHaveText(['RR8', 'NHS trust', `Rename ${NAME}Delete ${NAME}`]);
  await expect(page.getByTestId('save-status')).toHaveText(/^All changes saved at \d\d:\d\d$/);
  await checkA11y('the organisations list with one organisation');

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(NAME) }).getByRole('cell').first()).toHaveText('RR8');
  const stored = await core.call('organisation.list', {});
  expect(stored.ok && stored.value.map((o) => [o.name, o.odsCode, o.type])).toEqual([[NAME, 'RR8', 'nhs-trust']]);
});

test('a duplicate name or ODS code is refused at the field, and nothing is written', async ({ page, app, core, checkA11y }) => {
  const first = await core.call('organisation.create', { name: NAME, odsCode: 'RR8', type: 'nhs-trust' });
  expect(first.ok).toBe(true);

  await page.goto(`${app.url}#/organisations/new`);
  await page.getByLabel('Organisation name').fill(NAME.toUpperCase());
  await page.getByLabel('NHS foundation trust').check();
  await page.getByLabel('ODS code').fill('RX1');
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await expect(page.locator('#name-error')).toContainText(`An organisation called ${NAME} already exists`);

  await page.getByLabel('Organisation name').fill('Another trust');
  await page.getByLabel('ODS code').fill('rr8');
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await expect(page.locator('#odsCode-error')).toContainText(`ODS code RR8 is already used by ${NAME}`);
  await checkA11y('the add organisation form with a duplicate');

  const stored = await core.call('organisation.list', {});
  expect(stored.ok && stored.value.length).toBe(1);
});

test('an organisation is renamed and then deleted after confirmation, with the keyboard', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  await core.call('organisation.create', { name: 'Old name NHS Trust', odsCode: 'RA1', type: 'nhs-trust' });
  await core.call('organisation.create', { name: 'Keep me ICB', odsCode: 'QWE', type: 'integrated-care-board' });
  await page.goto(app.url);

  await tabTo(page, page.getByRole('link', { name: 'Rename Old name NHS Trust' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Rename Old name NHS Trust' })).toBeFocused();
  await checkA11y('the rename form');
  await tabTo(page, page.getByLabel('New name'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.locator('#name-error')).toContainText('Enter the organisation name');
  await checkA11y('the rename form with an error');
  await page.getByLabel('New name').focus();
  await page.keyboard.type('New name NHS Trust');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Old name NHS Trust has been renamed New name NHS Trust' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Delete New name NHS Trust' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Delete New name NHS Trust?' })).toBeFocused();
  await checkA11y('the delete confirmation');

  // "No, keep it" leaves everything as it was.
  await tabTo(page, page.getByRole('link', { name: 'No, keep it' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeFocused();
  expect(((await core.call('organisation.list', {})) as { value: unknown[] }).value).toHaveLength(2);

  await tabTo(page, page.getByRole('link', { name: 'Delete New name NHS Trust' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Yes, delete New name NHS Trust' }));
  // Every heading the screen shows from here on, to prove "not found" never flashes up.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
    new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'New name NHS Trust has been deleted' })).toBeFocused();
  await expect(page.getByRole('row', { name: /New name NHS Trust/ })).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);
  expect(seen.filter((heading) => /not found|could not/i.test(heading))).toEqual([]);
  expect(seen.at(-1)).toBe('Organisations');
  const stored = await core.call('organisation.list', {});
  expect(stored.ok && stored.value.map((o) => o.name)).toEqual(['Keep me ICB']);
});

test('the skip link moves focus to the main content, and unknown addresses get a page of their own', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  await page.goto(`${app.url}#/nowhere`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found – Boardwalk');
  await checkA11y('the not-found page');

  await page.goto(`${app.url}#/organisations/999/rename`);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation not found' })).toBeVisible();
  await checkA11y('the organisation-not-found page');

  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#maincontent')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  expect(await core.call('organisation.list', {})).toEqual({ ok: true, value: [] });
});

test('the main process can send the window to a screen (the app.navigate event), and malformed events are ignored', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await page.evaluate(() => {
    const emit = (window as unknown as { __boardwalkEmit: (name: string, payload: unknown) => void }).__boardwalkEmit;
    emit('app.navigate', { path: 'https://example.org/' });
    emit('app.navigate', { path: '/organisations/new' });
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Add an organisation' })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/organisations/new');
});

test('the save status says so when a change could not be saved', async ({ page, app, core }) => {
  await page.goto(`${app.url}#/organisations/new`);
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await page.getByLabel('Organisation name').fill('Leeds Teaching Hospitals NHS Trust');
  await page.getByLabel('NHS trust', { exact: true }).check();
  await page.getByLabel('ODS code').fill('RR8');
  // The database goes away under the app, as a disk failure would take it.
  core.close();
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/^Not saved: Something went wrong and nothing was changed/);
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Something went wrong and nothing was changed');
  await expect(page.getByRole('heading', { level: 1, name: 'Add an organisation' })).toBeVisible();
});

test('an edit screen says the list could not be loaded, not that the organisation was deleted, when the database fails', async ({
  page,
  app,
  core,
  checkA11y,
}) => {
  await core.call('organisation.create', { name: 'Leeds', odsCode: 'RR8', type: 'nhs-trust' });
  core.close();
  await page.goto(`${app.url}#/organisations/1/rename`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your organisations could not be loaded' })).toBeVisible();
  await expect(page.getByText('Boardwalk could not reach its database', { exact: false }).or(page.getByText('Something went wrong'))).toBeVisible();
  await checkA11y('the organisation-unavailable page');
});

test('without its bridge to the main process the window says so instead of staying blank', async ({ page, app, checkA11y }) => {
  await page.route('**/__boardwalk/web-api.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.goto(app.url);
  await expect(page.getByRole('alert')).toHaveText(/Boardwalk could not start: its connection to your data is missing/);
  await checkA11y('the start-up failure message');
});
