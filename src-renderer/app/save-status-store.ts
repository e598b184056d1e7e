import { create } from 'zustand';

type SaveStatusState = {
  /** Writes sent and not yet answered. */
  readonly pending: number;
  readonly lastSavedAt: Date | null;
  readonly error: string | null;
  readonly started: () => void;
  /** `savedAt` is null when the write was refused (bad input): nothing new was saved. */
  readonly finished: (savedAt: Date | null) => void;
  readonly failed: (message: string) => void;
};

export const useSaveStatus = create<SaveStatusState>()((set) => ({
  pending: 0,
  lastSavedAt: null,
  error: null,
  started: () => set((s) => ({ pending: s.pending + 1 })),
  finished: (savedAt) =>
    set((s) => ({
      pending: Math.max(0, s.pending - 1),
      lastSavedAt: savedAt ?? s.lastSavedAt,
      error: savedAt ? null : s.error,
    })),
  failed: (message) => set((s) => ({ pending: Math.max(0, s.pending - 1), error: message })),
}));

export type SaveStatusView = { readonly text: string; readonly tone: 'quiet' | 'error' };

/** What the status line says; pure so that its wording is tested directly. */
export function describeSaveStatus(state: Pick<SaveStatusState, 'pending' | 'lastSavedAt' | 'error'>): SaveStatusView {
  if (state.pending > 0) return { text: 'Saving…', tone: 'quiet' };
  if (state.error) return { text: `Not saved: ${state.error}`, tone: 'error' };
  if (state.lastSavedAt) {
    const time = state.lastSavedAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    return { text: `All changes saved at ${time}`, tone: 'quiet' };
  }
  return { text: 'All changes saved', tone: 'quiet' };
}
