import { useEffect, useState } from 'react';
import { create } from 'zustand';

/** A one-off confirmation shown on the next screen ("Organisation added"), then forgotten. */
type FlashState = {
  readonly message: string | null;
  readonly show: (message: string) => void;
  readonly clear: () => void;
};

export const useFlash = create<FlashState>()((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));

/**
 * The confirmation for the screen being opened, taken once: read as the screen mounts and
 * cleared straight away. Clearing it only when the screen that showed it unmounts is too late:
 * the next screen has already been drawn by then, and would show (and announce) it again.
 */
export function useFlashMessage(): string | null {
  const [message] = useState(() => useFlash.getState().message);
  const clear = useFlash((s) => s.clear);
  useEffect(() => {
    clear();
  }, [clear]);
  return message;
}
