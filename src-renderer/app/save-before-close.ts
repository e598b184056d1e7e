import { LEAVING_EVENT } from '../api/write-queue';
import { useSaveStatus } from './save-status-store';

type Page = Pick<EventTarget, 'dispatchEvent'>;

/**
 * Sends every write the page still holds (notes within their pause, writes queued behind one
 * awaiting its answer) and resolves once every write sent has been answered, that is committed
 * or refused. The desktop shell holds the window open for this when it closes
 * (src-main/electron/close-guard.ts), and closes it when the page does.
 */
export function saveEverything(page: Page = window): Promise<void> {
  page.dispatchEvent(new Event(LEAVING_EVENT));
  return new Promise((resolve) => {
    if (useSaveStatus.getState().pending === 0) {
      resolve();
      return;
    }
    const unsubscribe = useSaveStatus.subscribe((state) => {
      if (state.pending > 0) return;
      unsubscribe();
      resolve();
    });
  });
}
