import type { AppCommand } from '../../shared/ipc/events';
import type { Route } from './routes';

/** What has focus, as the walk-through's shortcuts classify it (text boxes keep their own keys). */
export type FocusKind = 'text' | 'choice' | 'other';

/**
 * What a menu command (the `app.command` event) does on the screen shown. Pure, so each case
 * is tested directly; run-app-command.ts carries the plan out.
 */
export type CommandPlan =
  /** The focused text box's own undo or redo (its typing). */
  | { readonly kind: 'text-edit'; readonly command: 'undo' | 'redo' }
  /** The walk-through's history of ratings, scores and notes. */
  | { readonly kind: 'session'; readonly command: 'undo' | 'redo' }
  | { readonly kind: 'navigate'; readonly route: Route }
  /** The organisation is the workshop's: look it up, then go to the screen for it. */
  | { readonly kind: 'via-workshop'; readonly workshopId: number; readonly target: 'workshop-new' | 'workforce-import' }
  | { readonly kind: 'present'; readonly workshopId: number }
  /** Nothing to do here; say why. */
  | { readonly kind: 'notice'; readonly message: string };

/** The organisation a screen is about, if any. */
export function organisationOf(route: Route): number | null {
  switch (route.name) {
    case 'organisation':
    case 'organisation-rename':
    case 'organisation-delete':
      return route.id;
    case 'board-member-new':
    case 'board-member-edit':
    case 'board-member-remove':
    case 'board-composition':
    case 'workshop-new':
    case 'workforce':
    case 'workforce-import':
    case 'workforce-snapshot-delete':
      return route.organisationId;
    default:
      return null;
  }
}

/** The workshop a screen is about, if any. */
export function workshopOf(route: Route): number | null {
  switch (route.name) {
    case 'workshop':
    case 'workshop-edit':
    case 'workshop-delete':
    case 'workshop-run':
    case 'workshop-present':
      return route.id;
    case 'action-new':
    case 'action-edit':
    case 'action-delete':
      return route.workshopId;
    default:
      return null;
  }
}

export function planAppCommand(command: AppCommand, route: Route, focus: FocusKind): CommandPlan {
  switch (command) {
    case 'undo':
    case 'redo':
      if (focus === 'text') return { kind: 'text-edit', command };
      if (route.name === 'workshop-run') return { kind: 'session', command };
      return {
        kind: 'notice',
        message: `There is nothing to ${command} on this screen. Undo and redo work on the walk-through’s ratings, scores and notes, and on typing in a text box.`,
      };
    case 'new-workshop':
    case 'import-workforce': {
      const target = command === 'new-workshop' ? 'workshop-new' : 'workforce-import';
      const organisationId = organisationOf(route);
      if (organisationId !== null) return { kind: 'navigate', route: { name: target, organisationId } };
      const workshopId = workshopOf(route);
      if (workshopId !== null) return { kind: 'via-workshop', workshopId, target };
      return {
        kind: 'notice',
        message:
          command === 'new-workshop'
            ? 'To add a workshop, open the organisation it is for, then choose File, New workshop again (or use its “Add a workshop” link).'
            : 'To import a workforce file, open the organisation it is for, then choose File, Import workforce file again.',
      };
    }
    case 'present': {
      const workshopId = workshopOf(route);
      if (workshopId !== null) return { kind: 'present', workshopId };
      return { kind: 'notice', message: 'To use presenter mode, open a workshop first, then choose View, Presenter mode again.' };
    }
    case 'export-report': {
      // The report is a workshop's: the one on screen, or the one whose report is already shown.
      const workshopId = route.name === 'workshop-report' || route.name === 'report-print' ? route.id : workshopOf(route);
      if (workshopId !== null) return { kind: 'navigate', route: { name: 'workshop-report', id: workshopId } };
      return { kind: 'notice', message: 'To export a report, open the workshop it is for, then choose File, Export report again.' };
    }
  }
}
