import { REPORT_MARKINGS } from '../../shared/report/report-inputs';
import { reportPrintPath } from '../../shared/report/report-route';
import { describe, expect, it } from 'vitest';
import { hrefFor, isRouteHash, parseRoute } from '../../src-renderer/app/routes';
import type { Route } from '../../src-renderer/app/routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'organisations' }],
    ['#/', { name: 'organisations' }],
    ['#/organisations', { name: 'organisations' }],
    ['#/organisations/', { name: 'organisations' }],
    ['#/organisations/new', { name: 'organisation-new' }],
    ['#/organisations/12/rename', { name: 'organisation-rename', id: 12 }],
    ['#/organisations/7/delete', { name: 'organisation-delete', id: 7 }],
    ['#/organisations/0/delete', { name: 'not-found', path: '/organisations/0/delete' }],
    ['#/organisations/01/delete', { name: 'not-found', path: '/organisations/01/delete' }],
    ['#/organisations/1e3/rename', { name: 'not-found', path: '/organisations/1e3/rename' }],
    ['#/organisations/99999999999999999999/rename', { name: 'not-found', path: '/organisations/99999999999999999999/rename' }],
    ['#/organisations/3/rename/more', { name: 'not-found', path: '/organisations/3/rename/more' }],
    ['#/workshops', { name: 'not-found', path: '/workshops' }],
    ['#/organisations/5', { name: 'organisation', id: 5 }],
    ['#/organisations/5/board/new', { name: 'board-member-new', organisationId: 5 }],
    ['#/organisations/5/board/8/edit', { name: 'board-member-edit', organisationId: 5, memberId: 8 }],
    ['#/organisations/5/board/8/remove', { name: 'board-member-remove', organisationId: 5, memberId: 8 }],
    ['#/organisations/5/board/8', { name: 'not-found', path: '/organisations/5/board/8' }],
    ['#/organisations/5/board/check', { name: 'board-composition', organisationId: 5 }],
    ['#/organisations/5/board/check/more', { name: 'not-found', path: '/organisations/5/board/check/more' }],
    ['#/organisations/5/workshops/new', { name: 'workshop-new', organisationId: 5 }],
    ['#/workshops/2', { name: 'workshop', id: 2 }],
    ['#/workshops/2/edit', { name: 'workshop-edit', id: 2 }],
    ['#/workshops/2/present', { name: 'workshop-present', id: 2 }],
    ['#/workshops/2/report', { name: 'workshop-report', id: 2 }],
    ['#/workshops/2/report/print/official-sensitive', { name: 'report-print', id: 2, marking: 'official-sensitive', analysis: { measure: 'headcount', threshold: 0.5 } }],
    ['#/workshops/2/report/print/none', { name: 'report-print', id: 2, marking: 'none', analysis: { measure: 'headcount', threshold: 0.5 } }],
    ['#/workshops/2/report/print/none/fte/0.35', { name: 'report-print', id: 2, marking: 'none', analysis: { measure: 'fte', threshold: 0.35 } }],
    ['#/workshops/2/report/print/official/headcount/1', { name: 'report-print', id: 2, marking: 'official', analysis: { measure: 'headcount', threshold: 1 } }],
    ['#/workshops/2/report/print/official/fte', { name: 'not-found', path: '/workshops/2/report/print/official/fte' }],
    ['#/workshops/2/report/print/official/hours/0.5', { name: 'not-found', path: '/workshops/2/report/print/official/hours/0.5' }],
    ['#/workshops/2/report/print/official/fte/0', { name: 'not-found', path: '/workshops/2/report/print/official/fte/0' }],
    ['#/workshops/2/report/print/official/fte/1.5', { name: 'not-found', path: '/workshops/2/report/print/official/fte/1.5' }],
    ['#/workshops/2/report/print/official/fte/1e-1', { name: 'not-found', path: '/workshops/2/report/print/official/fte/1e-1' }],
    ['#/workshops/2/report/print/official/fte/0.5/more', { name: 'not-found', path: '/workshops/2/report/print/official/fte/0.5/more' }],
    ['#/workshops/2/report/print/secret', { name: 'not-found', path: '/workshops/2/report/print/secret' }],
    ['#/workshops/2/report/print', { name: 'not-found', path: '/workshops/2/report/print' }],
    ['#/workshops/2/run/ceilings', { name: 'workshop-run', id: 2, step: { kind: 'ceilings' } }],
    ['#/workshops/2/run/theme/talent-management', { name: 'workshop-run', id: 2, step: { kind: 'theme', themeId: 'talent-management' } }],
    ['#/workshops/2/run/theme/teamwork', { name: 'not-found', path: '/workshops/2/run/theme/teamwork' }],
    ['#/workshops/2/run/question/q17', { name: 'workshop-run', id: 2, step: { kind: 'question', questionId: 'q17' } }],
    ['#/workshops/2/run/question/q18', { name: 'not-found', path: '/workshops/2/run/question/q18' }],
    ['#/workshops/2/run/priorities', { name: 'workshop-run', id: 2, step: { kind: 'priorities' } }],
    ['#/workshop-file/export', { name: 'workshop-file-export', organisationId: null }],
    ['#/workshop-file/import', { name: 'workshop-file-import' }],
    ['#/workshop-file/import/more', { name: 'not-found', path: '/workshop-file/import/more' }],
    ['#/workshop-file', { name: 'not-found', path: '/workshop-file' }],
    ['#/organisations/5/export-file', { name: 'workshop-file-export', organisationId: 5 }],
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route through its href', () => {
    const routes: Route[] = [
      { name: 'organisations' },
      { name: 'organisation-new' },
      { name: 'organisation-rename', id: 3 },
      { name: 'organisation-delete', id: 4 },
      { name: 'organisation', id: 4 },
      { name: 'board-member-new', organisationId: 4 },
      { name: 'board-member-edit', organisationId: 4, memberId: 9 },
      { name: 'board-member-remove', organisationId: 4, memberId: 9 },
      { name: 'board-composition', organisationId: 4 },
      { name: 'workshop-new', organisationId: 4 },
      { name: 'workshop', id: 6 },
      { name: 'workshop-edit', id: 6 },
      { name: 'workshop-delete', id: 6 },
      { name: 'workshop-present', id: 6 },
      { name: 'workshop-report', id: 6 },
      { name: 'report-print', id: 6, marking: 'official', analysis: { measure: 'fte', threshold: 0.45 } },
      { name: 'workshop-run', id: 6, step: { kind: 'ceilings' } },
      { name: 'workshop-run', id: 6, step: { kind: 'theme', themeId: 'practical-levers' } },
      { name: 'workshop-run', id: 6, step: { kind: 'question', questionId: 'q3' } },
      { name: 'workshop-run', id: 6, step: { kind: 'priorities' } },
      { name: 'workshop-file-export', organisationId: null },
      { name: 'workshop-file-export', organisationId: 4 },
      { name: 'workshop-file-import' },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('parses the print path the main process builds for the PdfPrinter, for every marking, measure and threshold', () => {
    for (const marking of REPORT_MARKINGS) {
      for (const analysis of [
        { measure: 'headcount', threshold: 0.5 },
        { measure: 'fte', threshold: 0.05 },
        { measure: 'fte', threshold: 1 },
        { measure: 'headcount', threshold: 0.123456 },
      ] as const) {
        expect(parseRoute(`#${reportPrintPath(12, marking, analysis)}`)).toEqual({ name: 'report-print', id: 12, marking, analysis });
      }
      // Whatever number arrives over IPC, the path is one the router reads (to six places).
      expect(parseRoute(`#${reportPrintPath(12, marking, { measure: 'fte', threshold: 0.1 + 0.2 })}`)).toEqual({
        name: 'report-print',
        id: 12,
        marking,
        analysis: { measure: 'fte', threshold: 0.3 },
      });
      expect(parseRoute(`#${reportPrintPath(12, marking, { measure: 'headcount', threshold: 0.1234567 })}`)).toMatchObject({
        name: 'report-print',
        analysis: { threshold: 0.123457 },
      });
    }
  });

  it('parses and round-trips the action routes, and refuses bad question and action ids', () => {
    const actionRoutes: Array<[string, Route]> = [
      ['#/workshops/2/priorities/q3/new-action', { name: 'action-new', workshopId: 2, questionId: 'q3' }],
      ['#/workshops/2/actions/7/edit', { name: 'action-edit', workshopId: 2, actionId: 7 }],
      ['#/workshops/2/actions/7/delete', { name: 'action-delete', workshopId: 2, actionId: 7 }],
    ];
    for (const [hash, route] of actionRoutes) {
      expect(parseRoute(hash)).toEqual(route);
      expect(hrefFor(route)).toBe(hash);
    }
    for (const bad of ['/workshops/2/priorities/q18/new-action', '/workshops/2/priorities/q3', '/workshops/2/actions/0/edit', '/workshops/2/actions/7', '/workshops/2/actions/7/remove']) {
      expect(parseRoute(`#${bad}`)).toEqual({ name: 'not-found', path: bad });
    }
  });

  it('tells routes from in-page anchors', () => {
    expect(isRouteHash('#/organisations')).toBe(true);
    expect(isRouteHash('')).toBe(true);
    expect(isRouteHash('#maincontent')).toBe(false);
    expect(isRouteHash('#name')).toBe(false);
  });

  it('parses and round-trips the resource library routes, and refuses malformed ones', () => {
    const resourceRoutes: Array<[string, Route]> = [
      ['#/resources', { name: 'resources' }],
      ['#/resources/new', { name: 'resource-new' }],
      ['#/resources/12/edit', { name: 'resource-edit', id: 12 }],
      ['#/resources/12/remove', { name: 'resource-remove', id: 12 }],
    ];
    for (const [hash, route] of resourceRoutes) {
      expect(parseRoute(hash)).toEqual(route);
      expect(hrefFor(route)).toBe(hash);
    }
    expect(parseRoute('#/resources/')).toEqual({ name: 'resources' });
    for (const bad of ['/resources/12', '/resources/0/edit', '/resources/new/edit', '/resources/12/delete', '/resources/12/edit/more', '/resources/x/remove']) {
      expect(parseRoute(`#${bad}`)).toEqual({ name: 'not-found', path: bad });
    }
  });
});
