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
