import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import type { CsvDelimiter, CsvLineBreak } from './csv-parser';
import { CsvParser } from './csv-parser';
import { throwIfAborted } from './errors';
import type { ErrorFactory } from './errors';
import { planColumns } from './head';
import { utf8Boundary } from './utf8';
import { ProgressThrottle } from './progress';
import type { CsvDialect, ReadTableOptions, ReadTableResult, TableHead, TableLimits } from './types';
import { detachString } from './detach';

/** What both CSV entry points know once the file has been opened and recognised. */
export type CsvJob = {
  readonly path: string;
  readonly fileName: string;
  readonly extension: string;
  readonly sizeBytes: number;
  /** The first bytes of the file (64 KB, or all of a smaller file). */
  readonly start: Buffer;
  readonly errors: ErrorFactory;
  readonly limits: TableLimits;
  readonly signal: AbortSignal | undefined;
  readonly chunkBytes: number;
};

/** Small enough that decoded blocks stay out of V8's large-object space: memory stays flat and low. */
export const CSV_CHUNK_BYTES = 64 * 1024;
/** inspectTable judges the encoding on this much of the start of the file. */
const ENCODING_SNIFF_BYTES = 1024 * 1024;
const BOM = [0xef, 0xbb, 0xbf] as const;

type Encoding = CsvDialect['encoding'];

/** Thrown inside a pass when the bytes are not UTF-8: the read starts again as Windows-1252. */
class NotUtf8 extends Error {}

function hasBom(start: Buffer): boolean {
  return start[0] === BOM[0] && start[1] === BOM[1] && start[2] === BOM[2];
}

/**
 * Delimiter and line end from the header line, read from the start of the file (not from the
 * first block, so block size cannot change the answer). The delimiter most often found outside
 * quotes wins; a tie goes to comma, then semicolon, then tab, except that a .tsv is tab.
 */
export function sniffDialect(start: Buffer, extension: string): { delimiter: CsvDelimiter; lineBreak: CsvLineBreak } {
  // Latin-1 maps each byte to one character: enough to count ASCII delimiters in any encoding.
  const text = start.toString('latin1', hasBom(start) ? 3 : 0);
  const lineBreak: CsvLineBreak = text.includes('\n') || !text.includes('\r') ? 'lf' : 'cr';
  let i = 0;
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i += 1;
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',') comma += 1;
    else if (c === ';') semicolon += 1;
    else if (c === '\t') tab += 1;
  }
  let delimiter: CsvDelimiter = ',';
  if (extension === '.tsv' && tab > 0) delimiter = '\t';
  else if (semicolon > comma && semicolon >= tab) delimiter = ';';
  else if (tab > comma && tab > semicolon) delimiter = '\t';
  return { delimiter, lineBreak };
}

type PassOutcome = 'done' | 'stopped';

/**
 * One read of the file through the parser. Two buffers take turns so the next block is being
 * read while this one is parsed; each is decoded to a string at once, so reuse is safe.
 * UTF-8 is validated as it is decoded (isUtf8 is the same check as a fatal TextDecoder, and
 * far faster); a byte sequence cut by a block boundary is carried to the next block.
 */
async function runPass(
  job: CsvJob,
  encoding: Encoding,
  bom: boolean,
  parser: CsvParser,
  progress: ProgressThrottle | null,
): Promise<PassOutcome> {
  const handle = await fs.promises.open(job.path, 'r');
  const size = job.chunkBytes;
  const buffers = [Buffer.alloc(size + 4), Buffer.alloc(size + 4)] as const;
  const decoder = encoding === 'windows-1252' ? new TextDecoder('windows-1252') : null;
  // With a BOM the file says it is UTF-8: a bad byte becomes U+FFFD rather than a restart.
  const validate = !bom;
  const carried = Buffer.alloc(4);
  let carry = 0;
  let position = bom ? BOM.length : 0;
  let turn = 0;
  let pending: Promise<{ bytesRead: number }> | null = handle.read(buffers[0], 4, size, position);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      pending = null;
      throwIfAborted(job.signal);
      if (bytesRead === 0) {
        if (carry > 0) {
          if (validate) throw new NotUtf8();
          parser.feed(carried.toString('utf8', 0, carry), false);
        }
        parser.feed('', true);
        progress?.finish();
        return 'done';
      }
      const buffer = turn === 0 ? buffers[0] : buffers[1];
      position += bytesRead;
      turn ^= 1;
      pending = handle.read(turn === 0 ? buffers[0] : buffers[1], 4, size, position);
      const from = 4 - carry;
      const to = 4 + bytesRead;
      carried.copy(buffer, from, 0, carry);
      let text: string;
      if (decoder !== null) {
        text = decoder.decode(buffer.subarray(from, to));
      } else {
        const end = utf8Boundary(buffer, from, to);
        if (validate && !isUtf8(buffer.subarray(from, end))) throw new NotUtf8();
        text = buffer.toString('utf8', from, end);
        carry = to - end;
        buffer.copy(carried, 0, end, to);
      }
      if (!parser.feed(text, false)) return 'stopped';
      progress?.update(position);
    }
  } finally {
    // A read still in flight is abandoned: its result (or failure) no longer matters.
    if (pending !== null) await pending.catch(() => undefined);
    await handle.close();
  }
}

/** The first ~1 MB is valid UTF-8 (a sequence cut at the end of the sample does not count). */
async function looksUtf8(job: CsvJob, bom: boolean): Promise<boolean> {
  if (bom) return true;
  let sample = job.start;
  if (job.sizeBytes > job.start.length) {
    const handle = await fs.promises.open(job.path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(ENCODING_SNIFF_BYTES, job.sizeBytes));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      sample = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
  const end = sample.length < job.sizeBytes ? utf8Boundary(sample, 0, sample.length) : sample.length;
  return isUtf8(sample.subarray(0, end));
}

function makeHead(job: CsvJob, dialect: CsvDialect, headers: readonly string[], headerRow: number): TableHead {
  return {
    format: 'csv',
    fileName: job.fileName,
    sizeBytes: job.sizeBytes,
    sheets: [],
    sheet: null,
    dialect,
    headers,
    headerRow,
    sampleRows: [],
    dataRowsInSample: 0,
  };
}

function checkComplete(job: CsvJob, parser: CsvParser): void {
  if (!parser.headerFound) throw job.errors.whole('EMPTY_FILE', 'is empty: it has no header row and no data.');
  if (parser.dataRowCount === 0) throw job.errors.whole('HEADER_ONLY', 'has a header row but no data rows.');
}

export async function inspectCsv(job: CsvJob, sampleRows: number): Promise<TableHead> {
  const bom = hasBom(job.start);
  const { delimiter, lineBreak } = sniffDialect(job.start, job.extension);
  let encoding: Encoding = (await looksUtf8(job, bom)) ? 'utf-8' : 'windows-1252';
  for (;;) {
    const dialect: CsvDialect = { encoding, delimiter, bom };
    const state: { head: TableHead | null } = { head: null };
    const samples: string[][] = [];
    const parser = new CsvParser({
      delimiter,
      lineBreak,
      maxColumns: job.limits.maxColumns,
      maxCellChars: job.limits.maxCellChars,
      errors: job.errors,
      onHeader: (headers, row) => {
        state.head = makeHead(job, dialect, headers, row);
        return { slotOf: Int32Array.from(headers, (_, i) => i), values: headers.map(() => '') };
      },
      onRecord: (values) => {
        samples.push(values.map(detachString));
        return samples.length < sampleRows;
      },
    });
    let outcome: PassOutcome;
    try {
      outcome = await runPass(job, encoding, bom, parser, null);
    } catch (error) {
      if (error instanceof NotUtf8 && encoding === 'utf-8') {
        encoding = 'windows-1252';
        continue;
      }
      throw error;
    }
    // With a sample size of 0 the read stops at the header; the rows are not known then.
    if (outcome === 'done') checkComplete(job, parser);
    const found = state.head;
    if (found === null) throw job.errors.whole('EMPTY_FILE', 'is empty: it has no header row and no data.');
    return { ...found, sampleRows: samples, dataRowsInSample: samples.length };
  }
}

export async function readCsv(job: CsvJob, options: ReadTableOptions): Promise<ReadTableResult> {
  const bom = hasBom(job.start);
  const { delimiter, lineBreak } = sniffDialect(job.start, job.extension);
  const { onRow } = options;
  let encoding: Encoding = 'utf-8';
  for (;;) {
    const dialect: CsvDialect = { encoding, delimiter, bom };
    const state: { head: TableHead | null; rowsRead: number; copies: readonly (readonly [number, number])[] } = {
      head: null,
      rowsRead: 0,
      copies: [],
    };
    const parser = new CsvParser({
      delimiter,
      lineBreak,
      maxColumns: job.limits.maxColumns,
      maxCellChars: job.limits.maxCellChars,
      errors: job.errors,
      onHeader: (headers, row) => {
        const plan = planColumns(headers, options.columns, job.errors);
        state.copies = plan.copies;
        state.head = makeHead(job, dialect, headers, row);
        options.onHead?.(state.head);
        return { slotOf: plan.slotOf, values: options.columns.map(() => '') };
      },
      onRecord: (values, row) => {
        // A column asked for twice is parsed once and copied to its second slot.
        for (const [from, to] of state.copies) values[to] = values[from] ?? '';
        state.rowsRead += 1;
        onRow(values, row);
        return true;
      },
    });
    const progress = options.onProgress ? new ProgressThrottle(job.sizeBytes, options.onProgress) : null;
    try {
      await runPass(job, encoding, bom, parser, progress);
    } catch (error) {
      if (error instanceof NotUtf8 && encoding === 'utf-8') {
        // Only a caller that has been told something has anything to forget.
        if (state.head !== null) options.onRestart?.();
        encoding = 'windows-1252';
        continue;
      }
      throw error;
    }
    checkComplete(job, parser);
    if (state.head === null) throw job.errors.whole('EMPTY_FILE', 'is empty: it has no header row and no data.');
    return { rowsRead: state.rowsRead, head: state.head };
  }
}
