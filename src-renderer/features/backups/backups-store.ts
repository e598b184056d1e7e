import { useEffect } from 'react';
import { create } from 'zustand';
import type { Backup, BackupList, RestoreResult } from '../../../shared/backups/backup';
import type { Result } from '../../../shared/ipc/result';
import { api } from '../../api/client';

type BackupsState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly list: BackupList | null;
  readonly loadError: string | null;
  readonly load: () => Promise<void>;
  readonly create: () => Promise<Result<Backup>>;
  readonly restore: (name: string) => Promise<Result<RestoreResult>>;
};

/** The backups folder as the main process lists it (each backup already checked there). */
export const useBackups = create<BackupsState>()((set, get) => ({
  status: 'idle',
  list: null,
  loadError: null,
  load: async () => {
    set({ status: get().status === 'ready' ? 'ready' : 'loading' });
    const result = await api.backup.list();
    if (result.ok) set({ status: 'ready', list: result.value, loadError: null });
    else set({ status: 'error', loadError: result.error.message });
  },
  create: async () => {
    const result = await api.backup.create();
    if (result.ok) await get().load();
    return result;
  },
  restore: (name) => api.backup.restore({ name }),
}));

export type BackupsLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'ready'; readonly list: BackupList };

/** The list for a screen; loaded (again) when the screen opens. */
export function useBackupList(): BackupsLookup {
  const status = useBackups((s) => s.status);
  const list = useBackups((s) => s.list);
  const loadError = useBackups((s) => s.loadError);
  const load = useBackups((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (status === 'error') return { state: 'unavailable', message: loadError ?? 'The backups could not be listed.' };
  return status === 'ready' && list ? { state: 'ready', list } : { state: 'loading' };
}
