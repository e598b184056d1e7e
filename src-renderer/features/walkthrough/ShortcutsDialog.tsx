import { useEffect, useRef } from 'react';
import { SHORTCUT_HELP } from './shortcuts';
import { ShortcutTable } from './ShortcutTable';
import { useShortcutPreference } from './shortcut-preference';

/** The keyboard shortcuts, in a modal dialog: the browser traps focus and Escape closes it. */
export function ShortcutsDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const singleKeys = useShortcutPreference((s) => s.singleKeys);
  const setSingleKeys = useShortcutPreference((s) => s.setSingleKeys);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The dialog would focus its first control, the checkbox; Close is the one most wanted.
      closeButton.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="app-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <ShortcutTable caption="Keys and what they do" rows={SHORTCUT_HELP} captionHidden />
      <p className="nhsuk-body-s">Shortcuts work when the cursor is not in a text box or list. In a text box, Ctrl + Z undoes typing.</p>
      <div className="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id="single-key-shortcuts"
            type="checkbox"
            checked={singleKeys}
            aria-describedby="single-key-shortcuts-hint"
            onChange={(event) => setSingleKeys(event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="single-key-shortcuts">
            Use single-key shortcuts
          </label>
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id="single-key-shortcuts-hint">
            1 to 5, 0, N, P, V and ?. Turn them off if you use speech input. The arrow keys, Delete and Ctrl shortcuts still work.
          </div>
        </div>
      </div>
      <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-0" onClick={onClose} ref={closeButton}>
        Close
      </button>
    </dialog>
  );
}
