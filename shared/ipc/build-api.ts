/**
 * Builds the object the renderer sees as `window.api`: one method per channel, grouped by
 * domain (`api.organisation.create(input)`), and one subscription per event
 * (`api.events['app.navigate'](listener)`), every level frozen.
 *
 * It is the same function for every transport: the Electron preload calls it with
 * `ipcRenderer.invoke`, and the browser transports used by the tests and the dev view inject
 * its source into the page. It must therefore stay self-contained: no imports, no helpers
 * from outside its own body.
 */
export function buildApi(
  channels: readonly string[],
  eventNames: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  subscribe: (eventName: string, listener: (payload: unknown) => void) => () => void,
): unknown {
  const domains: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const dot = channel.indexOf('.');
    const domain = channel.slice(0, dot);
    const verb = channel.slice(dot + 1);
    const methods = domains[domain] ?? (domains[domain] = {});
    methods[verb] = (input?: unknown) => invoke(channel, input === undefined ? {} : input);
  }
  const api: Record<string, unknown> = {};
  for (const domain of Object.keys(domains)) {
    api[domain] = Object.freeze(domains[domain]);
  }
  const eventApi: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
  for (const name of eventNames) {
    eventApi[name] = (listener: (payload: unknown) => void) => subscribe(name, listener);
  }
  api['events'] = Object.freeze(eventApi);
  return Object.freeze(api);
}
