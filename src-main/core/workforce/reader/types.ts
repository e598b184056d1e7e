export type TableFormat = 'csv' | 'xlsx';

export type CsvDialect = {
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly delimiter: ',' | ';' | '\t';
  /** The file starts with a UTF-8 byte order mark (Excel's "CSV UTF-8" does). */
  readonly bom: boolean;
};

export type TableLimits = {
  /** Checked with fs.stat before a byte is read. */
  readonly maxFileBytes: number;
  /** xlsx: the declared (and the actual) inflated size of all the parts read, together. */
  readonly maxExpandedBytes: number;
  readonly maxColumns: number;
  /** Any cell, wanted or not: a longer one is almost always a quote left open. */
  readonly maxCellChars: number;
};

export const DEFAULT_LIMITS: TableLimits = {
  maxFileBytes: 2 ** 30,
  maxExpandedBytes: 2 * 2 ** 30,
  maxColumns: 500,
  maxCellChars: 10_000,
};

export const DEFAULT_SAMPLE_ROWS = 20;

export type TableHead = {
  readonly format: TableFormat;
  /** Base name only. */
  readonly fileName: string;
  readonly sizeBytes: number;
  /** xlsx: every sheet name in workbook order; csv: []. */
  readonly sheets: readonly string[];
  /** xlsx: the sheet read; csv: null. */
  readonly sheet: string | null;
  readonly dialect: CsvDialect | null;
  /** Trimmed header names, in column order. */
  readonly headers: readonly string[];
  /** The row the header is on (1 unless blank rows come first). */
  readonly headerRow: number;
  /**
   * Up to `sampleRows` data rows, every column, raw: for shape detection in memory only.
   * Always empty in the head readTable gives back: call inspectTable for a sample.
   */
  readonly sampleRows: readonly (readonly string[])[];
  readonly dataRowsInSample: number;
};

export type InspectTableOptions = {
  readonly sheet?: string;
  /** Data rows to keep for shape detection; default 20. */
  readonly sampleRows?: number;
  readonly limits?: Partial<TableLimits>;
  readonly signal?: AbortSignal;
  /** Tests only: read the file in blocks of this many bytes to exercise block boundaries. */
  readonly chunkBytes?: number;
};

export type ReadTableOptions = {
  readonly sheet?: string;
  /** Header names wanted (matched trimmed, ignoring case); values come back in this order. */
  readonly columns: readonly string[];
  /**
   * One call per data row. `values` is ONE array, reused and overwritten for every row: copy
   * it to keep it. The strings in it are raw (not trimmed), '' when empty, and safe to keep
   * (as Map keys, say): they never share memory with the blocks the file is read in.
   * `rowNumber` is the row as Excel shows it. Throwing rejects readTable with that error.
   */
  readonly onRow: (values: readonly string[], rowNumber: number) => void;
  /** Called once the header is known, before the first row. */
  readonly onHead?: (head: TableHead) => void;
  /** Throttled: at most every ~1 MB or 100 ms, and once at the end with bytesRead === totalBytes. */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
  /**
   * The read starts again from the top (a CSV turned out not to be UTF-8 after rows were
   * given): forget every row seen so far.
   */
  readonly onRestart?: () => void;
  readonly signal?: AbortSignal;
  readonly limits?: Partial<TableLimits>;
  /** Tests only: read the file in blocks of this many bytes to exercise block boundaries. */
  readonly chunkBytes?: number;
};

export type ReadTableResult = { readonly rowsRead: number; readonly head: TableHead };

export function resolveLimits(limits: Partial<TableLimits> | undefined): TableLimits {
  const merged = { ...DEFAULT_LIMITS, ...limits };
  for (const [key, value] of Object.entries(merged)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Table limit ${key} must be a positive number.`);
  }
  return merged;
}
