import { useSession } from './session-store';

/** Undo and redo as buttons too, naming what they would undo, for those not using shortcuts. */
export function UndoBar() {
  const history = useSession((s) => s.history);
  const undo = useSession((s) => s.undo);
  const redo = useSession((s) => s.redo);
  const lastDone = history.done.at(-1);
  const lastUndone = history.undone.at(-1);
  return (
    <div className="app-undo-bar">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-toolbar-button"
        onClick={() => void undo()}
        aria-disabled={lastDone ? undefined : true}
        title={lastDone ? `Undo: ${lastDone.label}` : 'Nothing to undo'}
      >
        Undo{lastDone && <span className="nhsuk-u-visually-hidden">: {lastDone.label}</span>}
      </button>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-toolbar-button"
        onClick={() => void redo()}
        aria-disabled={lastUndone ? undefined : true}
        title={lastUndone ? `Redo: ${lastUndone.label}` : 'Nothing to redo'}
      >
        Redo{lastUndone && <span className="nhsuk-u-visually-hidden">: {lastUndone.label}</span>}
      </button>
    </div>
  );
}
