/** What a key press asks of the walk-through. */
export type ShortcutAction =
  | { readonly kind: 'rate'; readonly rating: 1 | 2 | 3 | 4 | 5 }
  | { readonly kind: 'clear-rating' }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'help' }
  | { readonly kind: 'present' };

export type KeyInput = {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** What has focus: text boxes and lists keep their own keys. */
  readonly target: 'text' | 'choice' | 'other';
};

/** Listed on the help overlay, in this order. */
export const SHORTCUT_HELP: ReadonlyArray<{ readonly keys: string; readonly does: string }> = [
  { keys: '1 to 5', does: 'Give the question the board’s consensus rating (1 not started to 5 exemplary)' },
  { keys: '0 or Delete', does: 'Clear the consensus rating' },
  { keys: 'Right arrow or N', does: 'Next step' },
  { keys: 'Left arrow or P', does: 'Previous step' },
  { keys: 'Ctrl + Z', does: 'Undo the last rating, score or note' },
  { keys: 'Ctrl + Y or Ctrl + Shift + Z', does: 'Redo' },
  { keys: 'V', does: 'Open the presenter view' },
  { keys: '?', does: 'Show these shortcuts' },
  { keys: 'Escape', does: 'Close this list' },
];

/**
 * Maps a key press to an action, or null to leave the key alone. Inside a text box every key is
 * the text box's own (including Ctrl+Z, its own undo). Radio buttons and lists keep their arrow
 * keys; digits still rate from a radio button, which is where the rating is.
 *
 * `singleKeys` false turns off every shortcut that is a single character (1–5, 0, N, P, V, ?),
 * as WCAG 2.1.4 asks, for speech-input users whose words would otherwise be taken as commands;
 * the arrow keys, Delete, Page Up/Down and Ctrl shortcuts stay.
 */
export function shortcutFor(input: KeyInput, singleKeys = true): ShortcutAction | null {
  if (input.target === 'text' || input.altKey) return null;
  const command = input.ctrlKey || input.metaKey;
  const key = input.key;
  if (!command && !singleKeys && /^.$/u.test(key)) return null;
  if (command) {
    if (key.toLowerCase() === 'z') return input.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key.toLowerCase() === 'y' && !input.shiftKey) return { kind: 'redo' };
    return null;
  }
  if (key === '?') return { kind: 'help' };
  if (/^[1-5]$/.test(key)) return { kind: 'rate', rating: Number(key) as 1 | 2 | 3 | 4 | 5 };
  if (input.target === 'choice') return null;
  if (key === '0' || key === 'Delete') return { kind: 'clear-rating' };
  if (key === 'ArrowRight' || key === 'PageDown' || key.toLowerCase() === 'n') return { kind: 'next' };
  if (key === 'ArrowLeft' || key === 'PageUp' || key.toLowerCase() === 'p') return { kind: 'previous' };
  if (key.toLowerCase() === 'v') return { kind: 'present' };
  return null;
}

/** Classifies the focused element for shortcutFor. */
export function focusKind(element: Element | null): KeyInput['target'] {
  if (!element) return 'other';
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || (element as HTMLElement).isContentEditable) return 'text';
  if (tag === 'input') {
    const type = (element as HTMLInputElement).type;
    return type === 'radio' || type === 'checkbox' ? 'choice' : 'text';
  }
  if (tag === 'select') return 'text';
  return 'other';
}
