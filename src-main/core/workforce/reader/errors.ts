/**
 * What can be wrong with an imported file, each told in words an HR lead can act on. Messages
 * name the file (base name only), the row and the column, and never quote a cell's value: the
 * message may be logged or shown beside other people, and cells hold names and staff numbers.
 */
export type ImportFileErrorCode =
  /** The file could not be opened or read (it moved, or permission was refused). */
  | 'FILE_UNREADABLE'
  | 'FILE_TOO_LARGE'
  /** Neither CSV nor .xlsx by its content (an image, a PDF, a binary file). */
  | 'NOT_A_TABLE'
  /** Excel 97-2003 .xls (an OLE compound file). */
  | 'OLD_EXCEL_FORMAT'
  /** A compound file named .xlsx: how Excel saves a workbook with a password to open. */
  | 'XLSX_ENCRYPTED'
  /** A text encoding we do not read (UTF-16 "Unicode Text"). */
  | 'UNSUPPORTED_ENCODING'
  | 'EMPTY_FILE'
  | 'HEADER_ONLY'
  | 'EMPTY_HEADER'
  | 'DUPLICATE_HEADER'
  | 'TOO_MANY_COLUMNS'
  | 'MISSING_COLUMN'
  | 'RAGGED_ROW'
  | 'UNBALANCED_QUOTE'
  /** A quote inside a value that was not itself quoted: `ab"c`. */
  | 'STRAY_QUOTE'
  /** Characters between a closing quote and the next delimiter: `"ab"c`. */
  | 'TEXT_AFTER_QUOTE'
  | 'CELL_TOO_LONG'
  | 'XLSX_DAMAGED'
  /** A valid zip that uses something Excel never writes (another compression method, say). */
  | 'XLSX_UNSUPPORTED'
  /** The parts to read would inflate past `maxExpandedBytes` (a zip bomb, or just enormous). */
  | 'EXPANDED_TOO_LARGE'
  | 'NO_SUCH_SHEET'
  /** The chosen sheet is a chart sheet or a dialog sheet, not cells. */
  | 'NOT_A_WORKSHEET'
  /** Raised by callers that validate values (an FTE that is not a number): not by the readers. */
  | 'BAD_VALUE'
  /** Raised by callers that aggregate: a column holds far more distinct values than categories do. */
  | 'TOO_MANY_VALUES';

export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;
  /** The file's base name, never its full path (the path can name the person who saved it). */
  readonly file: string;
  /** The row as Excel numbers it: the header is row 1 in a file with no blank lines above it. */
  readonly row: number | null;
  /** The header name of the column, or its letter when the header cell is empty. */
  readonly column: string | null;

  constructor(code: ImportFileErrorCode, file: string, row: number | null, column: string | null, message: string) {
    super(message);
    this.name = 'ImportFileError';
    this.code = code;
    this.file = file;
    this.row = row;
    this.column = column;
  }
}

/**
 * Rejected with when the caller's AbortSignal fires. Named "AbortError" as Node's own APIs do, so
 * `error.name === 'AbortError'` tells a cancel from a failure; the signal's reason is its cause.
 */
export class TableReadAbortedError extends Error {
  readonly code = 'ABORT_ERR';

  constructor(reason?: unknown) {
    super('The file read was cancelled.', reason === undefined ? undefined : { cause: reason });
    this.name = 'AbortError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TableReadAbortedError(signal.reason);
}

/** 0 → "A", 25 → "Z", 26 → "AA": columns as the user sees them in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `column "FTE" (D)`, or `column D` when the header cell has no name (or no header is known). */
export function describeColumn(index: number, name: string | undefined): string {
  const letter = columnLetter(index);
  return name === undefined || name === '' ? `column ${letter}` : `column "${name}" (${letter})`;
}


/** A list of names for a message, cut short: a file can have hundreds of columns. */
export function listNames(names: readonly string[], max = 30): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en-GB')} more` : shown.join(', ');
}

/**
 * Builds errors for one file, so every message starts the same way: the file, then the row
 * and column where there is one.
 */
export class ErrorFactory {
  constructor(readonly file: string) {}

  /** `staff.csv` / `staff.csv, row 12` / `staff.csv, row 12, column "FTE" (D)` */
  where(row: number | null, columnIndex: number | null, columnName?: string): string {
    let text = this.file;
    if (row !== null) text += `, row ${row}`;
    if (columnIndex !== null) text += `, ${describeColumn(columnIndex, columnName)}`;
    return text;
  }

  /** A whole-file problem: the message follows the file name directly ("staff.csv is empty."). */
  whole(code: ImportFileErrorCode, rest: string): ImportFileError {
    return new ImportFileError(code, this.file, null, null, `${this.file} ${rest}`);
  }

  at(
    code: ImportFileErrorCode,
    row: number | null,
    columnIndex: number | null,
    columnName: string | undefined,
    detail: string,
  ): ImportFileError {
    const column = columnIndex === null ? null : columnName !== undefined && columnName !== '' ? columnName : columnLetter(columnIndex);
    return new ImportFileError(code, this.file, row, column, `${this.where(row, columnIndex, columnName)}: ${detail}`);
  }

  damaged(why: string): ImportFileError {
    return this.whole('XLSX_DAMAGED', `is not a valid .xlsx file (${why}). Open it in Excel and save it again.`);
  }
}
