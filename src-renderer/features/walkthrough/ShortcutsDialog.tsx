import { useEffect, useRef } from 'react';
import { SHORTCUT_HELP } from './shortcuts';

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
      <table className="nhsuk-table">
        <caption className="nhsuk-u-visually-hidden">Keys and what they do</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Key</th>
            <th className="nhsuk-table__header" scope="col">What it does</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {SHORTCUT_HELP.map((row) => (
            <tr className="nhsuk-table__row" key={row.keys}>
              <td className="nhsuk-table__cell">
                <kbd>{row.keys}</kbd>
              </td>
              <td className="nhsuk-table__cell">{row.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="nhsuk-body-s">Shortcuts work when the cursor is not in a text box or list. In a text box, Ctrl + Z undoes typing.</p>
      <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-0" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
