/**
 * What the first bytes of a file say about it, judged without SQLite (which, even read-only,
 * may write beside a database). Pure: the caller reads the bytes and the size.
 *
 * The layout is SQLite's file format, section 1.3 (https://www.sqlite.org/fileformat.html).
 */

export const HEADER_SIZE = 100;

const MAGIC = 'SQLite format 3\0';
const PAGE_SIZE_OFFSET = 16;
const WRITE_VERSION_OFFSET = 18;
const READ_VERSION_OFFSET = 19;
const CHANGE_COUNTER_OFFSET = 24;
const PAGE_COUNT_OFFSET = 28;
const USER_VERSION_OFFSET = 60;
const VERSION_VALID_FOR_OFFSET = 92;

export type HeaderFinding =
  | {
      readonly kind: 'sqlite';
      readonly userVersion: number;
      readonly pageSize: number;
      /** The file is in WAL mode: opening it through SQLite creates -wal and -shm beside it. */
      readonly walMode: boolean;
    }
  /** Not an SQLite file; `looksLike` names what it seems to be, when that can be told. */
  | { readonly kind: 'foreign'; readonly looksLike: string | null }
  /** The header is all zeros: a database whose start was wiped (or a file of nothing). */
  | { readonly kind: 'zeroed' }
  /** Shorter than the database it begins: `expectedBytes` is null when even the header is cut. */
  | { readonly kind: 'truncated'; readonly actualBytes: number; readonly expectedBytes: number | null }
  /** Begins like SQLite, but a field that must be valid is not. */
  | { readonly kind: 'damaged-header'; readonly detail: string };

export type HeaderContext = {
  /** The whole file's size in bytes. */
  readonly fileSize: number;
  /**
   * A -wal with frames lies beside the file: pages (and the true size) may live there until the
   * next checkpoint, so the main file's length proves nothing.
   */
  readonly walHasFrames: boolean;
};

/** `head` is the first HEADER_SIZE bytes of the file, or all of it if it is shorter. */
export function readHeaderFinding(head: Uint8Array, context: HeaderContext): HeaderFinding {
  if (head.length > 0 && head.every((byte) => byte === 0)) {
    return { kind: 'zeroed' };
  }
  if (head.length < HEADER_SIZE) {
    // A database cut off inside its header still starts with (part of) the magic string.
    const prefix = latin1(head.subarray(0, MAGIC.length));
    if (prefix.length >= 'SQLite'.length && MAGIC.startsWith(prefix)) {
      return { kind: 'truncated', actualBytes: context.fileSize, expectedBytes: null };
    }
    return { kind: 'foreign', looksLike: looksLike(head) };
  }
  if (latin1(head.subarray(0, MAGIC.length)) !== MAGIC) {
    return { kind: 'foreign', looksLike: looksLike(head) };
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const rawPageSize = view.getUint16(PAGE_SIZE_OFFSET);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return { kind: 'damaged-header', detail: `its page size reads ${rawPageSize}` };
  }
  const writeVersion = view.getUint8(WRITE_VERSION_OFFSET);
  const readVersion = view.getUint8(READ_VERSION_OFFSET);
  if (![1, 2].includes(writeVersion) || ![1, 2].includes(readVersion)) {
    return { kind: 'damaged-header', detail: `its format version reads ${writeVersion}.${readVersion}` };
  }
  const pageCount = view.getUint32(PAGE_COUNT_OFFSET);
  const sizeIsCurrent = pageCount > 0 && view.getUint32(CHANGE_COUNTER_OFFSET) === view.getUint32(VERSION_VALID_FOR_OFFSET);
  if (!context.walHasFrames) {
    const expectedBytes = sizeIsCurrent ? pageCount * pageSize : null;
    if (expectedBytes !== null && context.fileSize < expectedBytes) {
      return { kind: 'truncated', actualBytes: context.fileSize, expectedBytes };
    }
    if (context.fileSize < pageSize) {
      return { kind: 'truncated', actualBytes: context.fileSize, expectedBytes: pageSize };
    }
  }
  return {
    kind: 'sqlite',
    userVersion: view.getInt32(USER_VERSION_OFFSET),
    pageSize,
    walMode: writeVersion === 2 || readVersion === 2,
  };
}

const SIGNATURES: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an Excel workbook, a Word document or a .boardwalk file, say)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an older Microsoft Office file'],
];

/** A plain-English guess at what a file that is not a database is, from its first bytes. */
export function looksLike(head: Uint8Array): string | null {
  for (const [signature, name] of SIGNATURES) {
    if (signature.every((byte, index) => head[index] === byte)) return name;
  }
  if (head.length > 0 && isText(head)) return 'a text file';
  return null;
}

const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** Printable UTF-8 (or ASCII) with ordinary whitespace: tabs, line ends. */
function isText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    // A sequence cut off at the end of the sample is not evidence against text.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, trimIncomplete(bytes)));
  } catch {
    return false;
  }
  // Control characters other than tab, line feed, carriage return and form feed mean binary.
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) return false;
  }
  return true;
}

/** The length of `bytes` without a UTF-8 sequence left incomplete at its end. */
function trimIncomplete(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (needed > back) end -= back;
    break;
  }
  return end;
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
