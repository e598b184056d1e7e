import { create } from 'zustand';
import type { CreateOrganisationInput, Organisation } from '../../../shared/organisations/organisation';
import type { Result } from '../../../shared/ipc/result';
import { api } from '../../api/client';

type OrganisationsState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly Organisation[];
  readonly loadError: string | null;
  readonly load: () => Promise<void>;
  readonly create: (input: CreateOrganisationInput) => Promise<Result<Organisation>>;
  readonly rename: (id: number, name: string) => Promise<Result<Organisation>>;
  readonly remove: (id: number) => Promise<Result<{ id: number }>>;
};

/** The list is reloaded from the database after every write, so it never shows what was not saved. */
export const useOrganisations = create<OrganisationsState>()((set, get) => ({
  status: 'idle',
  items: [],
  loadError: null,
  load: async () => {
    set({ status: get().status === 'ready' ? 'ready' : 'loading' });
    const result = await api.organisation.list();
    if (result.ok) set({ status: 'ready', items: result.value, loadError: null });
    else set({ status: 'error', loadError: result.error.message });
  },
  create: async (input) => {
    const result = await api.organisation.create(input);
    if (result.ok) await get().load();
    return result;
  },
  rename: async (id, name) => {
    const result = await api.organisation.rename({ id, name });
    if (result.ok) await get().load();
    return result;
  },
  remove: async (id) => {
    const result = await api.organisation.delete({ id });
    if (result.ok) await get().load();
    return result;
  },
}));

export function findOrganisation(items: readonly Organisation[], id: number): Organisation | undefined {
  return items.find((o) => o.id === id);
}
