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
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route through its href', () => {
    const routes: Route[] = [
      { name: 'organisations' },
      { name: 'organisation-new' },
      { name: 'organisation-rename', id: 3 },
      { name: 'organisation-delete', id: 4 },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('tells routes from in-page anchors', () => {
    expect(isRouteHash('#/organisations')).toBe(true);
    expect(isRouteHash('')).toBe(true);
    expect(isRouteHash('#maincontent')).toBe(false);
    expect(isRouteHash('#name')).toBe(false);
  });
});
