import { useEffect } from 'react';
import { create } from 'zustand';
import type { BoardMember } from '../../../shared/board/board-member';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { api } from '../../api/client';

type BoardState = {
  /** The organisation whose board `items` holds. */
  readonly organisationId: number | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly BoardMember[];
  readonly loadError: string | null;
  readonly load: (organisationId: number) => Promise<void>;
  readonly add: (input: ChannelInput<'board.add'>) => Promise<Result<BoardMember>>;
  readonly update: (organisationId: number, input: ChannelInput<'board.update'>) => Promise<Result<BoardMember>>;
  readonly remove: (member: BoardMember) => Promise<Result<{ id: number }>>;
};

/**
 * The board of one organisation at a time, in the order the board lists itself (the database
 * decides it). Reloaded after every write, so it never shows what was not saved.
 */
export const useBoard = create<BoardState>()((set, get) => ({
  organisationId: null,
  status: 'idle',
  items: [],
  loadError: null,
  load: async (organisationId) => {
    const same = get().organisationId === organisationId && get().status === 'ready';
    // Another organisation's board is never shown, not even while this one loads.
    set(same ? {} : { organisationId, status: 'loading', items: [], loadError: null });
    const result = await api.board.list({ organisationId });
    // An answer for an organisation the user has since left is dropped.
    if (get().organisationId !== organisationId) return;
    if (result.ok) set({ status: 'ready', items: result.value, loadError: null });
    else set({ status: 'error', items: [], loadError: result.error.message });
  },
  add: async (input) => {
    const result = await api.board.add(input);
    if (result.ok) await get().load(input.organisationId);
    return result;
  },
  update: async (organisationId, input) => {
    const result = await api.board.update(input);
    if (result.ok) await get().load(organisationId);
    return result;
  },
  remove: async (member) => {
    const result = await api.board.remove({ id: member.id });
    if (result.ok) await get().load(member.organisationId);
    return result;
  },
}));

export type BoardLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'unavailable'; readonly message: string }
  | { readonly state: 'ready'; readonly members: readonly BoardMember[] };

/** The board of an organisation for a screen; loaded (again) when the screen opens. */
export function useBoardOf(organisationId: number): BoardLookup {
  const forOrganisation = useBoard((s) => s.organisationId);
  const status = useBoard((s) => s.status);
  const items = useBoard((s) => s.items);
  const loadError = useBoard((s) => s.loadError);
  const load = useBoard((s) => s.load);
  useEffect(() => {
    void load(organisationId);
  }, [load, organisationId]);
  if (forOrganisation !== organisationId) return { state: 'loading' };
  if (status === 'error') return { state: 'unavailable', message: loadError ?? 'The board could not be loaded.' };
  return status === 'ready' ? { state: 'ready', members: items } : { state: 'loading' };
}
