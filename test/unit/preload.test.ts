import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES, eventChannel } from '../../shared/ipc/names';

/**
 * The real preload (src-main/preload/index.ts) run against a stand-in for the two Electron
 * objects it uses, since no Electron binary runs here. It proves Electron's checklist item 20
 * ("Do not expose Electron APIs to untrusted web content") on the code that ships.
 */
type Listener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const exposed: Array<[string, unknown]> = [];
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    send: () => undefined,
    sendSync: () => undefined,
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed.push([key, value]);
    },
  };
  return { exposed, invoked, listeners, ipcRenderer, contextBridge };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

/** Every value reachable from the exposed object, with its path. */
function reachable(root: unknown): Array<[string, unknown]> {
  const seen = new Set<unknown>();
  const out: Array<[string, unknown]> = [];
  const walk = (value: unknown, path: string) => {
    out.push([path, value]);
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) walk(descriptor.value, `${path}.${String(key)}`);
    }
  };
  walk(root, 'api');
  return out;
}

describe('the preload', () => {
  let api: Record<string, Record<string, (arg?: unknown) => unknown>>;

  beforeAll(async () => {
    await import('../../src-main/preload/index');
    expect(electron.exposed).toHaveLength(1);
    api = electron.exposed[0]![1] as typeof api;
  });

  it('exposes one object, window.api, frozen at every level', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['api']);
    for (const [path, value] of reachable(api)) {
      if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value), path).toBe(true);
    }
  });

  it('offers one method per channel of the contract and one subscription per event, nothing generic', () => {
    const methods = Object.entries(api)
      .filter(([domain]) => domain !== 'events')
      .flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}.${verb}`));
    expect(methods.sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(api['events'] ?? {})).toEqual([...EVENT_NAMES]);
    const names = reachable(api).map(([path]) => path.split('.').pop());
    for (const generic of ['invoke', 'send', 'sendSync', 'on', 'once', 'removeListener', 'ipcRenderer', 'postMessage']) {
      expect(names, generic).not.toContain(generic);
    }
  });

  it('never hands the page ipcRenderer or any of its methods', () => {
    const leaked = reachable(api).filter(([, value]) => value === electron.ipcRenderer || Object.values(electron.ipcRenderer).includes(value as never));
    expect(leaked.map(([path]) => path)).toEqual([]);
  });

  it('sends each method to its own channel only', async () => {
    electron.invoked.length = 0;
    await api['organisation']?.['create']?.({ name: 'Northshire' });
    await api['workshop']?.['list']?.();
    expect(electron.invoked).toEqual([
      ['organisation.create', { name: 'Northshire' }],
      ['workshop.list', {}],
    ]);
  });

  it('gives event listeners the payload only, never the IPC event (whose sender could reply on any channel)', () => {
    const received: unknown[][] = [];
    const events = api['events'] as unknown as Record<string, (listener: (...args: unknown[]) => void) => () => void>;
    const unsubscribe = events['app.navigate']!((...args) => received.push(args));
    const channel = eventChannel('app.navigate');
    const registered = [...(electron.listeners.get(channel) ?? [])];
    expect(registered).toHaveLength(1);
    const ipcEvent = { sender: electron.ipcRenderer, senderFrame: null, ports: [] };
    (registered[0] as Listener)(ipcEvent, { path: '/organisations' });
    expect(received).toEqual([[{ path: '/organisations' }]]);
    unsubscribe();
    expect(electron.listeners.get(channel)?.size).toBe(0);
  });
});
