import { create } from 'zustand';

const STORAGE_KEY = 'boardwalk.singleKeyShortcuts';

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

type ShortcutPreference = {
  /** Whether single-character shortcuts (1–5, 0, N, P, V, ?) work in the walk-through. */
  readonly singleKeys: boolean;
  readonly setSingleKeys: (on: boolean) => void;
};

/**
 * A preference of this computer's user, not of the board's data, so it lives in the browser's
 * storage rather than the database: the walk-through's single-key shortcuts can be turned off
 * (WCAG 2.1.4, Character Key Shortcuts).
 */
export const useShortcutPreference = create<ShortcutPreference>()((set) => ({
  singleKeys: stored(),
  setSingleKeys: (on) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Storage refused (a locked-down profile): the choice holds for this session only.
    }
    set({ singleKeys: on });
  },
}));
