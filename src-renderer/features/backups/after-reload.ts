import { hrefFor } from '../../app/routes';
import type { Route } from '../../app/routes';

const KEY = 'boardwalk.message-after-reload';

/**
 * After a restore every screen's store holds data from before it (and the walk-through's undo
 * history would write it back), so the page is loaded afresh on `route`; the confirmation waits
 * in the tab's session storage until that screen takes it.
 */
export function reloadWithMessage(route: Route, message: string): void {
  window.sessionStorage.setItem(KEY, message);
  window.history.replaceState(null, '', hrefFor(route));
  window.location.reload();
}

/** The message left by reloadWithMessage (read as the screen mounts; cleared once it has). */
export function peekMessageAfterReload(): string | null {
  return window.sessionStorage.getItem(KEY);
}

export function clearMessageAfterReload(): void {
  window.sessionStorage.removeItem(KEY);
}
