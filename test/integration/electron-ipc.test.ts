import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';

/**
 * The real IPC wiring (src-main/electron/ipc.ts) against a stand-in ipcMain, in front of the
 * real core over a real database: Electron's checklist item 17 ("Validate the sender of all IPC
 * messages") on the code that ships, since no Electron binary runs here.
 */
type Handler = (event: { senderFrame: { url: string; parent: unknown } | null }, input: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => {
      handlers.delete(channel);
    },
  };
  return { handlers, ipcMain };
});

vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));

const MAIN_FRAME = { url: 'app://boardwalk/index.html#/organisations', parent: null };
const UNTRUSTED: ReadonlyArray<[string, { url: string; parent: unknown } | null]> = [
  ['no frame (it navigated or was destroyed)', null],
  ['a sub-frame of our page', { url: 'app://boardwalk/index.html', parent: MAIN_FRAME }],
  ['a remote page', { url: 'https://evil.example/', parent: null }],
  ['a local file', { url: 'file:///C:/Users/x/Downloads/page.html', parent: null }],
  ['a look-alike host', { url: 'app://boardwalk.evil.example/index.html', parent: null }],
  ['the dev server origin', { url: 'http://127.0.0.1:5170/', parent: null }],
];

describe('the IPC handlers', () => {
  let core: TestCore;
  let unregister: () => void;

  beforeAll(async () => {
    core = createTestCore();
    const { registerIpc } = await import('../../src-main/electron/ipc');
    unregister = registerIpc(core.dispatch);
  });
  afterAll(() => {
    unregister();
    core.dispose();
  });

  it('are registered for exactly the channels of the contract', () => {
    expect([...electron.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuse every channel from any sender but our main frame, and change nothing', async () => {
    const before = contentHash(core.db);
    for (const channel of CHANNELS) {
      const handler = electron.handlers.get(channel)!;
      for (const [label, frame] of UNTRUSTED) {
        await expect(handler({ senderFrame: frame }, { name: 'Intruder Trust', odsCode: 'RX1', type: 'nhs-trust' }), `${channel} from ${label}`).rejects.toThrow(
          `Refused ${channel} from an untrusted frame`,
        );
      }
    }
    expect(contentHash(core.db)).toBe(before);
  });

  it('pass our main frame’s calls to the dispatcher, which validates them', async () => {
    const create = electron.handlers.get('organisation.create')!;
    const created = (await create({ senderFrame: MAIN_FRAME }, { name: 'Northshire Hospitals NHS Trust', odsCode: 'RXN', type: 'nhs-trust' })) as { ok: boolean };
    expect(created.ok).toBe(true);
    const list = (await electron.handlers.get('organisation.list')!({ senderFrame: MAIN_FRAME }, {})) as { ok: true; value: Array<{ name: string }> };
    expect(list.value.map((o) => o.name)).toEqual(['Northshire Hospitals NHS Trust']);
    const bad = (await create({ senderFrame: MAIN_FRAME }, { name: '' })) as { ok: boolean };
    expect(bad.ok).toBe(false);
  });

  it('are all removed by the function registerIpc returns', async () => {
    const { registerIpc } = await import('../../src-main/electron/ipc');
    unregister();
    expect(electron.handlers.size).toBe(0);
    unregister = registerIpc(core.dispatch);
    expect(electron.handlers.size).toBe(CHANNELS.length);
  });
});
