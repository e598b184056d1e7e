import fs from 'node:fs';
import zlib from 'node:zlib';
import type { ErrorFactory } from './errors';
import { formatBytes } from '../../../../shared/util/format-bytes';
import { throwIfAborted } from './errors';

/**
 * Just enough of the zip format to read an .xlsx: the central directory, and one entry at a
 * time inflated as a stream straight from the file. Nothing is ever written to disk (a sheet
 * holds names and staff numbers), and nothing is inflated that has not been accounted for.
 */

export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
};

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT = 0xffff;
/** An .xlsx directory lists tens of parts; a bigger one than this is not a workbook. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;
export const ZIP_STREAM_BYTES = 64 * 1024;
/** Inflated output buffered ahead of the parser, so inflating (on the thread pool) overlaps parsing. */
const INFLATE_AHEAD_BYTES = 1024 * 1024;

async function readAt(handle: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function uint64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/**
 * The declared inflated size of everything read, checked before anything is inflated: a
 * small file can declare (or, lying, produce) gigabytes of XML. Each part counts once,
 * however many times it is read.
 */
export class ExpansionBudget {
  private readonly declared = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly errors: ErrorFactory,
  ) {}

  declare(entries: readonly ZipEntry[]): void {
    let total = this.total;
    const fresh = new Map<string, number>();
    for (const entry of entries) {
      if (this.declared.has(entry.name) || fresh.has(entry.name)) continue;
      fresh.set(entry.name, entry.uncompressedSize);
      total += entry.uncompressedSize;
    }
    if (total > this.limit) {
      throw this.errors.whole(
        'EXPANDED_TOO_LARGE',
        `expands to more than ${formatBytes(this.limit)} when unpacked, the most that can be read. ` +
          'Delete the sheets and columns you do not need, or save the sheet as CSV.',
      );
    }
    for (const [name, size] of fresh) this.declared.set(name, size);
    this.total = total;
  }

  has(entry: ZipEntry): boolean {
    return this.declared.has(entry.name);
  }
}

export type InflateOptions = {
  readonly signal: AbortSignal | undefined;
  /** Compressed bytes read at a time (tests make this tiny to cut XML at every point). */
  readonly streamBytes: number;
  /** Inflated bytes so far of this entry, for progress. */
  readonly onBytes?: (inflated: number) => void;
};

export class ZipArchive {
  private constructor(
    private readonly filePath: string,
    private readonly fileSize: number,
    private readonly errors: ErrorFactory,
    private readonly byName: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(filePath: string, fileSize: number, errors: ErrorFactory): Promise<ZipArchive> {
    const handle = await fs.promises.open(filePath, 'r');
    try {
      const entries = await readDirectory(handle, fileSize, errors);
      const byName = new Map<string, ZipEntry>();
      // Part names are case-insensitive in Office files (ECMA-376 part 2, 9.1.1.1).
      // Some Windows tools write backslashes; a part name never contains one.
      for (const entry of entries) byName.set(entry.name.replaceAll('\\', '/').toLowerCase(), entry);
      return new ZipArchive(filePath, fileSize, errors, byName);
    } finally {
      await handle.close();
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  private async dataStart(entry: ZipEntry): Promise<number> {
    const handle = await fs.promises.open(this.filePath, 'r');
    let header: Buffer;
    try {
      header = await readAt(handle, entry.localHeaderOffset, 30);
    } finally {
      await handle.close();
    }
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw this.errors.damaged('the zip structure is damaged');
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.fileSize) throw this.errors.damaged('the file is cut short');
    return start;
  }

  /**
   * The entry's bytes, inflated, in blocks. Stops with an error the moment the output passes
   * the size the directory declared (declared sizes can lie); checks length and CRC at the end.
   * Breaking out of the loop early stops the read and the inflater at once.
   */
  async *inflate(entry: ZipEntry, options: InflateOptions): AsyncGenerator<Buffer, void, undefined> {
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw this.errors.whole(
        'XLSX_UNSUPPORTED',
        `uses a kind of zip compression (method ${entry.method}) that Excel does not write. Open it in Excel and save it again as .xlsx.`,
      );
    }
    const start = await this.dataStart(entry);
    throwIfAborted(options.signal);
    if (entry.compressedSize === 0) {
      if (entry.uncompressedSize !== 0) throw this.errors.damaged('the zip structure is damaged');
      return;
    }
    const source = fs.createReadStream(this.filePath, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: options.streamBytes,
    });
    // Passed through to the Transform underneath; ZlibOptions does not declare it.
    const inflateOptions: zlib.ZlibOptions & { readableHighWaterMark: number } = {
      chunkSize: Math.max(64, options.streamBytes),
      readableHighWaterMark: INFLATE_AHEAD_BYTES,
    };
    const inflater = entry.method === DEFLATED ? zlib.createInflateRaw(inflateOptions) : null;
    if (inflater) {
      source.on('error', (error) => inflater.destroy(error));
      source.pipe(inflater);
    }
    const output = inflater ?? source;
    let inflated = 0;
    let crc = 0;
    try {
      for await (const chunk of output as AsyncIterable<Buffer>) {
        throwIfAborted(options.signal);
        inflated += chunk.length;
        if (inflated > entry.uncompressedSize) {
          throw this.errors.damaged(`the part ${entry.name} unpacks to more than the size its zip directory records`);
        }
        crc = zlib.crc32(chunk, crc);
        options.onBytes?.(inflated);
        yield chunk;
      }
    } catch (error) {
      if (isZlibError(error)) throw this.errors.damaged('the zip structure is damaged');
      throw error;
    } finally {
      source.destroy();
      inflater?.destroy();
    }
    if (inflated !== entry.uncompressedSize || crc !== entry.crc32 >>> 0) {
      throw this.errors.damaged('the zip structure is damaged');
    }
  }
}

function isZlibError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('Z_');
}

async function readDirectory(handle: fs.promises.FileHandle, fileSize: number, errors: ErrorFactory): Promise<ZipEntry[]> {
  const damaged = () => errors.damaged('the zip structure is damaged');
  if (fileSize < EOCD_LENGTH) throw damaged();
  const tailStart = Math.max(0, fileSize - (EOCD_LENGTH + MAX_COMMENT));
  const tail = await readAt(handle, tailStart, fileSize - tailStart);
  let eocd = -1;
  for (let i = tail.length - EOCD_LENGTH; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE && i + EOCD_LENGTH + tail.readUInt16LE(i + 20) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const disk = tail.readUInt16LE(eocd + 4);
  const directoryDisk = tail.readUInt16LE(eocd + 6);
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  const eocdPosition = tailStart + eocd;
  let directoryEnd = eocdPosition;
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // ZIP64: the real values are in a record the locator just before the EOCD points to.
    if (eocd < 20 || tail.readUInt32LE(eocd - 20) !== ZIP64_LOCATOR_SIGNATURE) throw damaged();
    const recordPosition = uint64(tail, eocd - 20 + 8);
    const record = await readAt(handle, recordPosition, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw damaged();
    count = uint64(record, 32);
    directorySize = uint64(record, 40);
    directoryOffset = uint64(record, 48);
    directoryEnd = recordPosition;
  } else if (disk !== 0 || directoryDisk !== 0) {
    throw errors.whole('XLSX_UNSUPPORTED', 'is one part of a zip split across several files, which cannot be read.');
  }
  if (directoryOffset + directorySize > directoryEnd || directorySize > MAX_DIRECTORY_BYTES) throw damaged();
  const directory = await readAt(handle, directoryOffset, directorySize);
  if (directory.length < directorySize) throw damaged();

  const entries: ZipEntry[] = [];
  let p = 0;
  while (p < directory.length) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw damaged();
    const flags = directory.readUInt16LE(p + 8);
    const method = directory.readUInt16LE(p + 10);
    const crc32 = directory.readUInt32LE(p + 16);
    let compressedSize = directory.readUInt32LE(p + 20);
    let uncompressedSize = directory.readUInt32LE(p + 24);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    let localHeaderOffset = directory.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLength;
    const extraEnd = nameEnd + extraLength;
    if (extraEnd + commentLength > directory.length) throw damaged();
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, nameEnd);
    // ZIP64 extended information: present only for the fields that overflowed, in this order.
    for (let e = nameEnd; e + 4 <= extraEnd; ) {
      const id = directory.readUInt16LE(e);
      const size = directory.readUInt16LE(e + 2);
      if (e + 4 + size > extraEnd) throw damaged();
      if (id === 0x0001) {
        let f = e + 4;
        const take = (): number => {
          if (f + 8 > e + 4 + size) throw damaged();
          const value = uint64(directory, f);
          f += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
      }
      e += 4 + size;
    }
    if (flags & 0x1) {
      throw errors.whole('XLSX_ENCRYPTED', 'is encrypted. Remove the password in Excel and save it as .xlsx or CSV.');
    }
    if (localHeaderOffset + 30 > fileSize) throw damaged();
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  if (entries.length !== count) throw damaged();
  return entries;
}
