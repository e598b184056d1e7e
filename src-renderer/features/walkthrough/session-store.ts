import { create } from 'zustand';
import type { Position, WorkshopSession } from '../../../shared/workshops/session';
import { api } from '../../api/client';
import { createPageWriteQueue } from '../../api/write-queue';
import { applyChange, inverseOf } from './changes';
import type { Change } from './changes';
import { emptyHistory, record, redoStep, undoStep } from './undo-history';
import type { History } from './undo-history';

type SessionState = {
  readonly workshopId: number | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  readonly loadError: string | null;
  readonly session: WorkshopSession | null;
  readonly history: History<Change>;
  /** The last write the database refused, shown until the next one succeeds. */
  readonly writeError: string | null;
  /** Read out by the walk-through's live region: what was just done, undone or redone. */
  readonly announcement: string;
  /** Bumped when undo or redo replaces notes, so an open notes box shows the restored text. */
  readonly notesRevision: number;
  readonly load: (workshopId: number) => Promise<void>;
  readonly change: (change: Change, label: string) => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly setPosition: (position: Position) => void;
};

/** Writes go one at a time in the order they were made, and all at once when the page goes. */
const { enqueue } = createPageWriteQueue();

/**
 * Changes made on screen, numbered, so a re-read of the workshop can put back those made after
 * the read was queued (their writes land after it).
 */
let sequence = 0;
let recent: Array<{ readonly seq: number; readonly change: Change }> = [];
const RECENT_LIMIT = 200;

async function send(workshopId: number, change: Change): Promise<string | null> {
  const result = await (() => {
    switch (change.kind) {
      case 'consensus':
        return api.session.setConsensus({ workshopId, questionId: change.questionId, rating: change.rating });
      case 'individual':
        return api.session.setIndividual({ workshopId, questionId: change.questionId, participantId: change.participantId, rating: change.rating });
      case 'notes':
        return api.session.setNotes({ workshopId, questionId: change.questionId, notes: change.notes });
      case 'severity':
        return api.session.setSeverity({ workshopId, barrierId: change.barrierId, professionId: change.professionId, severity: change.severity });
      case 'ceiling':
        return api.session.setCeiling({ workshopId, professionId: change.professionId, ceiling: change.ceiling });
    }
  })();
  return result.ok ? null : result.error.message;
}

export const useSession = create<SessionState>()((set, get) => {
  /** Shows the change at once, then writes it; if the write is refused, re-reads what is stored. */
  async function commit(change: Change): Promise<boolean> {
    const { session, workshopId } = get();
    if (!session || workshopId === null) return false;
    sequence += 1;
    recent = [...recent.slice(-RECENT_LIMIT + 1), { seq: sequence, change }];
    set({ session: applyChange(session, change) });
    const error = await enqueue(() => send(workshopId, change));
    if (error === null) {
      if (get().writeError) set({ writeError: null });
      return true;
    }
    set({ writeError: error, announcement: `Not saved: ${error}` });
    const fresh = await api.session.get({ workshopId });
    if (fresh.ok && get().workshopId === workshopId) set({ session: fresh.value });
    return false;
  }

  return {
    workshopId: null,
    status: 'idle',
    loadError: null,
    session: null,
    history: emptyHistory(),
    writeError: null,
    announcement: '',
    notesRevision: 0,

    load: async (workshopId) => {
      // Moving between steps of the same workshop keeps the undo history, and re-reads the
      // workshop (its participants may have changed on another screen) behind any writes.
      if (get().workshopId === workshopId && get().status === 'ready') {
        const mark = sequence;
        await enqueue(async () => {
          const fresh = await api.session.get({ workshopId });
          if (!fresh.ok || get().workshopId !== workshopId) return;
          const later = recent.filter((r) => r.seq > mark).map((r) => r.change);
          set({ session: later.reduce(applyChange, fresh.value) });
        });
        return;
      }
      set({ workshopId, status: 'loading', session: null, loadError: null, history: emptyHistory(), writeError: null, announcement: '' });
      const result = await api.session.get({ workshopId });
      if (get().workshopId !== workshopId) return;
      if (result.ok) set({ status: 'ready', session: result.value });
      else if (result.error.code === 'NOT_FOUND') set({ status: 'missing', loadError: result.error.message });
      else set({ status: 'error', loadError: result.error.message });
    },

    change: async (change, label) => {
      const { session } = get();
      if (!session) return;
      const undo = inverseOf(session, change);
      if (JSON.stringify(undo) === JSON.stringify(change)) return; // nothing would change
      set((s) => ({ history: record(s.history, { label, undo, redo: change }), announcement: label }));
      await commit(change);
    },

    undo: async () => {
      const step = undoStep(get().history);
      if (!step) return;
      set((s) => ({
        history: step.history,
        announcement: `Undone: ${step.entry.label}`,
        notesRevision: step.entry.undo.kind === 'notes' ? s.notesRevision + 1 : s.notesRevision,
      }));
      await commit(step.entry.undo);
    },

    redo: async () => {
      const step = redoStep(get().history);
      if (!step) return;
      set((s) => ({
        history: step.history,
        announcement: `Redone: ${step.entry.label}`,
        notesRevision: step.entry.redo.kind === 'notes' ? s.notesRevision + 1 : s.notesRevision,
      }));
      await commit(step.entry.redo);
    },

    setPosition: (position) => {
      const { workshopId, session } = get();
      if (workshopId === null || session?.position === position) return;
      set({ session: session ? { ...session, position } : session });
      void enqueue(() => api.session.setPosition({ workshopId, position }));
    },
  };
});
