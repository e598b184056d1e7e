import { describeSaveStatus, useSaveStatus } from './save-status-store';

export function SaveStatus() {
  const pending = useSaveStatus((s) => s.pending);
  const lastSavedAt = useSaveStatus((s) => s.lastSavedAt);
  const error = useSaveStatus((s) => s.error);
  const view = describeSaveStatus({ pending, lastSavedAt, error });
  return (
    <p
      className={view.tone === 'error' ? 'app-save-status app-save-status--error' : 'app-save-status'}
      role="status"
      data-testid="save-status"
    >
      {view.text}
    </p>
  );
}
