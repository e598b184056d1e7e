import { buildApi } from '../../shared/ipc/build-api';
import { CHANNELS } from '../../shared/ipc/contract';
import { EVENT_NAMES } from '../../shared/ipc/events';

export const DISPATCH_PATH = '/__boardwalk/dispatch';
export const TRANSPORT_SCRIPT_PATH = '/__boardwalk/web-api.js';
/** Required on every dispatch request: a page of another origin cannot add it without a CORS preflight, which this server never grants. */
export const DISPATCH_HEADER = 'x-boardwalk-dispatch';

/**
 * The browser side of the loopback transport: the very `buildApi` the Electron preload uses,
 * with `invoke` posting to the server. Served as a classic script that runs before the app's
 * module, so `window.api` exists when the app starts, exactly as under Electron.
 */
export function webTransportScript(): string {
  return `(() => {
  "use strict";
  const buildApi = ${buildApi.toString()};
  const listeners = new Map();
  const invoke = async (channel, input) => {
    const response = await fetch(${JSON.stringify('.' + DISPATCH_PATH)}, {
      method: "POST",
      headers: { "content-type": "application/json", ${JSON.stringify(DISPATCH_HEADER)}: "1" },
      body: JSON.stringify({ channel, input }),
    });
    return response.json();
  };
  const subscribe = (name, listener) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    set.add(listener);
    return () => { set.delete(listener); };
  };
  Object.defineProperty(window, "api", {
    value: buildApi(${JSON.stringify(CHANNELS)}, ${JSON.stringify(EVENT_NAMES)}, invoke, subscribe),
    enumerable: true,
  });
  // Lets a test or a developer play the main process's part for events.
  Object.defineProperty(window, "__boardwalkEmit", {
    value: (name, payload) => { for (const listener of listeners.get(name) ?? []) listener(payload); },
  });
})();
`;
}
