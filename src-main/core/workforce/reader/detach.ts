/**
 * Strings that share no memory with the block they were read from. V8 keeps a substring of
 * 13 characters or more as a view into its parent, so one value kept by a caller (as a Map
 * key, say) would keep a whole decoded block alive; a few hundred such keys, one per block,
 * and memory is no longer flat.
 */

/** V8 copies shorter substrings anyway (SlicedString::kMinLength). */
const SLICE_MIN_LENGTH = 13;
/** Copies of recent values kept per column. */
const RECENT_VALUES = 16;

export function detachString(value: string): string {
  // Concatenation makes a cons string; slicing it flattens into a fresh copy first.
  return value.length < SLICE_MIN_LENGTH ? value : (' ' + value).slice(1);
}

/**
 * Copies values column by column, cheaply: category columns repeat a few values, so the last
 * few copies per column are kept and a repeat costs only comparisons (a value of a different
 * length is told apart at once), never an allocation.
 */
export class ValueCopier {
  private readonly recent: string[][] = [];
  private next = 0;

  copy(column: number, value: string): string {
    if (value.length < SLICE_MIN_LENGTH) return value;
    let recent = this.recent[column];
    if (recent === undefined) {
      recent = [];
      this.recent[column] = recent;
    }
    for (const known of recent) if (known === value) return known;
    const copy = (' ' + value).slice(1);
    if (recent.length < RECENT_VALUES) recent.push(copy);
    else recent[this.next++ % RECENT_VALUES] = copy;
    return copy;
  }
}
