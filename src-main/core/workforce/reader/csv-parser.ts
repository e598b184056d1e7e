import type { ErrorFactory } from './errors';
import { checkHeaderNames } from './head';
import { ValueCopier, detachString } from './detach';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** "Not in this block": larger than any index, so `cached < pos` stays false until a new block. */
const NONE = 0x7fffffff;

export type CsvDelimiter = ',' | ';' | '\t';
/** 'lf' also takes CRLF; 'cr' is the classic Mac line end, used only when a file has no LF. */
export type CsvLineBreak = 'lf' | 'cr';

export type CsvParserSetup = {
  readonly delimiter: CsvDelimiter;
  readonly lineBreak: CsvLineBreak;
  readonly maxColumns: number;
  readonly maxCellChars: number;
  readonly errors: ErrorFactory;
  /**
   * The header is known (trimmed names, validated). Returns where each column's value goes
   * (-1: not wanted) and the array to put them in, which is handed to onRecord for each row.
   */
  readonly onHeader: (headers: readonly string[], row: number) => { slotOf: Int32Array; values: string[] };
  /** A data row, its wanted values in place. Return false to stop reading. */
  readonly onRecord: (values: string[], row: number) => boolean;
};

/**
 * An RFC 4180 parser fed decoded text in blocks. It is written for speed over the typical
 * file (short unquoted fields): delimiters, line ends and quotes are found with indexOf and
 * the positions cached per block, a value is sliced only when its column is wanted, and no
 * object is allocated per row. A record cut by the end of a block is parsed again, whole,
 * with the next block; a record is bounded (columns × cell length), so this stays linear.
 */
export class CsvParser {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly newline: string;
  private readonly newlineCode: number;
  /** In 'lf' mode a CR just before the LF belongs to the line end, not to the value. */
  private readonly stripCr: boolean;
  private readonly maxCell: number;
  private readonly maxColumns: number;
  private readonly setup: CsvParserSetup;

  private leftover = '';
  /** Rows consumed so far, blank lines included, as Excel would number them. */
  private rowsConsumed = 0;
  private inHeader = true;
  private headerCount = 0;
  private headers: readonly string[] = [];
  private slotOf: Int32Array;
  private target: string[];
  /** Fields counted beyond this end the record at once (bounds a runaway line). */
  private fieldCap: number;
  private stopped = false;
  private dataRows = 0;
  /** Values given to the caller are copies: see detach.ts. */
  private readonly copier = new ValueCopier();

  constructor(setup: CsvParserSetup) {
    this.setup = setup;
    this.delimiter = setup.delimiter;
    this.delimiterCode = setup.delimiter.charCodeAt(0);
    this.newline = setup.lineBreak === 'cr' ? '\r' : '\n';
    this.newlineCode = this.newline.charCodeAt(0);
    this.stripCr = setup.lineBreak === 'lf';
    this.maxCell = setup.maxCellChars;
    this.maxColumns = setup.maxColumns;
    // Until the header is known every field is kept, up to the column limit.
    this.slotOf = Int32Array.from({ length: setup.maxColumns }, (_, i) => i);
    this.target = [];
    this.fieldCap = setup.maxColumns;
  }

  get dataRowCount(): number {
    return this.dataRows;
  }

  get headerFound(): boolean {
    return !this.inHeader;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Parses what it can of `text`; `final` says no more text follows. Returns false once stopped. */
  feed(text: string, final: boolean): boolean {
    if (this.stopped) return false;
    const s = this.leftover.length > 0 ? this.leftover + text : text;
    const consumed = this.parse(s, final);
    // parse() may have stopped: read the flag through a call, not a narrowed property.
    const stopped = this.isStopped;
    this.leftover = consumed < s.length && !stopped ? s.slice(consumed) : '';
    return !stopped;
  }

  // One long method on purpose: locals stay in registers, and a field not wanted costs no call
  // and no string. Most of its speed is in that.
  private parse(s: string, final: boolean): number {
    const len = s.length;
    const delimiter = this.delimiter;
    const delimiterCode = this.delimiterCode;
    const newline = this.newline;
    const newlineCode = this.newlineCode;
    const stripCr = this.stripCr;
    const maxCell = this.maxCell;
    const copier = this.copier;
    let nextDelimiter = -1;
    let nextNewline = -1;
    let nextQuote = -1;
    let pos = 0;

    while (pos < len) {
      const recordStart = pos;
      const row = this.rowsConsumed + 1;
      const first = s.charCodeAt(pos);
      // A line with nothing on it is skipped, but still counted: Excel shows it as a row.
      if (first === newlineCode) {
        this.rowsConsumed = row;
        pos += 1;
        continue;
      }
      if (stripCr && first === CR) {
        if (pos + 1 < len) {
          if (s.charCodeAt(pos + 1) === LF) {
            this.rowsConsumed = row;
            pos += 2;
            continue;
          }
        } else if (!final) {
          return recordStart;
        } else {
          this.rowsConsumed = row;
          pos += 1;
          continue;
        }
      }

      const slotOf = this.slotOf;
      const slots = slotOf.length;
      const target = this.target;
      const fieldCap = this.fieldCap;
      let field = 0;
      let nonEmpty = false;
      for (;;) {
        let recordEnds: boolean;
        let next: number;
        if (pos < len && s.charCodeAt(pos) === QUOTE) {
          const start = pos + 1;
          let from = start;
          let doubled = false;
          let close: number;
          for (;;) {
            const q = s.indexOf('"', from);
            if (q < 0) {
              if (len - start > 2 * maxCell) throw this.quotedTooLong(row, field);
              if (final) throw this.unbalanced(row, field);
              return recordStart;
            }
            if (q + 1 < len && s.charCodeAt(q + 1) === QUOTE) {
              doubled = true;
              from = q + 2;
              continue;
            }
            if (q + 1 >= len && !final) {
              // The next block may start with a quote that makes this one a doubled quote.
              if (len - start > 2 * maxCell) throw this.quotedTooLong(row, field);
              return recordStart;
            }
            close = q;
            break;
          }
          // Checked first so a block boundary cannot change which error a record gets.
          if (close - start > 2 * maxCell) throw this.quotedTooLong(row, field);
          const after = close + 1;
          if (after >= len) {
            recordEnds = true;
            next = len;
          } else {
            const c = s.charCodeAt(after);
            if (c === delimiterCode) {
              recordEnds = false;
              next = after + 1;
            } else if (c === newlineCode) {
              recordEnds = true;
              next = after + 1;
            } else if (stripCr && c === CR && after + 1 < len && s.charCodeAt(after + 1) === LF) {
              recordEnds = true;
              next = after + 2;
            } else if (stripCr && c === CR && after + 1 >= len) {
              if (!final) return recordStart;
              recordEnds = true;
              next = len;
            } else {
              throw this.textAfterQuote(row, field);
            }
          }
          const rawLength = close - start;
          let value: string | null = null;
          if (rawLength > maxCell) {
            value = s.slice(start, close);
            if (doubled) value = value.replaceAll('""', '"');
            if (value.length > maxCell) throw this.tooLong(row, field);
          }
          if (rawLength > 0) nonEmpty = true;
          if (field < slots) {
            const slot = slotOf[field] ?? -1;
            if (slot >= 0) {
              if (value === null) {
                value = s.slice(start, close);
                if (doubled) value = value.replaceAll('""', '"');
              }
              target[slot] = copier.copy(slot, value);
            }
          }
        } else {
          if (nextDelimiter < pos) {
            const i = s.indexOf(delimiter, pos);
            nextDelimiter = i < 0 ? NONE : i;
          }
          if (nextNewline < pos) {
            const i = s.indexOf(newline, pos);
            nextNewline = i < 0 ? NONE : i;
          }
          let end: number;
          if (nextDelimiter < nextNewline) {
            end = nextDelimiter;
            recordEnds = false;
          } else if (nextNewline !== NONE) {
            end = nextNewline;
            recordEnds = true;
          } else if (!final) {
            // +1: a CR that turns out to precede an LF is not part of the value.
            if (len - pos > maxCell + 1) throw this.tooLong(row, field);
            return recordStart;
          } else {
            end = len;
            recordEnds = true;
          }
          next = end + 1;
          let valueEnd = end;
          if (recordEnds && stripCr && end > pos && s.charCodeAt(end - 1) === CR) valueEnd = end - 1;
          if (valueEnd - pos > maxCell) throw this.tooLong(row, field);
          if (nextQuote < pos) {
            const i = s.indexOf('"', pos);
            nextQuote = i < 0 ? NONE : i;
          }
          if (nextQuote < valueEnd) throw this.strayQuote(row, field);
          if (valueEnd > pos) nonEmpty = true;
          if (field < slots) {
            const slot = slotOf[field] ?? -1;
            if (slot >= 0) {
              target[slot] = copier.copy(slot, s.slice(pos, valueEnd));
            }
          }
        }
        field += 1;
        if (recordEnds) {
          pos = next > len ? len : next;
          break;
        }
        if (field >= fieldCap) throw this.tooManyFields(row, field);
        pos = next;
      }
      this.rowsConsumed = row;
      this.endRecord(field, nonEmpty, row);
      if (this.stopped) return pos;
    }
    return pos;
  }

  private endRecord(fields: number, nonEmpty: boolean, row: number): void {
    if (this.inHeader) {
      this.header(fields, row);
      return;
    }
    // All fields empty (",,,,"): a row Excel exported from formatting alone.
    if (!nonEmpty) return;
    if (fields !== this.headerCount) throw this.ragged(row, fields);
    this.dataRows += 1;
    if (!this.setup.onRecord(this.target, row)) this.stopped = true;
  }

  private header(fields: number, row: number): void {
    const names = this.target.slice(0, fields).map((name) => name.trim());
    // Rows above the header with nothing but blanks are skipped, as blank lines are.
    if (names.every((name) => name === '')) return;
    checkHeaderNames(names, row, this.setup.errors);
    // Copies: the header outlives the block it was read from.
    this.headers = names.map(detachString);
    this.headerCount = fields;
    const { slotOf, values } = this.setup.onHeader(this.headers, row);
    this.slotOf = slotOf;
    this.target = values;
    this.inHeader = false;
    this.fieldCap = Math.max(this.maxColumns, fields) + 1;
  }

  private nameOf(field: number): string | undefined {
    return this.inHeader ? undefined : this.headers[field];
  }

  private tooManyFields(row: number, fields: number) {
    const { errors } = this.setup;
    if (this.inHeader) {
      return errors.at(
        'TOO_MANY_COLUMNS',
        row,
        null,
        undefined,
        `the header has more than ${this.maxColumns.toLocaleString('en-GB')} columns, the most that can be read. Remove the columns you do not need.`,
      );
    }
    return this.ragged(row, fields, true);
  }

  private ragged(row: number, fields: number, more = false) {
    const columns = this.headerCount;
    const firstBad = Math.min(fields, columns);
    const valuesText = `${more ? 'more than ' : ''}${fields.toLocaleString('en-GB')} value${fields === 1 ? '' : 's'}`;
    return this.setup.errors.at(
      'RAGGED_ROW',
      row,
      fields > columns ? firstBad : null,
      undefined,
      `the row has ${valuesText} but the header has ${columns.toLocaleString('en-GB')} column${columns === 1 ? '' : 's'}. ` +
        'Check for a missing or extra delimiter, or a value with a delimiter in it that is not in quotes.',
    );
  }

  private unbalanced(row: number, field: number) {
    return this.setup.errors.at(
      'UNBALANCED_QUOTE',
      row,
      field,
      this.nameOf(field),
      'a quoted value starts here but its closing quote is missing.',
    );
  }

  private quotedTooLong(row: number, field: number) {
    return this.setup.errors.at(
      'CELL_TOO_LONG',
      row,
      field,
      this.nameOf(field),
      `a quoted value starting here runs past the limit of ${this.maxCell.toLocaleString('en-GB')} characters. Its closing quote is probably missing.`,
    );
  }

  private tooLong(row: number, field: number) {
    return this.setup.errors.at(
      'CELL_TOO_LONG',
      row,
      field,
      this.nameOf(field),
      `the value is longer than the limit of ${this.maxCell.toLocaleString('en-GB')} characters.`,
    );
  }

  private strayQuote(row: number, field: number) {
    return this.setup.errors.at(
      'STRAY_QUOTE',
      row,
      field,
      this.nameOf(field),
      'the value has a quote in it but does not start with one. A value with quotes in it must be wrapped in quotes, with each quote inside doubled ("").',
    );
  }

  private textAfterQuote(row: number, field: number) {
    return this.setup.errors.at(
      'TEXT_AFTER_QUOTE',
      row,
      field,
      this.nameOf(field),
      'there is text after the closing quote of a quoted value. A quote inside a quoted value must be doubled ("").',
    );
  }
}
