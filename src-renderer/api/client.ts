import type { BoardwalkApi } from '../../shared/ipc/api-types';
import { contract, CHANNELS } from '../../shared/ipc/contract';
import { EVENT_NAMES, events } from '../../shared/ipc/events';
import type { Result } from '../../shared/ipc/result';
import { useSaveStatus } from '../app/save-status-store';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Put there by the preload (Electron) or the browser harness (tests, dev view). */
    readonly api: BoardwalkApi;
  }
}

/**
 * The only module that touches `window.api`. Calls on command channels (the ones that write)
 * are counted by the save status, so "Saved" is shown only once the main process has answered,
 * which it does only after COMMIT.
 */
function wrapApi(raw: BoardwalkApi): BoardwalkApi {
  const wrapped: Record<string, unknown> = { events: withCheckedEvents(raw.events) };
  const byDomain = raw as unknown as Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>>;
  for (const channel of CHANNELS) {
    const [domain = '', verb = ''] = channel.split('.');
    const call = byDomain[domain]?.[verb];
    if (!call) throw new Error(`window.api has no method for ${channel}`);
    const methods = (wrapped[domain] ??= {}) as Record<string, unknown>;
    methods[verb] =
      contract[channel].kind === 'command'
        ? (input?: unknown) => trackSave(settle(call(input)))
        : (input?: unknown) => settle(call(input));
  }
  return wrapped as BoardwalkApi;
}

/** Event payloads are checked against the event map too, so a listener only sees well-formed data. */
function withCheckedEvents(raw: BoardwalkApi['events']): BoardwalkApi['events'] {
  const byName = raw as unknown as Record<string, (listener: (payload: unknown) => void) => () => void>;
  const checked: Record<string, unknown> = {};
  for (const name of EVENT_NAMES) {
    const subscribe = byName[name];
    if (!subscribe) throw new Error(`window.api has no subscription for ${name}`);
    checked[name] = (listener: (payload: unknown) => void) =>
      subscribe((payload) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
  }
  return checked as BoardwalkApi['events'];
}

/**
 * A transport can fail rather than answer (the main process refused the frame, the dev server
 * answered with an HTTP error): that becomes an error envelope like any other, so every caller
 * deals with exactly one shape and nothing is left waiting on a rejected promise.
 */
async function settle<T>(pending: Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result = await pending;
    // A transport that answered with something other than an envelope (null, say) throws here and falls through.
    if (typeof result === 'object' && 'ok' in result) return result;
  } catch {
    // Falls through to the envelope below.
  }
  const message = 'Boardwalk could not reach its database. Nothing was changed.';
  return { ok: false, error: { code: 'INTERNAL', message, path: [], fields: [] } };
}

async function trackSave<T>(pending: Promise<Result<T>>): Promise<Result<T>> {
  const { started, finished, failed } = useSaveStatus.getState();
  started();
  const result = await pending;
  if (result.ok) finished(new Date());
  else if (result.error.code === 'INTERNAL') failed(result.error.message);
  else finished(null);
  return result;
}

export const api: BoardwalkApi = wrapApi(window.api);
