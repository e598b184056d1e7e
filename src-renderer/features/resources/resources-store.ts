import { useEffect } from 'react';
import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { Resource, ResourceFilter } from '../../../shared/resources/resource';
import { api } from '../../api/client';

type ResourcesState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** The whole library, built-in items first, then the user's own, each by title. */
  readonly items: readonly Resource[];
  readonly loadError: string | null;
  /** The library page's filter, kept while the user adds or edits an item and comes back. */
  readonly filter: ResourceFilter;
  readonly setFilter: (filter: ResourceFilter) => void;
  readonly load: () => Promise<void>;
  readonly add: (input: ChannelInput<'resource.add'>) => Promise<Result<Resource>>;
  readonly update: (input: ChannelInput<'resource.update'>) => Promise<Result<Resource>>;
  readonly remove: (resource: Resource) => Promise<Result<{ id: number }>>;
};

/**
 * The resource library, one list for every screen that shows it (the library, its forms, the
 * offers beside a question); filters are applied where it is shown. Reloaded after every write,
 * so it never shows what was not saved.
 */
export const useResources = create<ResourcesState>()((set, get) => ({
  status: 'idle',
  items: [],
  loadError: null,
  filter: {},
  setFilter: (filter) => set({ filter }),
  load: async () => {
    set({ status: get().status === 'ready' ? 'ready' : 'loading' });
    const result = await api.resource.list({});
    if (result.ok) set({ status: 'ready', items: result.value, loadError: null });
    else set({ status: 'error', loadError: result.error.message });
  },
  add: async (input) => {
    const result = await api.resource.add(input);
    if (result.ok) await get().load();
    return result;
  },
  update: async (input) => {
    const result = await api.resource.update(input);
    if (result.ok) await get().load();
    return result;
  },
  remove: async (resource) => {
    const result = await api.resource.remove({ id: resource.id });
    if (result.ok) await get().load();
    return result;
  },
}));

export type LibraryLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'ready'; readonly items: readonly Resource[] };

/** The library for a screen; loaded (again) when the screen opens. */
export function useLibrary(): LibraryLookup {
  const status = useResources((s) => s.status);
  const items = useResources((s) => s.items);
  const loadError = useResources((s) => s.loadError);
  const load = useResources((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (status === 'error') return { state: 'unavailable', message: loadError ?? 'The resource library could not be loaded.' };
  return status === 'ready' ? { state: 'ready', items } : { state: 'loading' };
}
