import { useEffect } from 'react';
import { create } from 'zustand';
import type { Result } from '../../../shared/ipc/result';
import type { Snapshot, SnapshotWithCounts } from '../../../shared/workforce/snapshot';
import { api } from '../../api/client';

export type SnapshotLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'found'; readonly data: SnapshotWithCounts };

type WorkforceState = {
  /** The organisation whose snapshots `items` holds, newest first. */
  readonly organisationId: number | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly Snapshot[];
  readonly loadError: string | null;
  /** Counts of single snapshots, by id, as last read. */
  readonly byId: Readonly<Record<number, SnapshotLookup>>;
  readonly load: (organisationId: number) => Promise<void>;
  readonly loadOne: (id: number) => Promise<void>;
  readonly remove: (snapshot: Snapshot) => Promise<Result<{ id: number }>>;
  /** After an import: the list is read again so the new snapshot shows at once. */
  readonly imported: (snapshot: Snapshot) => Promise<void>;
};

export const useWorkforce = create<WorkforceState>()((set, get) => {
  const remember = (id: number, lookup: SnapshotLookup) => set((s) => ({ byId: { ...s.byId, [id]: lookup } }));
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
      set(same ? {} : { organisationId, status: 'loading', items: [], loadError: null });
      const result = await api.workforce.listSnapshots({ organisationId });
      if (get().organisationId !== organisationId) return;
      if (result.ok) set({ status: 'ready', items: result.value, loadError: null });
      else set({ status: 'error', items: [], loadError: result.error.message });
    },
    loadOne: async (id) => {
      if (get().byId[id]?.state !== 'found') remember(id, { state: 'loading' });
      const result = await api.workforce.getSnapshot({ id });
      if (result.ok) remember(id, { state: 'found', data: result.value });
      // Unreadable is never reported as deleted: a failing disk is not a deletion.
      else if (result.error.code === 'NOT_FOUND') remember(id, { state: 'missing' });
      else remember(id, { state: 'unavailable', message: result.error.message });
    },
    remove: async (snapshot) => {
      const result = await api.workforce.deleteSnapshot({ id: snapshot.id });
      if (result.ok) {
        remember(snapshot.id, { state: 'missing' });
        await refreshList(snapshot.organisationId);
      }
      return result;
    },
    imported: async (snapshot) => {
      await refreshList(snapshot.organisationId);
    },
  };
});

export type SnapshotListLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'ready'; readonly snapshots: readonly Snapshot[] };

/** The snapshots of an organisation, newest first, read (again) when the screen opens. */
export function useSnapshotsOf(organisationId: number): SnapshotListLookup {
  const forOrganisation = useWorkforce((s) => s.organisationId);
  const status = useWorkforce((s) => s.status);
  const items = useWorkforce((s) => s.items);
  const loadError = useWorkforce((s) => s.loadError);
  const load = useWorkforce((s) => s.load);
  useEffect(() => {
    void load(organisationId);
  }, [load, organisationId]);
  if (forOrganisation !== organisationId) return { state: 'loading' };
  if (status === 'error') return { state: 'unavailable', message: loadError ?? 'The workforce snapshots could not be loaded.' };
  return status === 'ready' ? { state: 'ready', snapshots: items } : { state: 'loading' };
}

/** One snapshot's counts; null id means none chosen. */
export function useSnapshot(id: number | null): SnapshotLookup | null {
  const lookup = useWorkforce((s) => (id === null ? undefined : s.byId[id]));
  const loadOne = useWorkforce((s) => s.loadOne);
  useEffect(() => {
    if (id !== null) void loadOne(id);
  }, [loadOne, id]);
  if (id === null) return null;
  return lookup ?? { state: 'loading' };
}
