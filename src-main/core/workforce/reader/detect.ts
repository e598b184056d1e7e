import fs from 'node:fs';
import path from 'node:path';
import type { ErrorFactory } from './errors';
import type { TableFormat } from './types';

/** How much of the start of a file is looked at to tell text from binary. */
export const SNIFF_BYTES = 64 * 1024;

const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/** Reads the first bytes of a file once; the format decision needs only these and the name. */
export async function readStart(filePath: string): Promise<Buffer> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

const OLE_COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  ZIP_LOCAL,
  ZIP_EMPTY,
  OLE_COMPOUND,
];

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * Chooses the reader by extension and content together: the extension says what the user
 * meant, the content whether it is true. An empty file is reported as empty whatever its name.
 */
export function detectFormat(filePath: string, start: Buffer, sizeBytes: number, errors: ErrorFactory): TableFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (sizeBytes === 0) throw errors.whole('EMPTY_FILE', 'is empty.');
  if (startsWith(start, OLE_COMPOUND)) {
    if (ext === '.xlsx') {
      throw errors.whole(
        'XLSX_ENCRYPTED',
        'is password-protected (or is an old-format Excel file renamed .xlsx). Remove the password in Excel and save it as .xlsx or CSV.',
      );
    }
    throw errors.whole('OLD_EXCEL_FORMAT', 'is in the old Excel 97-2003 format: save it as .xlsx or CSV.');
  }
  if (ext === '.xlsx') {
    if (startsWith(start, ZIP_LOCAL)) return 'xlsx';
    throw notATable(errors);
  }
  if (ext === '.xls') throw notATable(errors);
  if (!CSV_EXTENSIONS.has(ext)) throw notATable(errors);
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
    throw errors.whole(
      'UNSUPPORTED_ENCODING',
      'is saved as UTF-16 ("Unicode Text"). Save it from Excel as "CSV UTF-8 (Comma delimited)" instead.',
    );
  }
  if (BINARY_SIGNATURES.some((sig) => startsWith(start, sig)) || start.includes(0)) throw notATable(errors);
  return 'csv';
}

function notATable(errors: ErrorFactory) {
  return errors.whole('NOT_A_TABLE', 'is not a CSV or Excel .xlsx file.');
}
