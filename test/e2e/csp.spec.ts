import type { Page } from '@playwright/test';
import { hrefFor } from '../../src-renderer/app/routes';
import type { Route, RunStep } from '../../src-renderer/app/routes';
import { THEME_IDS } from '../../shared/framework/content';
import { expect, test, watchForProblems } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { NORTHSHIRE_2026, seedSnapshot } from '../harness/workforce-data';

/**
 * The Content-Security-Policy holds. Every end-to-end test already fails on a violation (the
 * `page` fixture turns each `securitypolicyviolation` event into a console error); this spec
 * proves that net catches one, then walks every route of src-renderer/app/routes.ts over a
 * seeded database and counts violations on a counter of its own.
 */
type Violation = { readonly directive: string; readonly blocked: string; readonly policy: 'header' | 'meta' };

declare global {
  // The page-side counter this spec installs before the app's scripts run.
  var __cspViolations: Violation[] | undefined;
}

async function countViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    globalThis.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // The page carries the policy twice, as a header and as a meta tag (frame-ancestors is
      // header-only); each violation is reported once for each.
      const policy = event.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
      globalThis.__cspViolations?.push({ directive: event.violatedDirective, blocked: event.blockedURI, policy });
    });
  });
}

const violations = (page: Page) => page.evaluate(() => globalThis.__cspViolations ?? []);

test('a violation is caught: an inline script, a remote image, eval and an inline style are blocked and reported', async ({ app, context }) => {
  // A page of its own, watched by the same code as the `page` fixture, so that the violations
  // this test causes on purpose are counted here rather than failing the test.
  const page = await context.newPage();
  const problems = await watchForProblems(page);
  await countViolations(page);
  await page.goto(app.url);
  await expect(page.locator('h1')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'globalThis.__inlineRan = true;';
    document.body.append(script);

    const image = document.createElement('img');
    image.alt = '';
    const imageDone = new Promise((resolve) => {
      image.onerror = resolve;
      image.onload = resolve;
    });
    image.src = 'https://example.org/tracker.png';
    document.body.append(image);
    await imageDone;

    let evalBlocked = false;
    try {
      // eslint-disable-next-line no-eval -- the point of this test: the policy must refuse eval
      eval('1 + 1');
    } catch {
      evalBlocked = true;
    }

    const style = document.createElement('style');
    style.textContent = 'body { background: red; }';
    document.head.append(style);

    // Violation events are queued as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { inlineRan: (globalThis as { __inlineRan?: boolean }).__inlineRan === true, evalBlocked, background: getComputedStyle(document.body).backgroundColor };
  });

  expect(outcome.inlineRan).toBe(false);
  expect(outcome.evalBlocked).toBe(true);
  expect(outcome.background).not.toBe('rgb(255, 0, 0)');
  const expected = ['img-src', 'script-src', 'script-src-elem', 'style-src-elem'].flatMap((d) => [`${d} header`, `${d} meta`]);
  await expect.poll(async () => (await violations(page)).map((v) => `${v.directive} ${v.policy}`).sort()).toEqual(expected);
  expect(await violations(page)).toContainEqual({ directive: 'img-src', blocked: 'https://example.org/tracker.png', policy: 'header' });
  // The fixture's net caught every one of them, so any other test would have failed.
  await expect.poll(() => problems.filter((p) => p.startsWith('console error: CSP violation:')).length).toBe(expected.length);
  expect(problems).toContainEqual('console error: CSP violation: img-src https://example.org/tracker.png');
  await page.close();
});

type Ids = {
  readonly organisationId: number;
  readonly memberId: number;
  readonly workshopId: number;
  readonly snapshotId: number;
  readonly actionId: number;
  readonly resourceId: number;
};

const RUN_STEPS: readonly RunStep[] = [
  { kind: 'ceilings' },
  ...THEME_IDS.map((themeId) => ({ kind: 'theme' as const, themeId })),
  { kind: 'question', questionId: 'q1' },
  { kind: 'question', questionId: 'q17' },
  { kind: 'priorities' },
];

/** One or more instances of every route; the mapped type makes the list complete. */
const ROUTES: { readonly [N in Route['name']]: (ids: Ids) => ReadonlyArray<Extract<Route, { name: N }>> } = {
  organisations: () => [{ name: 'organisations' }],
  'organisation-new': () => [{ name: 'organisation-new' }],
  organisation: (ids) => [{ name: 'organisation', id: ids.organisationId }],
  'organisation-rename': (ids) => [{ name: 'organisation-rename', id: ids.organisationId }],
  'organisation-delete': (ids) => [{ name: 'organisation-delete', id: ids.organisationId }],
  'board-member-new': (ids) => [{ name: 'board-member-new', organisationId: ids.organisationId }],
  'board-member-edit': (ids) => [{ name: 'board-member-edit', organisationId: ids.organisationId, memberId: ids.memberId }],
  'board-member-remove': (ids) => [{ name: 'board-member-remove', organisationId: ids.organisationId, memberId: ids.memberId }],
  'board-composition': (ids) => [{ name: 'board-composition', organisationId: ids.organisationId }],
  'workshop-new': (ids) => [{ name: 'workshop-new', organisationId: ids.organisationId }],
  workforce: (ids) => [{ name: 'workforce', organisationId: ids.organisationId }],
  'workforce-import': (ids) => [{ name: 'workforce-import', organisationId: ids.organisationId }],
  'workforce-snapshot-delete': (ids) => [{ name: 'workforce-snapshot-delete', organisationId: ids.organisationId, snapshotId: ids.snapshotId }],
  workshop: (ids) => [{ name: 'workshop', id: ids.workshopId }],
  'workshop-edit': (ids) => [{ name: 'workshop-edit', id: ids.workshopId }],
  'workshop-delete': (ids) => [{ name: 'workshop-delete', id: ids.workshopId }],
  'workshop-run': (ids) => RUN_STEPS.map((step) => ({ name: 'workshop-run', id: ids.workshopId, step })),
  'workshop-present': (ids) => [{ name: 'workshop-present', id: ids.workshopId }],
  'workshop-file-export': (ids) => [{ name: 'workshop-file-export', organisationId: null }, { name: 'workshop-file-export', organisationId: ids.organisationId }],
  'workshop-file-import': () => [{ name: 'workshop-file-import' }],
  backups: () => [{ name: 'backups' }],
  'backup-restore': () => [{ name: 'backup-restore', backupName: 'boardwalk-2026-11-21T09-00-00-000Z-manual.sqlite3' }],
  recovery: () => [{ name: 'recovery' }],
  'help-shortcuts': () => [{ name: 'help-shortcuts' }],
  about: () => [{ name: 'about' }],
  'workshop-report': (ids) => [{ name: 'workshop-report', id: ids.workshopId }],
  'report-print': (ids) => [{ name: 'report-print', id: ids.workshopId, marking: 'official-sensitive', analysis: { measure: 'fte', threshold: 0.4 } }],
  'action-new': (ids) => [{ name: 'action-new', workshopId: ids.workshopId, questionId: 'q3' }],
  'action-edit': (ids) => [{ name: 'action-edit', workshopId: ids.workshopId, actionId: ids.actionId }],
  'action-delete': (ids) => [{ name: 'action-delete', workshopId: ids.workshopId, actionId: ids.actionId }],
  resources: () => [{ name: 'resources' }],
  'resource-new': () => [{ name: 'resource-new' }],
  'resource-edit': (ids) => [{ name: 'resource-edit', id: ids.resourceId }],
  'resource-remove': (ids) => [{ name: 'resource-remove', id: ids.resourceId }],
  'not-found': () => [{ name: 'not-found', path: '/no/such/place' }],
};

test('every route of the app, over a seeded database, causes no violation', async ({ page, app, core }) => {
  test.setTimeout(240_000);
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const memberId = memberIds[0] ?? 0;
  const workshop = await core.call('workshop.create', {
    organisationId,
    title: 'Board development: clinical leadership',
    date: '2026-12-03',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds: memberIds, guests: [] },
  });
  if (!workshop.ok) throw new Error(workshop.error.message);
  const workshopId = workshop.value.id;
  await core.call('session.setConsensus', { workshopId, questionId: 'q1', rating: 2 });
  await core.call('priorities.setAgreed', { workshopId, questionId: 'q3', agreed: true });
  const action = await core.call('action.add', {
    workshopId,
    questionId: 'q3',
    description: 'Set up a mentoring scheme for AHPs',
    ownerId: memberId,
    dueDate: '2027-03-31',
    status: 'not-started',
    notes: '',
    resourceId: null,
  });
  if (!action.ok) throw new Error(action.error.message);
  const resource = await core.call('resource.add', {
    title: 'Trust leadership forum',
    provider: 'Organisational development team',
    description: 'A monthly forum where clinicians present to executives.',
    themeIds: ['building-confidence'],
    allProfessions: true,
    professionIds: [],
  });
  if (!resource.ok) throw new Error(resource.error.message);
  const snapshotId = seedSnapshot(core, organisationId, { snapshotDate: '2026-03-31', counts: NORTHSHIRE_2026 });
  const ids: Ids = {
    organisationId,
    memberId,
    workshopId,
    snapshotId,
    actionId: action.value.actions[0]?.id ?? 0,
    resourceId: resource.value.id,
  };

  await countViolations(page);
  const routes = Object.values(ROUTES).flatMap((make: (ids: Ids) => readonly Route[]) => make(ids));
  expect(routes.length).toBeGreaterThanOrEqual(Object.keys(ROUTES).length);
  const visited: string[] = [];
  for (const route of routes) {
    const href = hrefFor(route);
    // A full load each time, so that every screen starts from its own first render.
    await page.goto('about:blank');
    await page.goto(`${app.url}${href}`);
    await expect(page.locator('h1').first(), href).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(page), href).toEqual([]);
    visited.push(href);
  }
  expect(visited).toHaveLength(routes.length);
});
