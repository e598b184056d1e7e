/**
 * The main window closes in two steps, so that nothing typed is lost.
 *
 * Left to itself, a closing window runs the page's `pagehide`, where the page sends what it still
 * holds (notes typed within the last moment, writes queued behind one awaiting its answer); but
 * Electron may destroy the page before those messages reach the main process, and then they
 * are dropped (electron/electron#4366). So the first close is held: the page is told the window
 * is closing, sends everything, waits until every write has been answered (each answer comes
 * after COMMIT), and then closes the window itself. The next close goes through, whoever asks
 * (the page, or a user who closes again); and if the page does not answer in time (it hangs, or
 * is gone), the window is closed anyway.
 *
 * Pure, over small ports, so that it is tested without Electron (test/unit/close-guard.test.ts).
 */
export type CloseGuardPorts = {
  /** Tells the page the window is closing; false when there is no page to tell. */
  readonly askPageToSave: () => boolean;
  /** Closes the window (which comes back through `onClose`, and then goes through). */
  readonly closeWindow: () => void;
  readonly setTimer: (callback: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  /** How long the page may take to save before the window closes regardless. */
  readonly timeoutMs: number;
};

export type CloseEvent = { readonly preventDefault: () => void };

export type CloseGuard = {
  /** For BrowserWindow's `close` event. */
  readonly onClose: (event: CloseEvent) => void;
  readonly state: () => 'open' | 'saving' | 'closing';
};

/** Long enough for a page to send and hear back from a few writes on a slow disk; short enough not to feel stuck. */
export const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 5000;

export function createCloseGuard(ports: CloseGuardPorts): CloseGuard {
  let state: 'open' | 'saving' | 'closing' = 'open';
  let timer: unknown = null;
  return {
    onClose: (event) => {
      if (state === 'closing') return;
      if (state === 'saving') {
        state = 'closing';
        ports.clearTimer(timer);
        return;
      }
      if (!ports.askPageToSave()) {
        state = 'closing';
        return;
      }
      event.preventDefault();
      state = 'saving';
      timer = ports.setTimer(() => {
        if (state !== 'saving') return;
        state = 'closing';
        ports.closeWindow();
      }, ports.timeoutMs);
    },
    state: () => state,
  };
}
