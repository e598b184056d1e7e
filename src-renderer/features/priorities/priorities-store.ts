import { useEffect } from 'react';
import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { Priorities, Progress } from '../../../shared/priorities/priorities';
import { api } from '../../api/client';
import { createPageWriteQueue } from '../../api/write-queue';

export type PrioritiesLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'found'; readonly priorities: Priorities };

type PrioritiesState = {
  readonly byWorkshop: Readonly<Record<number, PrioritiesLookup>>;
  readonly progress: Readonly<Record<number, Progress>>;
  /** The last write the main process refused, with the field it was about. */
  readonly writeError: { readonly message: string; readonly path: readonly (string | number)[] } | null;
  readonly load: (workshopId: number) => Promise<void>;
  readonly loadProgress: (workshopId: number) => Promise<void>;
  readonly setVoting: (input: ChannelInput<'priorities.setVoting'>) => Promise<Result<Priorities>>;
  readonly setVote: (input: ChannelInput<'priorities.setVote'>) => Promise<Result<Priorities>>;
  readonly setOrder: (input: ChannelInput<'priorities.setOrder'>) => Promise<Result<Priorities>>;
  readonly setAgreed: (input: ChannelInput<'priorities.setAgreed'>) => Promise<Result<Priorities>>;
  readonly setChampion: (input: ChannelInput<'priorities.setChampion'>) => Promise<Result<Priorities>>;
  readonly addAction: (input: ChannelInput<'action.add'>) => Promise<Result<Priorities>>;
  readonly updateAction: (input: ChannelInput<'action.update'>) => Promise<Result<Priorities>>;
  readonly deleteAction: (id: number) => Promise<Result<Priorities>>;
};

/** One write at a time, in order (a quick run of key presses cannot land out of order); all at once when the page goes. */
const { enqueue } = createPageWriteQueue();

/**
 * A workshop's votes, priorities, actions and champions. Every write answers with the whole of
 * them as committed, which replaces what is shown: the screen never shows what was not saved.
 */
export const usePriorities = create<PrioritiesState>()((set, get) => {
  const write = <I>(call: (input: I) => Promise<Result<Priorities>>) => (input: I) =>
    enqueue(async () => {
      const result = await call(input);
      if (result.ok) {
        set((s) => ({ byWorkshop: { ...s.byWorkshop, [result.value.workshopId]: { state: 'found', priorities: result.value } }, writeError: null }));
      } else {
        set({ writeError: { message: result.error.message, path: result.error.path } });
      }
      return result;
    });
  return {
    byWorkshop: {},
    progress: {},
    writeError: null,
    load: async (workshopId) => {
      // A refusal belongs to the screen it happened on, not to the next one.
      set({ writeError: null });
      if (get().byWorkshop[workshopId]?.state !== 'found') {
        set((s) => ({ byWorkshop: { ...s.byWorkshop, [workshopId]: { state: 'loading' } } }));
      }
      const result = await enqueue(() => api.priorities.get({ workshopId }));
      const lookup: PrioritiesLookup = result.ok
        ? { state: 'found', priorities: result.value }
        : result.error.code === 'NOT_FOUND'
          ? { state: 'missing' }
          : { state: 'unavailable', message: result.error.message };
      set((s) => ({ byWorkshop: { ...s.byWorkshop, [workshopId]: lookup } }));
    },
    loadProgress: async (workshopId) => {
      const result = await api.workshop.progress({ workshopId });
      if (result.ok) set((s) => ({ progress: { ...s.progress, [workshopId]: result.value } }));
    },
    setVoting: write((input: ChannelInput<'priorities.setVoting'>) => api.priorities.setVoting(input)),
    setVote: write((input: ChannelInput<'priorities.setVote'>) => api.priorities.setVote(input)),
    setOrder: write((input: ChannelInput<'priorities.setOrder'>) => api.priorities.setOrder(input)),
    setAgreed: write((input: ChannelInput<'priorities.setAgreed'>) => api.priorities.setAgreed(input)),
    setChampion: write((input: ChannelInput<'priorities.setChampion'>) => api.priorities.setChampion(input)),
    addAction: write((input: ChannelInput<'action.add'>) => api.action.add(input)),
    updateAction: write((input: ChannelInput<'action.update'>) => api.action.update(input)),
    deleteAction: write((id: number) => api.action.delete({ id })),
  };
});

/** A workshop's priorities for a screen, read (again) when the screen opens. */
export function usePrioritiesOf(workshopId: number): PrioritiesLookup {
  const lookup = usePriorities((s) => s.byWorkshop[workshopId]);
  const load = usePriorities((s) => s.load);
  useEffect(() => {
    void load(workshopId);
  }, [load, workshopId]);
  return lookup ?? { state: 'loading' };
}

/** The previous workshop's actions and ratings beside this one's; undefined until read. */
export function useProgressOf(workshopId: number): Progress | undefined {
  const progress = usePriorities((s) => s.progress[workshopId]);
  const load = usePriorities((s) => s.loadProgress);
  useEffect(() => {
    void load(workshopId);
  }, [load, workshopId]);
  return progress;
}
