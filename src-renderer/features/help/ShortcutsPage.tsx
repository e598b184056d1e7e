import { PageHeading } from '../../app/page';
import { SHORTCUT_HELP } from '../walkthrough/shortcuts';
import { ShortcutTable } from '../walkthrough/ShortcutTable';
import type { Shortcut } from '../walkthrough/ShortcutTable';


/** Keys that work everywhere in the desktop app (the menus and their shortcuts). */
const DESKTOP_KEYS: readonly Shortcut[] = [
  { keys: 'Alt (Windows), or F10', does: 'Move to the menu bar; then the arrow keys and Enter choose a command' },
  { keys: 'Ctrl + Z', does: 'Undo: the typing in a text box, or the walk-through’s last rating, score or note' },
  { keys: 'Ctrl + Y or Ctrl + Shift + Z', does: 'Redo' },
  { keys: 'Ctrl + Plus, Ctrl + Minus, Ctrl + 0', does: 'Make everything larger, smaller, or the usual size' },
  { keys: 'F11 (Windows), Ctrl + Command + F (Mac)', does: 'Full screen on or off' },
];

/** The presenter view, on the projector. */
const PRESENTER_KEYS: readonly Shortcut[] = [
  { keys: 'Right arrow or Page Down', does: 'Move the session on to the next step' },
  { keys: 'Left arrow or Page Up', does: 'Move the session back to the previous step' },
  { keys: 'Escape', does: 'Leave the presenter view' },
];

/** Help > Keyboard shortcuts: every key the app gives a meaning, in one place. */
export function ShortcutsPage() {
  // "Escape: close this list" belongs to the walk-through's pop-up list, not this page.
  const walkthrough = SHORTCUT_HELP.filter((row) => row.keys !== 'Escape');
  return (
    <>
      <PageHeading title="Keyboard shortcuts" />
      <p>Everything in Boardwalk can be done with the keyboard: Tab moves between controls, and Enter or Space uses them.</p>
      <ShortcutTable caption="In the walk-through" rows={walkthrough} />
      <p className="nhsuk-body-s">
        The walk-through’s keys work when the cursor is not in a text box or list; in a text box every key is the text box’s own.
      </p>
      <ShortcutTable caption="In the presenter view" rows={PRESENTER_KEYS} />
      <ShortcutTable caption="Anywhere in the desktop app" rows={DESKTOP_KEYS} />
      <p className="nhsuk-body-s">On a Mac, use Command where this page says Ctrl.</p>
    </>
  );
}
