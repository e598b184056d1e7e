import { useSyncExternalStore } from 'react';
import { hrefFor, isRouteHash, parseRoute } from './routes';
import type { Route } from './routes';

let changes = 0;
let current: Route = parseRoute(isRouteHash(window.location.hash) ? window.location.hash : '');
const listeners = new Set<() => void>();

window.addEventListener('hashchange', () => {
  // An in-page anchor is not a change of screen.
  if (!isRouteHash(window.location.hash)) return;
  current = parseRoute(window.location.hash);
  changes += 1;
  for (const listener of listeners) listener();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => current);
}

/** The screen shown, for code outside React (the menu's commands). */
export function currentRoute(): Route {
  return current;
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/**
 * False on the screen the app opened on: focus is moved to a new screen's heading only after
 * the user has gone somewhere, so on launch Tab starts at the skip link as on any page.
 */
export function hasNavigated(): boolean {
  return changes > 0;
}
