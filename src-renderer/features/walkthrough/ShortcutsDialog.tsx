import { useEffect, useRef } from 'react';
import { SHORTCUT_HELP } from './shortcuts';
import { ShortcutTable } from './ShortcutTable';

/** The keyboard shortcuts, in a modal dialog: the browser traps focus and Escape closes it. */
export function ShortcutsDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="app-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <ShortcutTable caption="Keys and what they do" rows={SHORTCUT_HELP} captionHidden />
      <p className="nhsuk-body-s">Shortcuts work when the cursor is not in a text box or list. In a text box, Ctrl + Z undoes typing.</p>
      <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-0" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
