/**
 * Writes one at a time, in the order they were made, so a quick run of key presses cannot land
 * out of order whatever the transport does with concurrent requests.
 *
 * Except while the page is going away (the window closing, the app quitting): a write queued
 * behind one still awaiting its answer would then never be sent at all, since the answer
 * arrives after the page has gone. From `leave()` on, whatever is waiting is sent at once, in
 * order, and so is every write after it. The main process handles requests in the order they
 * arrive and commits each before the next, so the order still holds where it matters.
 */
export type WriteQueue = {
  readonly enqueue: <T>(task: () => Promise<T>) => Promise<T>;
  /** The page is going: send everything now, and do not wait from here on. */
  readonly leave: () => void;
  /** The page is back (restored from the back-forward cache): one at a time again. */
  readonly stay: () => void;
};

type Waiting = { readonly run: () => void };

export function createWriteQueue(): WriteQueue {
  const waiting: Waiting[] = [];
  let busy = false;
  let leaving = false;

  const next = (): void => {
    const item = waiting.shift();
    if (item) item.run();
    else busy = false;
  };

  return {
    enqueue: <T>(task: () => Promise<T>): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        // Started synchronously, so a write made during `pagehide` is on its way before the
        // handler returns.
        const start = (): Promise<void> => {
          let pending: Promise<T>;
          try {
            pending = task();
          } catch (error) {
            pending = Promise.reject(error instanceof Error ? error : new Error(String(error)));
          }
          return pending.then(resolve, reject);
        };
        if (leaving) {
          void start();
          return;
        }
        const run = () => {
          void start().finally(() => {
            if (!leaving) next();
          });
        };
        if (busy) waiting.push({ run });
        else {
          busy = true;
          run();
        }
      }),
    leave: () => {
      leaving = true;
      for (let item = waiting.shift(); item; item = waiting.shift()) item.run();
      busy = false;
    },
    stay: () => {
      leaving = false;
    },
  };
}

/**
 * Dispatched on `window` when the desktop shell says the window is closing (the `app.closing`
 * event): like `pagehide`, everything held is sent now. See src-renderer/app/save-before-close.ts.
 */
export const LEAVING_EVENT = 'boardwalk:leaving';

type PageEvents = {
  addEventListener(type: 'pagehide' | 'pageshow' | typeof LEAVING_EVENT, listener: (event: { readonly persisted?: boolean }) => void): void;
};

/** A queue that sends what it holds as soon as the page starts to go (`pagehide`, or the shell closing the window). */
export function createPageWriteQueue(target: PageEvents = window): WriteQueue {
  const queue = createWriteQueue();
  target.addEventListener('pagehide', () => queue.leave());
  target.addEventListener(LEAVING_EVENT, () => queue.leave());
  target.addEventListener('pageshow', (event) => {
    if (event.persisted === true) queue.stay();
  });
  return queue;
}
