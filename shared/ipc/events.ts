import { z } from 'zod';
import type { EventName } from './names';

export { EVENT_NAMES, eventChannel } from './names';
export type { EventName } from './names';

/**
 * Application menu commands that depend on what the window shows, so the renderer decides what
 * they do: undo and redo (the focused text box's own, or the walk-through's), a new workshop or
 * a workforce import (for the organisation on screen), presenter mode (for the workshop on screen).
 */
export const APP_COMMANDS = ['undo', 'redo', 'new-workshop', 'import-workforce', 'present', 'export-report'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/**
 * Messages the main process sends to the renderer without being asked. Kept apart from the
 * request channels so that neither side can confuse a push with a reply.
 */
export const events = {
  /** The application menu asks the window to show a route (the menu lives in the main process). */
  'app.navigate': z.strictObject({ path: z.string().startsWith('/') }),
  /** The application menu asks for a command whose meaning depends on the screen (APP_COMMANDS). */
  'app.command': z.strictObject({ command: z.enum(APP_COMMANDS) }),
  /**
   * The window is closing: the page sends every write it holds, waits for their answers, then
   * closes the window itself (src-main/electron/close-guard.ts explains why).
   */
  'app.closing': z.strictObject({}),
} as const satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

