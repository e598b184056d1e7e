import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { eventChannel, events } from '../../shared/ipc/events';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { Dispatch } from '../core/ipc/dispatch';
import { isTrustedSender } from './security';

/** One handler per channel of the contract, each refusing senders that are not our page. */
export function registerIpc(dispatch: Dispatch): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        throw new Error(`Refused ${channel} from an untrusted frame`);
      }
      return dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

export function sendEvent<E extends EventName>(contents: WebContents, name: E, payload: EventPayload<E>): void {
  const checked = events[name].parse(payload);
  contents.send(eventChannel(name), checked);
}
