import type { Page, Route as Request } from '@playwright/test';
import { parseRoute } from '../../src-renderer/app/routes';
import type { Route } from '../../src-renderer/app/routes';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedRichData } from '../harness/rich-seed';
import type { RichSeed } from '../harness/rich-seed';

/**
 * The accessibility sweep: axe (WCAG 2.2 AA) on every route of the app with real data, on every
 * route that names a record when that record does not exist, and on the states the feature specs
 * pass through too quickly to scan (loading) or cannot reach with real data (a write refused).
 * The feature specs scan their screens' other states as they drive them by keyboard.
 */

type Seeded = RichSeed & { readonly emptyWorkshopId: number; readonly backupName: string };

async function seed(core: Core): Promise<Seeded> {
  const rich = await seedRichData(core);
  // A workshop nobody is listed for yet: the screens' "no participants" states.
  const empty = await core.call('workshop.create', {
    organisationId: rich.organisationId,
    title: 'Workshop with nobody listed',
    date: '2027-01-14',
    facilitator: '',
    participants: { boardMemberIds: [], guests: [] },
  });
  if (!empty.ok) throw new Error(empty.error.message);
  const backup = await core.call('backup.create', {});
  if (!backup.ok) throw new Error(backup.error.message);
  return { ...rich, emptyWorkshopId: empty.value.id, backupName: backup.value.name };
}

/**
 * Every route name, with the places of it to scan. A Record over the Route union, so that a route
 * added to routes.ts and not here is a type error: the sweep cannot silently fall behind.
 */
function everyRoute(s: Seeded): Record<Route['name'], readonly string[]> {
  const w = s.workshopId;
  const o = s.organisationId;
  return {
    organisations: ['#/organisations'],
    'organisation-new': ['#/organisations/new'],
    organisation: [`#/organisations/${o}`, `#/organisations/${s.otherOrganisationId}`],
    'organisation-rename': [`#/organisations/${o}/rename`],
    'organisation-delete': [`#/organisations/${o}/delete`],
    'board-member-new': [`#/organisations/${o}/board/new`],
    'board-member-edit': [`#/organisations/${o}/board/${s.memberIds[0] ?? 0}/edit`],
    'board-member-remove': [`#/organisations/${o}/board/${s.memberIds[0] ?? 0}/remove`],
    'board-composition': [`#/organisations/${o}/board/check`],
    'workshop-new': [`#/organisations/${o}/workshops/new`],
    workforce: [`#/organisations/${o}/workforce`],
    'workforce-import': [`#/organisations/${o}/workforce/import`],
    'workforce-snapshot-delete': [`#/organisations/${o}/workforce/${s.snapshotId}/delete`],
    workshop: [`#/workshops/${w}`, `#/workshops/${s.emptyWorkshopId}`],
    'workshop-edit': [`#/workshops/${w}/edit`],
    'workshop-delete': [`#/workshops/${w}/delete`],
    'workshop-run': [
      `#/workshops/${w}/run/ceilings`,
      `#/workshops/${w}/run/theme/talent-management`,
      `#/workshops/${w}/run/question/q1`,
      `#/workshops/${w}/run/priorities`,
      `#/workshops/${s.emptyWorkshopId}/run/question/q1`,
      `#/workshops/${s.emptyWorkshopId}/run/priorities`,
    ],
    'workshop-present': [`#/workshops/${w}/present`],
    'workshop-report': [`#/workshops/${w}/report`],
    'report-print': [`#/workshops/${w}/report/print/official-sensitive`, `#/workshops/${s.emptyWorkshopId}/report/print/official`],
    'action-new': [`#/workshops/${w}/priorities/q1/new-action`],
    'action-edit': [`#/workshops/${w}/actions/${s.actionId}/edit`],
    'action-delete': [`#/workshops/${w}/actions/${s.actionId}/delete`],
    resources: ['#/resources'],
    'resource-new': ['#/resources/new'],
    'resource-edit': [`#/resources/${s.resourceId}/edit`],
    'resource-remove': [`#/resources/${s.resourceId}/remove`],
    'help-shortcuts': ['#/help/shortcuts'],
    about: ['#/about'],
    backups: ['#/backups'],
    'backup-restore': [`#/backups/${s.backupName}/restore`],
    recovery: ['#/recovery'],
    'workshop-file-export': [`#/organisations/${o}/export-file`, '#/workshop-file/export'],
    'workshop-file-import': ['#/workshop-file/import'],
    'not-found': ['#/no/such/place'],
  };
}

/** Every route that names a record, pointing at one that does not exist. */
function missingRecords(s: Seeded): readonly string[] {
  const o = s.organisationId;
  const w = s.workshopId;
  const none = 9999;
  return [
    `#/organisations/${none}`,
    `#/organisations/${none}/rename`,
    `#/organisations/${none}/delete`,
    `#/organisations/${none}/board/new`,
    `#/organisations/${o}/board/${none}/edit`,
    `#/organisations/${o}/board/${none}/remove`,
    `#/organisations/${none}/board/check`,
    `#/organisations/${none}/workshops/new`,
    `#/organisations/${none}/workforce`,
    `#/organisations/${none}/workforce/import`,
    `#/organisations/${o}/workforce/${none}/delete`,
    `#/organisations/${none}/export-file`,
    `#/workshops/${none}`,
    `#/workshops/${none}/edit`,
    `#/workshops/${none}/delete`,
    `#/workshops/${none}/run/ceilings`,
    `#/workshops/${none}/run/priorities`,
    `#/workshops/${none}/present`,
    `#/workshops/${none}/report`,
    `#/workshops/${none}/report/print/official`,
    `#/workshops/${w}/actions/${none}/edit`,
    `#/workshops/${w}/actions/${none}/delete`,
    `#/workshops/${none}/priorities/q1/new-action`,
    `#/resources/${none}/edit`,
    `#/resources/${none}/remove`,
  ];
}

const BUSY = /^(Loading|Looking for|Preparing)\b/;

/** Waits until the screen is drawn and nothing on it is still loading. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.getByText(BUSY)).toHaveCount(0);
}

async function visit(page: Page, url: string): Promise<void> {
  // A fresh load each time: no screen borrows what the one before it had loaded.
  await page.goto('about:blank');
  await page.goto(url);
}

test('every route of the app, with a little of everything in the database, passes axe', async ({ page, app, core, checkA11y }) => {
  test.setTimeout(240_000);
  const s = await seed(core);
  const routes = everyRoute(s);
  for (const [name, hashes] of Object.entries(routes)) {
    expect(hashes.length, name).toBeGreaterThan(0);
    for (const hash of hashes) {
      expect(parseRoute(hash).name, hash).toBe(name);
      await visit(page, `${app.url}${hash}`);
      await settled(page);
      await checkA11y(`${name} at ${hash}`);
    }
  }
});

test('every route that names a record shows a not-found page that passes axe when the record does not exist', async ({ page, app, core, checkA11y }) => {
  test.setTimeout(180_000);
  const s = await seed(core);
  for (const hash of missingRecords(s)) {
    await visit(page, `${app.url}${hash}`);
    await settled(page);
    await expect(page.locator('main'), hash).toContainText(/not found|there is no|cannot|could not|not a priority/i);
    await checkA11y(`a missing record at ${hash}`);
  }
});

/**
 * Holds the core's answers on the named channels until `release` is called, so that the screen's
 * loading state stays on screen long enough to be scanned.
 */
async function holdChannels(page: Page, channels: readonly string[]): Promise<{ release: () => Promise<void> }> {
  const held: Request[] = [];
  const handler = async (request: Request) => {
    const body = request.request().postDataJSON() as { channel?: unknown };
    if (typeof body.channel === 'string' && channels.includes(body.channel)) held.push(request);
    else await request.continue();
  };
  await page.route('**/__boardwalk/dispatch', handler);
  return {
    release: async () => {
      for (const request of held.splice(0)) await request.continue();
      await page.unroute('**/__boardwalk/dispatch', handler);
    },
  };
}

test('the loading state of every screen that waits for the core passes axe', async ({ page, app, core, checkA11y }) => {
  test.setTimeout(180_000);
  const s = await seed(core);
  const w = s.workshopId;
  const o = s.organisationId;
  const cases: ReadonlyArray<{ readonly hash: string; readonly channels: readonly string[]; readonly shows: RegExp }> = [
    { hash: '#/organisations', channels: ['organisation.list'], shows: /Loading your organisations…/ },
    { hash: `#/organisations/${o}`, channels: ['organisation.list'], shows: /Loading organisation…/ },
    { hash: `#/organisations/${o}`, channels: ['board.list', 'workforce.listSnapshots', 'workshop.list'], shows: /Loading the board…/ },
    { hash: `#/organisations/${o}/board/check`, channels: ['board.list', 'workforce.listSnapshots'], shows: /Loading the board…/ },
    { hash: `#/organisations/${o}/workforce`, channels: ['workforce.listSnapshots'], shows: /Loading the workforce snapshots…/ },
    { hash: `#/organisations/${o}/workshops/new`, channels: ['board.list'], shows: /Loading the board…/ },
    { hash: `#/workshops/${w}`, channels: ['workshop.get'], shows: /Loading workshop…/ },
    { hash: `#/workshops/${w}/run/question/q1`, channels: ['session.get'], shows: /Loading/ },
    { hash: `#/workshops/${w}/run/priorities`, channels: ['priorities.get'], shows: /Loading|Priorities/ },
    { hash: `#/workshops/${w}/present`, channels: ['session.get'], shows: /Loading/ },
    { hash: `#/workshops/${w}/report/print/official`, channels: ['report.get'], shows: /Preparing the report…/ },
    { hash: '#/resources', channels: ['resource.list'], shows: /Loading the resource library…/ },
    { hash: '#/backups', channels: ['backup.list'], shows: /Loading your backups…/ },
    { hash: '#/about', channels: ['app.info'], shows: /Loading…/ },
  ];
  for (const { hash, channels, shows } of cases) {
    const hold = await holdChannels(page, channels);
    await visit(page, `${app.url}${hash}`);
    await expect(page.getByText(shows).first(), hash).toBeVisible();
    await checkA11y(`loading ${hash} (${channels.join(', ')} held)`);
    await hold.release();
    await settled(page);
  }
});

test('a change the core refuses shows its error on the walk-through, which passes axe', async ({ page, app, core, checkA11y }) => {
  const s = await seed(core);
  await page.goto(`${app.url}#/workshops/${s.workshopId}/run/question/q5`);
  await expect(page.getByRole('heading', { level: 1, name: 'Key question 5 of 17' })).toBeVisible();
  await page.route('**/__boardwalk/dispatch', async (request) => {
    const body = request.request().postDataJSON() as { channel?: unknown };
    if (body.channel !== 'session.setConsensus') return request.continue();
    return request.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'The database could not be written to.', path: [], fields: [] } }),
    });
  });
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('4');
  await expect(page.getByTestId('save-status')).toContainText(/not saved|could not/i);
  await checkA11y('the walk-through with a change refused');
});
