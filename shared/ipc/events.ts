import { z } from 'zod';
import type { EventName } from './names';

export { EVENT_NAMES, eventChannel } from './names';
export type { EventName } from './names';

/**
 * Messages the main process sends to the renderer without being asked. Kept apart from the
 * request channels so that neither side can confuse a push with a reply.
 */
export const events = {
  /** The application menu asks the window to show a route (the menu lives in the main process). */
  'app.navigate': z.strictObject({ path: z.string().startsWith('/') }),
  /**
   * The window is closing: the page sends every write it holds, waits for their answers, then
   * closes the window itself (src-main/electron/close-guard.ts explains why).
   */
  'app.closing': z.strictObject({}),
} as const satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

