import type { FieldPath } from '../../../shared/ipc/result';

export type UnstorableText = { readonly path: FieldPath; readonly message: string };

export const NUL_MESSAGE = 'This text contains a null character, which cannot be saved. Remove it and try again.';
export const BROKEN_CHARACTER_MESSAGE =
  'This text contains a broken character (half of an emoji or other symbol), which cannot be saved. Remove it and try again.';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemWith(text: string): string | null {
  if (text.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(text)) return BROKEN_CHARACTER_MESSAGE;
  return null;
}

/**
 * The first text in a validated input that SQLite would not store as sent: a NUL ends the text
 * for SQLite's own functions (so `length(trim(name))` in a CHECK sees nothing, and the write
 * fails as a fault rather than a message), and half a surrogate pair is silently replaced with
 * U+FFFD on the way into UTF-8. Either way what was typed would not come back, so the request
 * is refused, naming the field. Object keys are text too (a mapping's source values).
 */
export function findUnstorableText(value: unknown): UnstorableText | null {
  const stack: Array<{ readonly value: unknown; readonly path: FieldPath }> = [{ value, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: node, path } = next;
    if (typeof node === 'string') {
      const message = problemWith(node);
      if (message) return { path, message };
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push({ value: node[i] as unknown, path: [...path, i] });
    } else if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      for (const key of keys) {
        const message = problemWith(key);
        if (message) return { path: [...path, key], message };
      }
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i] ?? '';
        stack.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return null;
}
