import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from '../../shared/ipc/events';
import { organisationOf, planAppCommand, workshopOf } from '../../src-renderer/app/app-commands';
import { hrefFor, parseRoute } from '../../src-renderer/app/routes';
import type { Route } from '../../src-renderer/app/routes';
import { DATA_DIR_ENV, dataDirOverride } from '../../src-main/electron/data-dir';

/** The message of a 'notice' plan, or what the plan was instead. */
function noticeOf(plan: ReturnType<typeof planAppCommand>): string {
  return plan.kind === 'notice' ? plan.message : `(not a notice: ${plan.kind})`;
}

const run: Route = { name: 'workshop-run', id: 6, step: { kind: 'question', questionId: 'q3' } };
const organisation: Route = { name: 'organisation', id: 4 };
const home: Route = { name: 'organisations' };

describe('the menu’s app commands, as the renderer plans them', () => {
  it('undo and redo: the text box’s own when a text box has focus, the walk-through’s on the walk-through', () => {
    for (const command of ['undo', 'redo'] as const) {
      expect(planAppCommand(command, run, 'text')).toEqual({ kind: 'text-edit', command });
      expect(planAppCommand(command, home, 'text')).toEqual({ kind: 'text-edit', command });
      expect(planAppCommand(command, run, 'other')).toEqual({ kind: 'session', command });
      expect(planAppCommand(command, run, 'choice')).toEqual({ kind: 'session', command });
      expect(noticeOf(planAppCommand(command, organisation, 'other'))).toContain(`nothing to ${command}`);
    }
  });

  it('new workshop and import workforce file: for the organisation on screen, or the workshop’s organisation', () => {
    expect(planAppCommand('new-workshop', organisation, 'other')).toEqual({ kind: 'navigate', route: { name: 'workshop-new', organisationId: 4 } });
    expect(planAppCommand('import-workforce', { name: 'board-member-edit', organisationId: 4, memberId: 2 }, 'other')).toEqual({
      kind: 'navigate',
      route: { name: 'workforce-import', organisationId: 4 },
    });
    expect(planAppCommand('new-workshop', run, 'other')).toEqual({ kind: 'via-workshop', workshopId: 6, target: 'workshop-new' });
    expect(planAppCommand('import-workforce', { name: 'action-edit', workshopId: 6, actionId: 1 }, 'text')).toEqual({
      kind: 'via-workshop',
      workshopId: 6,
      target: 'workforce-import',
    });
    for (const route of [home, { name: 'resources' }, { name: 'about' }, { name: 'not-found', path: '/x' }] as const) {
      expect(noticeOf(planAppCommand('new-workshop', route, 'other')), route.name).toContain('open the organisation');
    }
  });

  it('export report: the report of the workshop on screen (or already shown), otherwise says to open one', () => {
    expect(planAppCommand('export-report', run, 'other')).toEqual({ kind: 'navigate', route: { name: 'workshop-report', id: 6 } });
    expect(planAppCommand('export-report', { name: 'action-edit', workshopId: 3, actionId: 1 }, 'text')).toEqual({
      kind: 'navigate',
      route: { name: 'workshop-report', id: 3 },
    });
    expect(planAppCommand('export-report', { name: 'report-print', id: 4, marking: 'none', analysis: { measure: 'headcount', threshold: 0.5 } }, 'other')).toEqual({
      kind: 'navigate',
      route: { name: 'workshop-report', id: 4 },
    });
    expect(noticeOf(planAppCommand('export-report', organisation, 'other'))).toContain('open the workshop');
  });

  it('presenter mode: for the workshop on screen, otherwise says to open one', () => {
    expect(planAppCommand('present', run, 'other')).toEqual({ kind: 'present', workshopId: 6 });
    expect(planAppCommand('present', { name: 'workshop', id: 9 }, 'text')).toEqual({ kind: 'present', workshopId: 9 });
    expect(noticeOf(planAppCommand('present', organisation, 'other'))).toContain('open a workshop');
  });

  it('knows the organisation or workshop of every screen that has one', () => {
    expect(organisationOf({ name: 'workforce-snapshot-delete', organisationId: 3, snapshotId: 1 })).toBe(3);
    expect(organisationOf({ name: 'workshop-new', organisationId: 3 })).toBe(3);
    expect(organisationOf(run)).toBeNull();
    expect(workshopOf({ name: 'workshop-present', id: 2 })).toBe(2);
    expect(workshopOf({ name: 'action-new', workshopId: 2, questionId: 'q1' })).toBe(2);
    expect(workshopOf(organisation)).toBeNull();
  });

  it('covers every command the event allows', () => {
    for (const command of APP_COMMANDS) expect(planAppCommand(command, home, 'other').kind).toBeDefined();
  });

  it('routes the Help screens', () => {
    for (const [hash, route] of [
      ['#/help/shortcuts', { name: 'help-shortcuts' }],
      ['#/about', { name: 'about' }],
    ] as const) {
      expect(parseRoute(hash)).toEqual(route);
      expect(hrefFor(route)).toBe(hash);
    }
    expect(parseRoute('#/help').name).toBe('not-found');
    expect(parseRoute('#/about/x').name).toBe('not-found');
  });
});

describe('the data folder override (BOARDWALK_DATA_DIR)', () => {
  const absolute = path.resolve('/tmp/boardwalk-e2e-1');

  it('is honoured only when the app is not packaged', () => {
    expect(dataDirOverride({ [DATA_DIR_ENV]: absolute }, false)).toBe(absolute);
    expect(dataDirOverride({ [DATA_DIR_ENV]: absolute }, true)).toBeNull();
  });

  it('is ignored when unset or empty, and refused when not an absolute path', () => {
    expect(dataDirOverride({}, false)).toBeNull();
    expect(dataDirOverride({ [DATA_DIR_ENV]: '  ' }, false)).toBeNull();
    expect(() => dataDirOverride({ [DATA_DIR_ENV]: 'relative/folder' }, false)).toThrow(/absolute/);
    expect(() => dataDirOverride({ [DATA_DIR_ENV]: `${absolute}\0x` }, false)).toThrow(/absolute/);
  });
});
