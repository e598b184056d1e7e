import { z } from 'zod';

/**
 * Messages the main process sends to the renderer without being asked. Kept apart from the
 * request channels so that neither side can confuse a push with a reply.
 */
export const events = {
  /** The application menu asks the window to show a route (the menu lives in the main process). */
  'app.navigate': z.strictObject({ path: z.string().startsWith('/') }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const EVENT_NAMES = Object.keys(events) as EventName[];

/** Events travel on their own prefix so they can never be mistaken for a request channel. */
export function eventChannel(name: string): string {
  return `event:${name}`;
}
