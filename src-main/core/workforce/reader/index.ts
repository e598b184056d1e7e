/**
 * Reading an HR workforce extract (CSV or .xlsx), a row at a time, in flat memory. Runs in a
 * worker thread: no electron, no temporary files, and nothing from a cell is ever logged or
 * put in an error message (cells hold names and staff numbers).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CsvJob } from './csv';
import { CSV_CHUNK_BYTES, inspectCsv, readCsv } from './csv';
import { detectFormat, readStart } from './detect';
import { formatBytes } from '../../../../shared/util/format-bytes';
import { ErrorFactory, ImportFileError, TableReadAbortedError, throwIfAborted } from './errors';
import type { InspectTableOptions, ReadTableOptions, ReadTableResult, TableHead, TableLimits } from './types';
import { DEFAULT_SAMPLE_ROWS, resolveLimits } from './types';
import type { XlsxJob } from './xlsx';
import { inspectXlsx, readXlsx } from './xlsx';

export { ImportFileError, TableReadAbortedError, columnLetter } from './errors';
export type { ImportFileErrorCode } from './errors';
export { DEFAULT_LIMITS } from './types';
export { detachString } from './detach';
export type {
  CsvDialect,
  InspectTableOptions,
  ReadTableOptions,
  ReadTableResult,
  TableFormat,
  TableHead,
  TableLimits,
} from './types';

type Opened = (CsvJob & { readonly format: 'csv' }) | (XlsxJob & { readonly format: 'xlsx' });

/** Node's own error codes are safe to show: they say what failed, never what the file holds. */
function unreadable(errors: ErrorFactory, error: unknown): ImportFileError {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';
  const why: Readonly<Record<string, string>> = {
    ENOENT: 'it no longer exists where it was chosen',
    EACCES: 'permission to read it was refused',
    EPERM: 'permission to read it was refused',
    EISDIR: 'it is a folder, not a file',
    EBUSY: 'another program has it locked',
    ENOTFILE: 'it is not an ordinary file',
  };
  return errors.whole('FILE_UNREADABLE', `could not be read: ${why[code] ?? code}.`);
}

/**
 * Stat, size limit, the first bytes, and the format: the same first steps for both entry
 * points. Anything the file system throws on the way becomes FILE_UNREADABLE.
 */
async function open(
  filePath: string,
  limits: TableLimits,
  signal: AbortSignal | undefined,
  chunkBytes: number | undefined,
): Promise<Opened> {
  const fileName = path.basename(filePath);
  const errors = new ErrorFactory(fileName);
  throwIfAborted(signal);
  let sizeBytes: number;
  let start: Buffer;
  try {
    const stat = await fs.promises.stat(filePath);
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: stat.isDirectory() ? 'EISDIR' : 'ENOTFILE' });
    sizeBytes = stat.size;
    if (sizeBytes > limits.maxFileBytes) {
      throw errors.whole('FILE_TOO_LARGE', `is ${formatBytes(sizeBytes)}; the limit is ${formatBytes(limits.maxFileBytes)}.`);
    }
    start = await readStart(filePath);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw unreadable(errors, error);
  }
  throwIfAborted(signal);
  const format = detectFormat(filePath, start, sizeBytes, errors);
  const common = { path: filePath, fileName, sizeBytes, start, errors, limits, signal };
  if (format === 'csv') {
    return {
      format,
      ...common,
      extension: path.extname(filePath).toLowerCase(),
      chunkBytes: chunkBytes ?? CSV_CHUNK_BYTES,
    };
  }
  return { format, ...common, ...(chunkBytes !== undefined ? { chunkBytes } : {}) };
}

/** File-system failures part-way through (the file deleted, a network drive gone) are the file's. */
async function guard<T>(filePath: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof TableReadAbortedError) throw error;
    if (error instanceof Error && 'syscall' in error) throw unreadable(new ErrorFactory(path.basename(filePath)), error);
    throw error;
  }
}

/**
 * The file's format, sheets, dialect, header and a few data rows, for choosing columns.
 * Reads only the start of a CSV, and of an xlsx only the parts needed for the sample.
 */
export async function inspectTable(filePath: string, options: InspectTableOptions = {}): Promise<TableHead> {
  const limits = resolveLimits(options.limits);
  const sampleRows = Math.max(0, Math.floor(options.sampleRows ?? DEFAULT_SAMPLE_ROWS));
  return guard(filePath, async () => {
    const job = await open(filePath, limits, options.signal, options.chunkBytes);
    if (job.format === 'csv') return inspectCsv(job, sampleRows);
    return inspectXlsx(job, options.sheet, sampleRows);
  });
}

/**
 * Every data row of the file, the wanted columns only, through `onRow`. Rejects with an
 * ImportFileError for anything wrong with the file, a TableReadAbortedError (name
 * "AbortError") when `signal` fires, or whatever onRow itself throws.
 */
export async function readTable(filePath: string, options: ReadTableOptions): Promise<ReadTableResult> {
  const limits = resolveLimits(options.limits);
  return guard(filePath, async () => {
    const job = await open(filePath, limits, options.signal, options.chunkBytes);
    if (job.format === 'csv') return readCsv(job, options);
    return readXlsx(job, options);
  });
}

