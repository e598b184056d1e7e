/**
 * The app's places. Routing is by hash (`#/organisations/new`) because the page is served from
 * a custom protocol in Electron and from a plain static server in tests: neither has to know
 * about client-side paths, and a reload always lands on the same screen.
 */
export type Route =
  | { readonly name: 'organisations' }
  | { readonly name: 'organisation-new' }
  | { readonly name: 'organisation-rename'; readonly id: number }
  | { readonly name: 'organisation-delete'; readonly id: number }
  | { readonly name: 'not-found'; readonly path: string };

/** True for hashes that are routes; other hashes (`#maincontent`) are in-page anchors. */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const segments = path.split('/').filter((s) => s !== '');
  const [first, second, third, ...rest] = segments;
  if (rest.length > 0) return { name: 'not-found', path };
  if (first === undefined) return { name: 'organisations' };
  if (first !== 'organisations') return { name: 'not-found', path };
  if (second === undefined) return { name: 'organisations' };
  if (second === 'new' && third === undefined) return { name: 'organisation-new' };
  const id = parseId(second);
  if (id !== null && third === 'rename') return { name: 'organisation-rename', id };
  if (id !== null && third === 'delete') return { name: 'organisation-delete', id };
  return { name: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'organisations':
      return '#/organisations';
    case 'organisation-new':
      return '#/organisations/new';
    case 'organisation-rename':
      return `#/organisations/${route.id}/rename`;
    case 'organisation-delete':
      return `#/organisations/${route.id}/delete`;
    case 'not-found':
      return `#${route.path}`;
  }
}

function parseId(segment: string): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(segment)) return null;
  const id = Number(segment);
  return Number.isSafeInteger(id) ? id : null;
}
