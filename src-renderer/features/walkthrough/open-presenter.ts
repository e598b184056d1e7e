import { api } from '../../api/client';
import { navigate } from '../../app/router';

/**
 * Asks the shell for the projector's window (Electron opens one, on the second display when
 * there is one); where there is no second window to open, shows the presenter view here.
 */
export async function openPresenter(workshopId: number): Promise<void> {
  const result = await api.presenter.open({ workshopId });
  if (!result.ok || !result.value.opened) navigate({ name: 'workshop-present', id: workshopId });
}
