import { create } from 'zustand';
import type { AppCommand } from '../../shared/ipc/events';
import { api } from '../api/client';
import { openPresenter } from '../features/walkthrough/open-presenter';
import { useSession } from '../features/walkthrough/session-store';
import { focusKind } from '../features/walkthrough/shortcuts';
import { planAppCommand } from './app-commands';
import { navigate } from './router';
import { hrefFor } from './routes';
import type { Route } from './routes';

type MenuNoticeState = {
  /** What the last menu command could not do, and the screen it was asked on. */
  readonly notice: { readonly message: string; readonly href: string } | null;
  readonly show: (message: string, route: Route) => void;
};

export const useMenuNotice = create<MenuNoticeState>()((set) => ({
  notice: null,
  show: (message, route) => set({ notice: { message, href: hrefFor(route) } }),
}));

/** Carries out a command from the application menu on the screen shown (see app-commands.ts). */
export async function runAppCommand(command: AppCommand, route: Route): Promise<void> {
  const plan = planAppCommand(command, route, focusKind(document.activeElement));
  switch (plan.kind) {
    case 'text-edit':
      // The text box's own undo stack, as Ctrl+Z would use: the one way to reach it from outside
      // the key press (the menu's click arrives as an IPC message, not a key).
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      document.execCommand(plan.command);
      return;
    case 'session':
      await (plan.command === 'undo' ? useSession.getState().undo() : useSession.getState().redo());
      return;
    case 'navigate':
      navigate(plan.route);
      return;
    case 'via-workshop': {
      const workshop = await api.workshop.get({ id: plan.workshopId });
      if (!workshop.ok) {
        useMenuNotice.getState().show(workshop.error.message, route);
        return;
      }
      navigate({ name: plan.target, organisationId: workshop.value.organisationId });
      return;
    }
    case 'present':
      await openPresenter(plan.workshopId);
      return;
    case 'notice':
      useMenuNotice.getState().show(plan.message, route);
      return;
  }
}
