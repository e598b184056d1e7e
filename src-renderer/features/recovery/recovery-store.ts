import { create } from 'zustand';
import type { BackupList } from '../../../shared/backups/backup';
import type { Recovered, RecoveryCode } from '../../../shared/backups/recovery';
import type { Result } from '../../../shared/ipc/result';
import { api } from '../../api/client';

export type RecoveryProblem = { readonly code: RecoveryCode; readonly message: string; readonly file: string };

type RecoveryState = {
  /** `checking` until the main process has said whether its database opened. */
  readonly mode: 'checking' | 'normal' | 'recovery';
  readonly problem: RecoveryProblem | null;
  readonly backups: BackupList | null;
  readonly backupsError: string | null;
  readonly check: () => Promise<void>;
  readonly loadBackups: () => Promise<void>;
  readonly restore: (name: string) => Promise<Result<Recovered>>;
  readonly startNew: () => Promise<Result<Recovered>>;
  readonly quit: () => Promise<Result<{ closing: boolean }>>;
  /** The window runs normally from now on (called once the screen has left its confirmation). */
  readonly recovered: () => void;
};

/**
 * Whether the app runs normally or shows the recovery screen: asked once when the window opens.
 * After a restore or a fresh start the main process runs the full core, and so does the window.
 */
export const useRecovery = create<RecoveryState>()((set) => ({
  mode: 'checking',
  problem: null,
  backups: null,
  backupsError: null,
  check: async () => {
    const result = await api.recovery.status();
    // A window that cannot even ask runs normally: every screen then says what it could not load.
    if (result.ok && result.value.needed) {
      const { code, message, file } = result.value;
      set({ mode: 'recovery', problem: { code, message, file } });
    } else {
      set({ mode: 'normal', problem: null });
    }
  },
  loadBackups: async () => {
    const result = await api.recovery.listBackups();
    if (result.ok) set({ backups: result.value, backupsError: null });
    else set({ backupsError: result.error.message });
  },
  restore: (name) => api.recovery.restore({ name }),
  startNew: () => api.recovery.startNew(),
  quit: () => api.recovery.quit(),
  recovered: () => set({ mode: 'normal', problem: null, backups: null }),
}));
