import type { ErrorFactory } from './errors';
import { ImportFileError, columnLetter, listNames } from './errors';

/**
 * The same rules for a CSV header and an xlsx header row: every column named, no name twice.
 * Names compare trimmed and ignoring case, as a person reading them would.
 */
export function checkHeaderNames(names: readonly string[], row: number, errors: ErrorFactory): void {
  const seen = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    if (name === '') {
      throw errors.at('EMPTY_HEADER', row, index, undefined, 'this column has no name in the header row. Give every column a name.');
    }
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw errors.at(
        'DUPLICATE_HEADER',
        row,
        index,
        name,
        `the column name "${name}" appears twice, in columns ${columnLetter(earlier)} and ${columnLetter(index)}. Give each column a different name.`,
      );
    }
    seen.set(key, index);
  }
}

export type ColumnPlan = {
  /** For each column of the file, the slot its value goes to, or -1 when it is not wanted. */
  readonly slotOf: Int32Array;
  /** Columns asked for twice: [from slot, to slot], copied after each row. */
  readonly copies: readonly (readonly [number, number])[];
  /** The file column of each slot. */
  readonly columnOf: readonly number[];
};

/** Matches the wanted names to the header (trimmed, ignoring case). */
export function planColumns(headers: readonly string[], wanted: readonly string[], errors: ErrorFactory): ColumnPlan {
  const slotOf = new Int32Array(headers.length).fill(-1);
  const index = new Map(headers.map((name, i) => [name.toLowerCase(), i]));
  const copies: [number, number][] = [];
  const columnOf: number[] = [];
  for (const [slot, name] of wanted.entries()) {
    const column = index.get(name.trim().toLowerCase());
    if (column === undefined) {
      throw new ImportFileError(
        'MISSING_COLUMN',
        errors.file,
        null,
        name,
        `${errors.file}: required column "${name}" is missing; the columns are: ${listNames(headers)}.`,
      );
    }
    columnOf.push(column);
    const first = slotOf[column] ?? -1;
    if (first >= 0) copies.push([first, slot]);
    else slotOf[column] = slot;
  }
  return { slotOf, copies, columnOf };
}

