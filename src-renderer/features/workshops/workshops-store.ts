import { useEffect } from 'react';
import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { Workshop } from '../../../shared/workshops/workshop';
import { api } from '../../api/client';

export type WorkshopLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'found'; readonly workshop: Workshop };

type WorkshopsState = {
  /** The organisation whose workshops `items` holds, newest first. */
  readonly organisationId: number | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly Workshop[];
  readonly loadError: string | null;
  /** Single workshops, by id, as last read. */
  readonly byId: Readonly<Record<number, WorkshopLookup>>;
  readonly load: (organisationId: number) => Promise<void>;
  readonly loadOne: (id: number) => Promise<void>;
  readonly create: (input: ChannelInput<'workshop.create'>) => Promise<Result<Workshop>>;
  readonly update: (input: ChannelInput<'workshop.update'>) => Promise<Result<Workshop>>;
  readonly remove: (workshop: Workshop) => Promise<Result<{ id: number }>>;
};

/** Workshops are read again after every write, so a screen never shows what was not saved. */
export const useWorkshops = create<WorkshopsState>()((set, get) => {
  const remember = (id: number, lookup: WorkshopLookup) => set((s) => ({ byId: { ...s.byId, [id]: lookup } }));
  const refreshList = async (organisationId: number) => {
    if (get().organisationId === organisationId) await get().load(organisationId);
  };
  return {
    organisationId: null,
    status: 'idle',
    items: [],
    loadError: null,
    byId: {},
    load: async (organisationId) => {
      const same = get().organisationId === organisationId && get().status === 'ready';
      // Another organisation's workshops are never shown, not even while these load.
      set(same ? {} : { organisationId, status: 'loading', items: [], loadError: null });
      const result = await api.workshop.list({ organisationId });
      if (get().organisationId !== organisationId) return;
      if (result.ok) set({ status: 'ready', items: result.value, loadError: null });
      else set({ status: 'error', items: [], loadError: result.error.message });
    },
    loadOne: async (id) => {
      if (get().byId[id]?.state !== 'found') remember(id, { state: 'loading' });
      const result = await api.workshop.get({ id });
      if (result.ok) remember(id, { state: 'found', workshop: result.value });
      // A workshop that could not be read is 'unavailable', never 'missing': a failing disk
      // must not be reported to the user as a deletion.
      else if (result.error.code === 'NOT_FOUND') remember(id, { state: 'missing' });
      else remember(id, { state: 'unavailable', message: result.error.message });
    },
    create: async (input) => {
      const result = await api.workshop.create(input);
      if (result.ok) {
        remember(result.value.id, { state: 'found', workshop: result.value });
        await refreshList(input.organisationId);
      }
      return result;
    },
    update: async (input) => {
      const result = await api.workshop.update(input);
      if (result.ok) {
        remember(result.value.id, { state: 'found', workshop: result.value });
        await refreshList(result.value.organisationId);
      }
      return result;
    },
    remove: async (workshop) => {
      const result = await api.workshop.delete({ id: workshop.id });
      if (result.ok) {
        remember(workshop.id, { state: 'missing' });
        await refreshList(workshop.organisationId);
      }
      return result;
    },
  };
});

/** One workshop for a screen, read (again) when the screen opens. */
export function useWorkshop(id: number): WorkshopLookup {
  const lookup = useWorkshops((s) => s.byId[id]);
  const loadOne = useWorkshops((s) => s.loadOne);
  useEffect(() => {
    void loadOne(id);
  }, [loadOne, id]);
  return lookup ?? { state: 'loading' };
}

export type WorkshopListLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'ready'; readonly workshops: readonly Workshop[] };

/** The workshops of an organisation, newest first, read (again) when the screen opens. */
export function useWorkshopsOf(organisationId: number): WorkshopListLookup {
  const forOrganisation = useWorkshops((s) => s.organisationId);
  const status = useWorkshops((s) => s.status);
  const items = useWorkshops((s) => s.items);
  const loadError = useWorkshops((s) => s.loadError);
  const load = useWorkshops((s) => s.load);
  useEffect(() => {
    void load(organisationId);
  }, [load, organisationId]);
  if (forOrganisation !== organisationId) return { state: 'loading' };
  if (status === 'error') return { state: 'unavailable', message: loadError ?? 'The workshops could not be loaded.' };
  return status === 'ready' ? { state: 'ready', workshops: items } : { state: 'loading' };
}
