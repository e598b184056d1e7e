import { create } from 'zustand';
import { api } from '../../api/client';

type AboutState = {
  readonly info: { readonly version: string; readonly schemaVersion: number } | null;
  readonly loadError: string | null;
  readonly load: () => Promise<void>;
};

export const useAbout = create<AboutState>()((set) => ({
  info: null,
  loadError: null,
  load: async () => {
    const result = await api.app.info();
    if (result.ok) set({ info: { version: result.value.version, schemaVersion: result.value.schemaVersion }, loadError: null });
    else set({ loadError: result.error.message });
  },
}));
