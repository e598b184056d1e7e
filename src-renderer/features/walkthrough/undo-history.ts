/**
 * Undo and redo within a session, as pure data: each entry holds the change that undoes it and
 * the change that does it again. New changes clear what could be redone, as in any editor.
 */
export type History<C> = {
  readonly done: ReadonlyArray<HistoryEntry<C>>;
  readonly undone: ReadonlyArray<HistoryEntry<C>>;
};

export type HistoryEntry<C> = {
  /** Said on the buttons and announced: "Undo rating of question 3". */
  readonly label: string;
  readonly undo: C;
  readonly redo: C;
};

/** A long workshop makes thousands of changes; the oldest are let go beyond this. */
export const HISTORY_LIMIT = 500;

export function emptyHistory<C>(): History<C> {
  return { done: [], undone: [] };
}

export function record<C>(history: History<C>, entry: HistoryEntry<C>): History<C> {
  const done = [...history.done, entry];
  return { done: done.length > HISTORY_LIMIT ? done.slice(done.length - HISTORY_LIMIT) : done, undone: [] };
}

/** The entry to undo and the history after it, or null when there is nothing to undo. */
export function undoStep<C>(history: History<C>): { entry: HistoryEntry<C>; history: History<C> } | null {
  const entry = history.done.at(-1);
  if (!entry) return null;
  return { entry, history: { done: history.done.slice(0, -1), undone: [...history.undone, entry] } };
}

export function redoStep<C>(history: History<C>): { entry: HistoryEntry<C>; history: History<C> } | null {
  const entry = history.undone.at(-1);
  if (!entry) return null;
  return { entry, history: { done: [...history.done, entry], undone: history.undone.slice(0, -1) } };
}
