import type { ErrorFactory } from './errors';
import { ImportFileError, columnLetter, listNames } from './errors';
import type { ColumnPlan } from './head';
import { checkHeaderNames, planColumns } from './head';
import { ProgressThrottle } from './progress';
import type { ReadTableOptions, ReadTableResult, TableHead, TableLimits } from './types';
import { ValueCopier, detachString } from './detach';
import { StrictUtf8Decoder } from './utf8';
import type { Capture, XmlHandler } from './xml';
import { CAPTURE_NONE, CAPTURE_PRESENCE, CAPTURE_TEXT, XmlScanner, decodeOoxmlEscapes, decodeXmlText } from './xml';
import type { ZipEntry } from './zip';
import { ExpansionBudget, ZIP_STREAM_BYTES, ZipArchive } from './zip';

/**
 * Reading one sheet of an .xlsx in flat memory, without exceljs (whose streaming reader
 * writes sheets that come before the shared strings to temporary files: row-level personal
 * data left on disk). Shared strings are the difficulty: a file of 1.5M people has ~1.5M
 * unique strings (names), so the table is never held whole. Instead:
 *   1. the header (and sample) rows are read from the top of the sheet;
 *   2. the whole sheet is scanned to mark which shared strings the wanted columns use;
 *   3. sharedStrings.xml is read keeping only those (a few hundred categories, typically);
 *   4. the sheet is read again, giving rows.
 */

export type XlsxJob = {
  readonly path: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly start: Buffer;
  readonly errors: ErrorFactory;
  readonly limits: TableLimits;
  readonly signal: AbortSignal | undefined;
  readonly chunkBytes?: number;
};

type SheetKind = 'worksheet' | 'chartsheet' | 'other';
type SheetInfo = { readonly name: string; readonly entry: ZipEntry | null; readonly kind: SheetKind };

type Workbook = {
  readonly zip: ZipArchive;
  readonly budget: ExpansionBudget;
  readonly sheets: readonly SheetInfo[];
  readonly sharedStrings: ZipEntry | null;
};

/** Excel's own limits: columns A to XFD. Rows are not capped beyond being a positive integer. */
const MAX_SHEET_COLUMNS = 16_384;
const MAX_ROW_NUMBER = 2 ** 31 - 1;
/** The smallest item sharedStrings.xml can hold is `<si/>`: a bound on any real index. */
const MIN_SHARED_STRING_BYTES = 5;
/** Raw XML text past this many characters per cell decodes to more than maxCellChars. */
const RAW_CHARS_PER_CHAR = 10;

function streamBytes(job: XlsxJob): number {
  return job.chunkBytes ?? ZIP_STREAM_BYTES;
}

/** Streams one part through an XML handler; stops early when the scanner is stopped. */
async function scanPart(
  job: XlsxJob,
  zip: ZipArchive,
  entry: ZipEntry,
  handler: (scanner: XmlScanner) => XmlHandler,
  maxText: number,
  onBytes?: (inflated: number) => void,
): Promise<void> {
  const damaged = (why: string) => job.errors.damaged(why);
  const scanner = new XmlScanner(maxText, damaged);
  scanner.handler = handler(scanner);
  const decoder = new StrictUtf8Decoder();
  let first = true;
  for await (const block of zip.inflate(entry, {
    signal: job.signal,
    streamBytes: streamBytes(job),
    ...(onBytes ? { onBytes } : {}),
  })) {
    if (first && block.length >= 2 && ((block[0] === 0xff && block[1] === 0xfe) || (block[0] === 0xfe && block[1] === 0xff))) {
      throw job.errors.whole('XLSX_UNSUPPORTED', 'has parts saved as UTF-16, which cannot be read. Open it in Excel and save it again as .xlsx.');
    }
    let text = decoder.decode(block);
    if (text === null) throw damaged(`the part ${entry.name} is not UTF-8 text`);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    scanner.feed(text);
    if (scanner.isStopped) return;
  }
  if (!decoder.end()) throw damaged(`the part ${entry.name} is not UTF-8 text`);
  scanner.end();
}

/** Resolves a relationship target against the folder of the part that refers to it. */
function resolveTarget(baseFolder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  const segments = (decoded.startsWith('/') ? decoded.slice(1) : baseFolder + decoded).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

type Relationship = { readonly id: string; readonly type: string; readonly target: string };

async function readRelationships(job: XlsxJob, wb: { zip: ZipArchive; budget: ExpansionBudget }, part: string): Promise<Relationship[]> {
  const entry = wb.zip.entry(part);
  if (!entry) return [];
  wb.budget.declare([entry]);
  // Targets are relative to the part the relationships belong to: "xl/_rels/x.rels" is xl/x's.
  const sourceFolder = folderOf(part).replace(/_rels\/$/, '');
  const found: Relationship[] = [];
  await scanPart(
    job,
    wb.zip,
    entry,
    (scanner) => ({
      open: (name) => {
        if (name !== 'Relationship') return;
        if (scanner.attr('TargetMode') === 'External') return;
        const id = scanner.attr('Id');
        const type = scanner.attr('Type');
        const target = scanner.attr('Target');
        if (id !== null && type !== null && target !== null) found.push({ id, type, target: resolveTarget(sourceFolder, target) });
      },
      close: () => undefined,
      text: () => undefined,
      overflow: () => undefined,
    }),
    0,
  );
  return found;
}

/** Relationship types differ between transitional and strict OOXML; the last segment does not. */
function relType(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

async function openWorkbook(job: XlsxJob): Promise<Workbook> {
  const zip = await ZipArchive.open(job.path, job.sizeBytes, job.errors);
  const budget = new ExpansionBudget(job.limits.maxExpandedBytes, job.errors);
  const base = { zip, budget };
  const root = await readRelationships(job, base, '_rels/.rels');
  const workbookPart = root.find((r) => relType(r.type) === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbookEntry = zip.entry(workbookPart);
  if (!workbookEntry) throw job.errors.damaged('the workbook part is missing');
  budget.declare([workbookEntry]);
  const declared: { name: string; id: string }[] = [];
  let inSheets = false;
  await scanPart(
    job,
    zip,
    workbookEntry,
    (scanner) => ({
      open: (name, selfClosing) => {
        if (name === 'sheets') inSheets = !selfClosing;
        else if (name === 'sheet' && inSheets) {
          const sheetName = scanner.attr('name');
          const id = scanner.attr('id', true);
          if (sheetName === null || id === null) throw job.errors.damaged('the workbook lists a sheet without a name');
          declared.push({ name: sheetName, id });
        }
      },
      close: (name) => {
        if (name === 'sheets') {
          inSheets = false;
          // Sheets are listed near the top; the rest (defined names, say) is not needed.
          scanner.stop();
        }
      },
      text: () => undefined,
      overflow: () => undefined,
    }),
    0,
  );
  const relationships = await readRelationships(job, base, `${folderOf(workbookPart)}_rels/${workbookPart.slice(folderOf(workbookPart).length)}.rels`);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets = declared.map((s): SheetInfo => {
    const rel = byId.get(s.id);
    const type = rel ? relType(rel.type) : '';
    const kind: SheetKind = type === 'worksheet' ? 'worksheet' : type === 'chartsheet' ? 'chartsheet' : 'other';
    return { name: s.name, entry: rel ? (zip.entry(rel.target) ?? null) : null, kind };
  });
  const sharedPart = relationships.find((r) => relType(r.type) === 'sharedStrings')?.target ?? 'xl/sharedStrings.xml';
  return { zip, budget, sheets, sharedStrings: zip.entry(sharedPart) ?? null };
}

function chooseSheet(job: XlsxJob, wb: Workbook, wanted: string | undefined): { sheet: SheetInfo; entry: ZipEntry } {
  const names = wb.sheets.map((s) => s.name);
  let sheet: SheetInfo | undefined;
  if (wanted === undefined) {
    sheet = wb.sheets.find((s) => s.kind === 'worksheet');
    if (!sheet) {
      throw job.errors.whole('NOT_A_WORKSHEET', 'has no sheet of cells to read (only charts, or nothing at all).');
    }
  } else {
    // Excel treats sheet names as the same whatever their case.
    sheet = wb.sheets.find((s) => s.name === wanted) ?? wb.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) {
      throw job.errors.whole(
        'NO_SUCH_SHEET',
        `has no sheet named "${wanted}"; the sheets are: ${listNames(names)}.`,
      );
    }
    if (sheet.kind !== 'worksheet') {
      throw job.errors.whole('NOT_A_WORKSHEET', `has a sheet "${sheet.name}" but it is a chart, not a sheet of cells.`);
    }
  }
  if (!sheet.entry) throw job.errors.damaged(`the part for the sheet "${sheet.name}" is missing`);
  return { sheet, entry: sheet.entry };
}

/** Column index (0-based) from a cell reference such as "B7", read in place; -1 without letters. */
function columnAt(s: string, from: number, to: number): number {
  let column = 0;
  let i = from;
  for (; i < to; i += 1) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    column = column * 26 + (c - 0x60);
    if (column > MAX_SHEET_COLUMNS) return MAX_SHEET_COLUMNS;
  }
  return i === from ? -1 : column - 1;
}

/** A whole number of 1 to 10 digits read in place, else -1. */
function digitsAt(s: string, from: number, to: number): number {
  if (to <= from || to - from > 10) return -1;
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Cell types (ECMA-376 ST_CellType), as small numbers so no string is made per cell. */
const CELL_NUMBER = 0;
const CELL_SHARED = 1;
const CELL_INLINE = 2;
const CELL_FORMULA_STRING = 3;
const CELL_BOOLEAN = 4;
/** e (error) and d (ISO date): their text is the value. */
const CELL_OTHER = 5;
type CellType = 0 | 1 | 2 | 3 | 4 | 5;

function cellType(s: string, from: number, to: number): CellType {
  const length = to - from;
  const first = s.charCodeAt(from);
  if (length === 1) return first === 0x73 ? CELL_SHARED : first === 0x62 ? CELL_BOOLEAN : first === 0x6e ? CELL_NUMBER : CELL_OTHER;
  if (length === 3 && s.startsWith('str', from)) return CELL_FORMULA_STRING;
  if (length === 9 && s.startsWith('inlineStr', from)) return CELL_INLINE;
  return CELL_OTHER;
}

function parseIndex(text: string): number {
  const trimmed = text.trim();
  return digitsAt(trimmed, 0, trimmed.length);
}

/** What the sheet scanner tells each pass about the cells. */
type CellSink = {
  /** How much of a cell to read; `shared` says it refers to a shared string. */
  want(column: number, shared: boolean): Capture;
  rowStart(row: number): void;
  sharedCell(column: number, index: number): void;
  textCell(column: number, text: string): void;
  /** A cell with something in it, read for presence only. */
  presentCell(column: number): void;
  rowEnd(): void;
};

/**
 * Follows rows and cells through sheet XML: <row r>, <c r t>, <v>, inline strings <is><t> with
 * rich-text runs (<r><t>) joined and phonetic runs (<rPh>) left out, formulas (<f>) ignored.
 */
class SheetHandler implements XmlHandler {
  row = 0;
  private lastRow = 0;
  private inSheetData = false;
  private inCell = false;
  private column = 0;
  private nextColumn = 0;
  private type: CellType = CELL_NUMBER;
  private mode: Capture = CAPTURE_NONE;
  private inInline = false;
  private phonetic = 0;
  private cellText = '';
  private present = false;

  constructor(
    private readonly scanner: XmlScanner,
    private readonly sink: CellSink,
    private readonly job: XlsxJob,
    /** Header names once known, so a message can name the column as well as its letter. */
    private readonly names: readonly string[] = [],
  ) {}

  open(name: string, selfClosing: boolean): void {
    if (!this.inSheetData) {
      if (name === 'sheetData' && !selfClosing) this.inSheetData = true;
      return;
    }
    switch (name) {
      case 'row': {
        const r = this.scanner.attrIndex('r');
        const row = r < 0 ? this.lastRow + 1 : digitsAt(this.scanner.source, this.scanner.valueStart(r), this.scanner.valueEnd(r));
        if (row < 1 || row > MAX_ROW_NUMBER) throw this.job.errors.damaged('a row of the sheet has an impossible number');
        if (row <= this.lastRow) throw this.job.errors.damaged('the rows of the sheet are out of order');
        this.row = row;
        this.lastRow = row;
        this.nextColumn = 0;
        this.sink.rowStart(row);
        break;
      }
      case 'c': {
        const scanner = this.scanner;
        const ref = scanner.attrIndex('r');
        const column = ref < 0 ? this.nextColumn : columnAt(scanner.source, scanner.valueStart(ref), scanner.valueEnd(ref));
        if (column < 0 || column >= MAX_SHEET_COLUMNS) throw this.job.errors.damaged('a cell of the sheet has an impossible reference');
        this.column = column;
        this.nextColumn = column + 1;
        const t = scanner.attrIndex('t');
        this.type = t < 0 ? CELL_NUMBER : cellType(scanner.source, scanner.valueStart(t), scanner.valueEnd(t));
        this.mode = this.sink.want(column, this.type === CELL_SHARED);
        this.inCell = !selfClosing;
        this.cellText = '';
        this.present = false;
        this.inInline = false;
        this.phonetic = 0;
        break;
      }
      case 'v':
        if (this.inCell) this.startText();
        break;
      case 'is':
        if (this.inCell) this.inInline = true;
        break;
      case 't':
        if (this.inCell && this.inInline && this.phonetic === 0) this.startText();
        break;
      case 'rPh':
        this.phonetic += 1;
        break;
      default:
        break;
    }
  }

  private startText(): void {
    this.scanner.capture = this.mode;
    this.scanner.sawText = false;
  }

  private endText(): void {
    if (this.scanner.capture === CAPTURE_PRESENCE && this.scanner.sawText) this.present = true;
    this.scanner.capture = CAPTURE_NONE;
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
      case 't':
        this.endText();
        break;
      case 'rPh':
        this.phonetic = Math.max(0, this.phonetic - 1);
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        if (this.inCell) this.endCell();
        this.inCell = false;
        break;
      case 'row':
        this.sink.rowEnd();
        break;
      case 'sheetData':
        // What follows the cells (merges, print settings) is not needed.
        this.inSheetData = false;
        this.scanner.stop();
        break;
      default:
        break;
    }
  }

  private endCell(): void {
    this.scanner.capture = CAPTURE_NONE;
    if (this.mode === CAPTURE_PRESENCE) {
      if (this.present) this.sink.presentCell(this.column);
      return;
    }
    if (this.mode !== CAPTURE_TEXT || this.cellText === '') return;
    if (this.type === CELL_SHARED) {
      const index = parseIndex(this.cellText);
      if (index < 0) throw this.job.errors.damaged('a cell refers to a shared string by something other than a number');
      this.sink.sharedCell(this.column, index);
      return;
    }
    let value = decodeXmlText(this.cellText);
    if (this.type === CELL_INLINE || this.type === CELL_FORMULA_STRING) value = decodeOoxmlEscapes(value);
    // As Excel shows (and saves to CSV) a true/false cell.
    else if (this.type === CELL_BOOLEAN) value = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    if (value.length > this.job.limits.maxCellChars) this.overflow();
    if (value !== '') this.sink.textCell(this.column, value);
  }

  text(raw: string): void {
    if (!this.inCell) return;
    this.cellText = this.cellText === '' ? raw : this.cellText + raw;
    if (this.cellText.length > this.job.limits.maxCellChars * RAW_CHARS_PER_CHAR) this.overflow();
  }

  overflow(): void {
    throw cellTooLong(this.job, this.row, this.column, this.names[this.column]);
  }
}

function cellTooLong(job: XlsxJob, row: number, column: number, name: string | undefined): ImportFileError {
  return job.errors.at(
    'CELL_TOO_LONG',
    row,
    column,
    name,
    `the value is longer than the limit of ${job.limits.maxCellChars.toLocaleString('en-GB')} characters.`,
  );
}

function scanSheet(
  job: XlsxJob,
  wb: Workbook,
  entry: ZipEntry,
  names: readonly string[],
  sink: CellSink,
  onBytes?: (n: number) => void,
): Promise<void> {
  const maxText = job.limits.maxCellChars * RAW_CHARS_PER_CHAR;
  return scanPart(job, wb.zip, entry, (scanner) => new SheetHandler(scanner, sink, job, names), maxText, onBytes);
}

/** Which shared strings a pass needs: a bitset bounded by what the part could possibly hold. */
class IndexSet {
  private bits = new Uint8Array(1024);
  max = -1;
  count = 0;

  constructor(private readonly bound: number) {}

  add(index: number): boolean {
    if (index >= this.bound) return false;
    const byte = index >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (index & 7);
    const bits = this.bits[byte] ?? 0;
    if ((bits & mask) === 0) {
      this.bits[byte] = bits | mask;
      this.count += 1;
      if (index > this.max) this.max = index;
    }
    return true;
  }

  has(index: number): boolean {
    return index <= this.max && ((this.bits[index >>> 3] ?? 0) & (1 << (index & 7))) !== 0;
  }
}

type SharedStrings = {
  readonly strings: ReadonlyMap<number, string>;
  /** Strings longer than maxCellChars: kept out of memory, refused when a cell uses them. */
  readonly tooLong: ReadonlySet<number>;
};

function newIndexSet(job: XlsxJob, wb: Workbook): IndexSet {
  const bound = wb.sharedStrings ? Math.ceil(wb.sharedStrings.uncompressedSize / MIN_SHARED_STRING_BYTES) : 0;
  return new IndexSet(bound);
}

function missingSharedString(job: XlsxJob): ImportFileError {
  return job.errors.damaged('a cell refers to a shared string that does not exist');
}

/** Reads sharedStrings.xml as far as the last wanted index, keeping only the wanted strings. */
async function loadSharedStrings(
  job: XlsxJob,
  wb: Workbook,
  wanted: IndexSet,
  onBytes?: (n: number) => void,
): Promise<SharedStrings> {
  const strings = new Map<number, string>();
  const tooLong = new Set<number>();
  const entry = wb.sharedStrings;
  if (wanted.count === 0 || !entry) return { strings, tooLong };
  let index = -1;
  let keep = false;
  let inItem = false;
  let phonetic = 0;
  let text = '';
  let overflowed = false;
  await scanPart(
    job,
    wb.zip,
    entry,
    (scanner) => ({
      open: (name, selfClosing) => {
        if (name === 'si') {
          index += 1;
          if (index > wanted.max) {
            scanner.stop();
            return;
          }
          keep = wanted.has(index);
          inItem = !selfClosing;
          text = '';
          overflowed = false;
          phonetic = 0;
          if (selfClosing && keep) strings.set(index, '');
        } else if (name === 'rPh') {
          phonetic += 1;
        } else if (name === 't' && inItem && keep && phonetic === 0 && !overflowed) {
          scanner.capture = CAPTURE_TEXT;
        }
      },
      close: (name) => {
        if (name === 't') scanner.capture = CAPTURE_NONE;
        else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
        else if (name === 'si' && inItem) {
          inItem = false;
          if (!keep) return;
          if (overflowed) {
            tooLong.add(index);
            return;
          }
          const value = decodeOoxmlEscapes(decodeXmlText(text));
          if (value.length > job.limits.maxCellChars) tooLong.add(index);
          else strings.set(index, detachString(value));
        }
      },
      text: (raw) => {
        text = text === '' ? raw : text + raw;
        if (text.length > job.limits.maxCellChars * RAW_CHARS_PER_CHAR) {
          overflowed = true;
          text = '';
          scanner.capture = CAPTURE_NONE;
        }
      },
      overflow: () => {
        overflowed = true;
      },
    }),
    job.limits.maxCellChars * RAW_CHARS_PER_CHAR,
    onBytes,
  );
  return { strings, tooLong };
}

/** A cell as read before shared strings are known. */
type RawCell = string | number;

type HeadScan = {
  readonly headerRow: number;
  readonly header: readonly RawCell[];
  readonly width: number;
  readonly samples: readonly { readonly row: number; readonly cells: readonly RawCell[] }[];
  /** A data row was seen (the sample may be smaller than the rows). */
  readonly hasData: boolean;
};

/**
 * The header row (the first with anything in it) and up to `sampleRows` data rows after it.
 * Reading stops at the first data row beyond the sample: whether there is one matters.
 */
async function scanHead(job: XlsxJob, wb: Workbook, sheet: SheetInfo, entry: ZipEntry, sampleRows: number): Promise<HeadScan> {
  const maxColumns = job.limits.maxColumns;
  let headerRow = 0;
  let header: RawCell[] = [];
  let width = 0;
  const samples: { row: number; cells: RawCell[] }[] = [];
  let dataRows = 0;
  let row = 0;
  let cells: RawCell[] = [];
  let nonEmpty = false;
  let beyond = -1;
  let stop: (() => void) | null = null;
  const sink: CellSink = {
    want: (column) => (headerRow === 0 ? (column < maxColumns ? CAPTURE_TEXT : CAPTURE_PRESENCE) : column < width ? CAPTURE_TEXT : CAPTURE_PRESENCE),
    rowStart: (r) => {
      row = r;
      cells = [];
      nonEmpty = false;
      beyond = -1;
    },
    sharedCell: (column, index) => {
      cells[column] = index;
      nonEmpty = true;
    },
    textCell: (column, text) => {
      cells[column] = detachString(text);
      nonEmpty = true;
    },
    presentCell: (column) => {
      nonEmpty = true;
      if (beyond < 0) beyond = column;
    },
    rowEnd: () => {
      if (!nonEmpty) return;
      if (headerRow === 0) {
        if (beyond >= 0) {
          throw job.errors.at(
            'TOO_MANY_COLUMNS',
            row,
            null,
            undefined,
            `the header has more than ${maxColumns.toLocaleString('en-GB')} columns, the most that can be read. Remove the columns you do not need.`,
          );
        }
        headerRow = row;
        header = cells;
        width = cells.length;
        return;
      }
      if (beyond >= 0) throw beyondHeader(job, row, beyond, width);
      dataRows += 1;
      if (dataRows <= sampleRows) samples.push({ row, cells });
      if (dataRows >= Math.max(1, sampleRows)) stop?.();
    },
  };
  await scanPart(
    job,
    wb.zip,
    entry,
    (scanner) => {
      stop = () => scanner.stop();
      return new SheetHandler(scanner, sink, job);
    },
    job.limits.maxCellChars * RAW_CHARS_PER_CHAR,
  );
  if (headerRow === 0) throw job.errors.whole('EMPTY_FILE', `has nothing in the sheet "${sheet.name}".`);
  return { headerRow, header, width, samples, hasData: dataRows > 0 };
}

function beyondHeader(job: XlsxJob, row: number, column: number, width: number): ImportFileError {
  return job.errors.at(
    'RAGGED_ROW',
    row,
    column,
    undefined,
    `there is a value beyond the last column of the header (${columnLetter(width - 1)}). ` +
      'Give the column a name in the header row, or delete what is in it.',
  );
}

function resolveCell(
  job: XlsxJob,
  shared: SharedStrings,
  cell: RawCell | undefined,
  row: number,
  column: number,
  name?: string,
): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (shared.tooLong.has(cell)) throw cellTooLong(job, row, column, name);
  const value = shared.strings.get(cell);
  if (value === undefined) throw missingSharedString(job);
  return value;
}

type Inspected = { readonly wb: Workbook; readonly head: TableHead; readonly entry: ZipEntry };

async function inspect(job: XlsxJob, sheetName: string | undefined, sampleRows: number): Promise<Inspected> {
  const wb = await openWorkbook(job);
  const { sheet, entry } = chooseSheet(job, wb, sheetName);
  // Refused before anything of the sheet is inflated.
  wb.budget.declare(wb.sharedStrings ? [entry, wb.sharedStrings] : [entry]);
  const scan = await scanHead(job, wb, sheet, entry, sampleRows);
  const wanted = newIndexSet(job, wb);
  for (const cells of [scan.header, ...scan.samples.map((s) => s.cells)]) {
    for (const cell of cells) if (typeof cell === 'number' && !wanted.add(cell)) throw missingSharedString(job);
  }
  const shared = await loadSharedStrings(job, wb, wanted);
  const headers = Array.from({ length: scan.width }, (_, column) =>
    resolveCell(job, shared, scan.header[column], scan.headerRow, column).trim(),
  );
  checkHeaderNames(headers, scan.headerRow, job.errors);
  if (!scan.hasData) {
    throw job.errors.whole('HEADER_ONLY', `has a header row but no data rows in the sheet "${sheet.name}".`);
  }
  const samples = scan.samples.map(({ row, cells }) =>
    Array.from({ length: scan.width }, (_, column) => resolveCell(job, shared, cells[column], row, column, headers[column])),
  );
  const head: TableHead = {
    format: 'xlsx',
    fileName: job.fileName,
    sizeBytes: job.sizeBytes,
    sheets: wb.sheets.map((s) => s.name),
    sheet: sheet.name,
    dialect: null,
    headers,
    headerRow: scan.headerRow,
    sampleRows: samples,
    dataRowsInSample: samples.length,
  };
  return { wb, head, entry };
}

/** A sheet that cannot be the table, so that with no sheet named the next one is tried. */
const NOT_THE_TABLE: ReadonlySet<string> = new Set(['EMPTY_FILE', 'HEADER_ONLY', 'NOT_A_WORKSHEET']);

/**
 * The named sheet; with none named, the first sheet that holds a table. Workbooks often open
 * with a notes or cover sheet, and the user should not have to know to pick the second.
 */
export async function inspectXlsx(job: XlsxJob, sheetName: string | undefined, sampleRows: number): Promise<TableHead> {
  if (sheetName !== undefined) return (await inspect(job, sheetName, sampleRows)).head;
  const { sheets } = await openWorkbook(job);
  let firstProblem: ImportFileError | null = null;
  for (const sheet of sheets) {
    try {
      return (await inspect(job, sheet.name, sampleRows)).head;
    } catch (error) {
      if (!(error instanceof ImportFileError) || !NOT_THE_TABLE.has(error.code)) throw error;
      firstProblem ??= error;
    }
  }
  if (firstProblem !== null) throw firstProblem;
  return (await inspect(job, undefined, sampleRows)).head;
}

/** Scaled to the file's size: the caller shows a fraction, and the work is several passes. */
function xlsxProgress(job: XlsxJob, wb: Workbook, entry: ZipEntry, options: ReadTableOptions) {
  const report = options.onProgress;
  if (!report) return { mark: undefined, strings: undefined, rows: undefined, finish: () => undefined };
  const sheetBytes = entry.uncompressedSize;
  const stringBytes = wb.sharedStrings?.uncompressedSize ?? 0;
  const total = 2 * sheetBytes + stringBytes || 1;
  const throttle = new ProgressThrottle(job.sizeBytes, report);
  const at = (done: number) => throttle.update(Math.floor((job.sizeBytes * done) / total));
  return {
    mark: (n: number) => at(n),
    strings: (n: number) => at(sheetBytes + n),
    rows: (n: number) => at(sheetBytes + stringBytes + n),
    finish: () => throttle.finish(),
  };
}

export async function readXlsx(job: XlsxJob, options: ReadTableOptions): Promise<ReadTableResult> {
  const { wb, head, entry } = await inspect(job, options.sheet, 0);
  const plan: ColumnPlan = planColumns(head.headers, options.columns, job.errors);
  options.onHead?.(head);
  const { slotOf, copies } = plan;
  const names = head.headers;
  const width = names.length;
  const headerRow = head.headerRow;
  const progress = xlsxProgress(job, wb, entry, options);

  const wanted = newIndexSet(job, wb);
  let markRow = 0;
  await scanSheet(
    job,
    wb,
    entry,
    names,
    {
      want: (column, shared) => (shared && markRow > headerRow && column < width && (slotOf[column] ?? -1) >= 0 ? CAPTURE_TEXT : CAPTURE_NONE),
      rowStart: (r) => {
        markRow = r;
      },
      sharedCell: (_column, index) => {
        if (!wanted.add(index)) throw missingSharedString(job);
      },
      textCell: () => undefined,
      presentCell: () => undefined,
      rowEnd: () => undefined,
    },
    progress.mark,
  );
  const shared = await loadSharedStrings(job, wb, wanted, progress.strings);

  const values = options.columns.map(() => '');
  // Shared strings are copies already; inline ones are slices of a block until copied.
  const copier = new ValueCopier();
  const { onRow } = options;
  let row = 0;
  let nonEmpty = false;
  let beyond = -1;
  let rowsRead = 0;
  await scanSheet(
    job,
    wb,
    entry,
    names,
    {
      want: (column) => {
        if (row <= headerRow) return CAPTURE_NONE;
        if (column >= width) return CAPTURE_PRESENCE;
        return (slotOf[column] ?? -1) >= 0 ? CAPTURE_TEXT : CAPTURE_PRESENCE;
      },
      rowStart: (r) => {
        row = r;
        values.fill('');
        nonEmpty = false;
        beyond = -1;
      },
      sharedCell: (column, index) => {
        nonEmpty = true;
        const slot = slotOf[column] ?? -1;
        if (slot >= 0) values[slot] = resolveCell(job, shared, index, row, column, names[column]);
      },
      textCell: (column, text) => {
        nonEmpty = true;
        const slot = slotOf[column] ?? -1;
        if (slot >= 0) values[slot] = copier.copy(slot, text);
      },
      presentCell: (column) => {
        nonEmpty = true;
        if (column >= width && beyond < 0) beyond = column;
      },
      rowEnd: () => {
        if (row <= headerRow || !nonEmpty) return;
        if (beyond >= 0) throw beyondHeader(job, row, beyond, width);
        for (const [from, to] of copies) values[to] = values[from] ?? '';
        rowsRead += 1;
        onRow(values, row);
      },
    },
    progress.rows,
  );
  if (rowsRead === 0) {
    throw job.errors.whole('HEADER_ONLY', `has a header row but no data rows in the sheet "${head.sheet ?? ''}".`);
  }
  progress.finish();
  return { rowsRead, head: { ...head, sampleRows: [], dataRowsInSample: 0 } };
}

