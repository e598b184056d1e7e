import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/build-api';
import { CHANNEL_NAMES, EVENT_NAMES, eventChannel } from '../../shared/ipc/names';

/**
 * The renderer's whole view of the main process: one frozen object, one method per channel of
 * the contract. No generic invoke, send or on is exposed, and listeners receive the payload
 * only, never the IPC event (which would hand the page a way to reply on any channel).
 */
const api = buildApi(
  CHANNEL_NAMES,
  EVENT_NAMES,
  (channel, input) => ipcRenderer.invoke(channel, input),
  (name, listener) => {
    const channel = eventChannel(name);
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
