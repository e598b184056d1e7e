import { useEffect } from 'react';
import { create } from 'zustand';
import type { PerceivedCeiling } from '../../../../shared/workshops/session';
import { api } from '../../../api/client';

export type PerceivedLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'ready'; readonly ceilings: readonly PerceivedCeiling[] };

type PerceivedState = {
  /** The board's perceived ceilings, by workshop, as last read. */
  readonly byWorkshop: Readonly<Record<number, PerceivedLookup>>;
  readonly load: (workshopId: number) => Promise<void>;
};

/** Read only: the perceived ceilings are recorded in the walk-through, and shown here beside the data. */
export const usePerceived = create<PerceivedState>()((set, get) => ({
  byWorkshop: {},
  load: async (workshopId) => {
    const remember = (lookup: PerceivedLookup) => set((s) => ({ byWorkshop: { ...s.byWorkshop, [workshopId]: lookup } }));
    if (get().byWorkshop[workshopId]?.state !== 'ready') remember({ state: 'loading' });
    const result = await api.session.get({ workshopId });
    if (result.ok) remember({ state: 'ready', ceilings: result.value.perceivedCeilings });
    else remember({ state: 'unavailable', message: result.error.message });
  },
}));

/** A workshop's perceived ceilings, read (again) when asked for; null when no workshop is chosen. */
export function usePerceivedCeilings(workshopId: number | null): PerceivedLookup | null {
  const lookup = usePerceived((s) => (workshopId === null ? undefined : s.byWorkshop[workshopId]));
  const load = usePerceived((s) => s.load);
  useEffect(() => {
    if (workshopId !== null) void load(workshopId);
  }, [load, workshopId]);
  if (workshopId === null) return null;
  return lookup ?? { state: 'loading' };
}
