import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFileError, TableReadAbortedError, inspectTable, readTable } from '../../src-main/core/workforce/reader';
import { ValueCopier, detachString } from '../../src-main/core/workforce/reader/detach';
import type { ImportFileErrorCode, ReadTableOptions, TableHead } from '../../src-main/core/workforce/reader';
import { AGGREGATED_HEADERS, AGGREGATED_ROWS, PERSON_HEADERS, PERSON_ROWS, csvLine, csvText } from '../fixtures/workforce/person-data';
import { escapeXml, inlineSheet, makeZip, workbookParts } from '../fixtures/workforce/zip-writer';
import { makeTempDir, removeDir } from '../harness/temp-dir';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/workforce');
const fixture = (name: string) => path.join(FIXTURES, name);

let tmp: string;
beforeAll(() => {
  tmp = makeTempDir('boardwalk-readers-');
});
afterAll(() => {
  removeDir(tmp);
});

let counter = 0;
function tempFile(extension: string, content: string | Uint8Array): string {
  counter += 1;
  const file = path.join(tmp, `file-${counter}${extension}`);
  fs.writeFileSync(file, content);
  return file;
}

type Read = { rows: [number, ...string[]][]; rowsRead: number; head: TableHead };

/** Every row, copied (the reader reuses one values array), with its row number first; a restart forgets. */
async function readAll(file: string, options: Partial<ReadTableOptions> & { columns?: readonly string[] } = {}): Promise<Read> {
  const columns = options.columns ?? (await inspectTable(file, options.sheet !== undefined ? { sheet: options.sheet } : {})).headers;
  const rows: [number, ...string[]][] = [];
  const { rowsRead, head } = await readTable(file, {
    ...options,
    columns,
    onRow: (values, row) => rows.push([row, ...values]),
    onRestart: () => {
      rows.length = 0;
    },
  });
  return { rows, rowsRead, head };
}

async function failure(promise: Promise<unknown>): Promise<ImportFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

const numbered = (rows: readonly (readonly string[])[], first = 2): [number, ...string[]][] =>
  rows.map((row, i) => [first + i, ...row]);

describe('CSV: good files', () => {
  const semicolonRows = PERSON_ROWS.map((row) => row.map((cell, i) => (i === 5 ? cell.replace('.', ',') : cell)));
  const cases: [string, TableHead['dialect'], readonly (readonly string[])[]][] = [
    ['person-utf8.csv', { encoding: 'utf-8', delimiter: ',', bom: false }, PERSON_ROWS],
    ['person-utf8-bom.csv', { encoding: 'utf-8', delimiter: ',', bom: true }, PERSON_ROWS],
    ['person-windows-1252.csv', { encoding: 'windows-1252', delimiter: ',', bom: false }, PERSON_ROWS],
    ['person-semicolon.csv', { encoding: 'utf-8', delimiter: ';', bom: false }, semicolonRows],
    ['person-tab.tsv', { encoding: 'utf-8', delimiter: '\t', bom: false }, PERSON_ROWS],
    ['person-crlf.csv', { encoding: 'utf-8', delimiter: ',', bom: false }, PERSON_ROWS],
    ['bad-fte.csv', { encoding: 'utf-8', delimiter: ',', bom: false }, PERSON_ROWS.map((r, i) => r.map((c, j) => (i === 1 && j === 5 ? 'abc' : c)))],
  ];

  it.each(cases)('%s reads to the expected header, dialect, values and row numbers', async (name, dialect, rows) => {
    const head = await inspectTable(fixture(name), { sampleRows: 2 });
    expect(head).toMatchObject({ format: 'csv', fileName: name, sheets: [], sheet: null, dialect, headers: [...PERSON_HEADERS], headerRow: 1 });
    expect(head.sizeBytes).toBe(fs.statSync(fixture(name)).size);
    expect(head.sampleRows).toEqual(rows.slice(0, 2));
    expect(head.dataRowsInSample).toBe(2);

    const read = await readAll(fixture(name));
    expect(read.rows).toEqual(numbered(rows));
    expect(read.rowsRead).toBe(rows.length);
    expect(read.head).toMatchObject({ dialect, headers: [...PERSON_HEADERS], sampleRows: [] });
  });

  it('gives only the wanted columns, in the order asked, matching names trimmed and ignoring case', async () => {
    const read = await readAll(fixture('person-utf8.csv'), { columns: [' pay band', 'STAFF GROUP', 'FTE', 'Pay Band'] });
    expect(read.rows).toEqual(numbered(PERSON_ROWS.map((r) => [r[4]!, r[2]!, r[5]!, r[4]!])));
  });

  it('reads the aggregated shape and negative headcounts as text (values are the caller’s to judge)', async () => {
    expect((await readAll(fixture('aggregated.csv'))).rows).toEqual(numbered(AGGREGATED_ROWS));
    const negative = await readAll(fixture('negative-headcount.csv'));
    expect(negative.rows[2]).toEqual([4, 'Midwife', 'Band 6', '-3', '49.2']);
  });

  it('keeps quoted newlines, doubled quotes, delimiters, a lone CR and surrounding spaces; counts records, not lines', async () => {
    const read = await readAll(fixture('quoted-newlines.csv'));
    expect(read.head.headers).toEqual(['Id', 'Comment', 'Band']);
    expect(read.rows).toEqual([
      [2, '1', 'Line one\nLine two', 'Band 5'],
      [3, '2', 'Has "quotes" and, commas', 'Band 6'],
      [4, '3', 'CRLF\r\ninside', 'Band 7'],
      [5, '4', 'lone\rCR', 'Band 8a'],
      [6, '5', '', 'Band 2'],
      [7, '6', '  spaced  ', 'Band 3'],
    ]);
  });

  it('skips blank lines and rows of empty values but numbers rows as Excel does', async () => {
    expect((await readAll(fixture('blank-lines.csv'))).rows).toEqual([
      [3, 'Nursing', 'Band 5'],
      [6, 'Medical', 'Consultant'],
    ]);
    const leading = await readAll(fixture('leading-blank.csv'));
    expect(leading.head.headerRow).toBe(3);
    expect(leading.rows).toEqual([[4, '1', '2', '3']]);
  });

  it('reads CR-only line ends (old Mac Excel)', async () => {
    expect((await readAll(fixture('old-mac.csv'))).rows).toEqual([
      [2, 'Nursing', 'Band 5'],
      [3, 'Medical', 'Consultant\rgrade'],
    ]);
  });

  it('parses the same at every block size, multi-byte characters cut included', async () => {
    for (const name of ['person-utf8.csv', 'person-utf8-bom.csv', 'person-windows-1252.csv', 'quoted-newlines.csv', 'blank-lines.csv', 'old-mac.csv']) {
      const whole = await readAll(fixture(name));
      for (const chunkBytes of [1, 2, 3, 5, 7, 64]) {
        const cut = await readAll(fixture(name), { chunkBytes, columns: whole.head.headers });
        expect(cut.rows, `${name} in blocks of ${chunkBytes}`).toEqual(whole.rows);
        expect((await inspectTable(fixture(name), { chunkBytes })).sampleRows).toEqual(whole.rows.slice(0, 20).map(([, ...v]) => v));
      }
    }
  });

  it('does not count a trailing newline as a row, and reads a last row without one', async () => {
    const withNewline = tempFile('.csv', 'A,B\n1,2\n');
    const without = tempFile('.csv', 'A,B\r\n1,2');
    const endsInDelimiter = tempFile('.csv', 'A,B\n1,');
    expect((await readAll(withNewline)).rows).toEqual([[2, '1', '2']]);
    expect((await readAll(without)).rows).toEqual([[2, '1', '2']]);
    expect((await readAll(endsInDelimiter)).rows).toEqual([[2, '1', '']]);
  });

  it('picks the delimiter most found in the header line outside quotes', async () => {
    const file = tempFile('.csv', '"a,b";"c,d";e\n1;2;3\n');
    const head = await inspectTable(file);
    expect(head.dialect?.delimiter).toBe(';');
    expect(head.headers).toEqual(['a,b', 'c,d', 'e']);
    const single = tempFile('.csv', 'Only\nx\n');
    expect((await inspectTable(single)).dialect?.delimiter).toBe(',');
  });
});

describe('CSV: encoding', () => {
  it('starts again as Windows-1252 when a byte far into the file is not UTF-8, telling the caller to reset', async () => {
    const line = 'Nursing and Midwifery Registered,Band 5,1\n';
    const lines = Math.ceil((2.5 * 1024 * 1024) / line.length);
    const body = Buffer.concat([
      Buffer.from(`Staff Group,Pay Band,FTE\n${line.repeat(lines)}`, 'latin1'),
      Buffer.from([0x41, 0xa3, 0x42, 0x2c, 0x42, 0x61, 0x6e, 0x64, 0x20, 0x36, 0x2c, 0x31, 0x0a]), // A£B,Band 6,1
    ]);
    const file = tempFile('.csv', body);
    expect((await inspectTable(file)).dialect?.encoding).toBe('utf-8');
    let restarts = 0;
    let rows = 0;
    let last: string[] = [];
    const events: string[] = [];
    const { rowsRead, head } = await readTable(file, {
      columns: ['Staff Group', 'Pay Band'],
      onHead: () => events.push('head'),
      onRestart: () => {
        restarts += 1;
        events.push(`restart after ${rows}`);
        rows = 0;
      },
      onRow: (values) => {
        rows += 1;
        last = [...values];
      },
    });
    expect(restarts).toBe(1);
    expect(events[0]).toBe('head');
    expect(events[1]).toMatch(/^restart after \d+$/);
    expect(Number(events[1]?.split(' ')[2])).toBeGreaterThan(1000);
    expect(events[2]).toBe('head');
    expect(rows).toBe(lines + 1);
    expect(rowsRead).toBe(lines + 1);
    expect(last).toEqual(['A£B', 'Band 6']);
    expect(head.dialect).toEqual({ encoding: 'windows-1252', delimiter: ',', bom: false });
  });

  it('does not call onRestart when nothing had been given yet', async () => {
    let restarts = 0;
    await readTable(fixture('person-windows-1252.csv'), { columns: ['Full Name'], onRow: () => undefined, onRestart: () => (restarts += 1) });
    expect(restarts).toBe(0);
  });

  it('treats a UTF-8 sequence cut off at the end of the file as not UTF-8', async () => {
    const file = tempFile('.csv', Buffer.concat([Buffer.from('Name\nCaf'), Buffer.from([0xc3])]));
    const read = await readAll(file);
    expect(read.head.dialect?.encoding).toBe('windows-1252');
    expect(read.rows).toEqual([[2, 'CafÃ']]);
  });

  it('with a BOM stays UTF-8, putting U+FFFD for a bad byte', async () => {
    const file = tempFile('.csv', Buffer.concat([Buffer.from('\uFEFFName\nA'), Buffer.from([0xa3]), Buffer.from('B\n')]));
    const read = await readAll(file);
    expect(read.head.dialect).toEqual({ encoding: 'utf-8', delimiter: ',', bom: true });
    expect(read.rows).toEqual([[2, 'A\uFFFDB']]);
  });
});

type Bad = [file: string, code: ImportFileErrorCode, row: number | null, column: string | null, text: string];

describe('bad files are refused with a code and a message naming file, row and column', () => {
  const cases: Bad[] = [
    ['empty.csv', 'EMPTY_FILE', null, null, 'is empty'],
    ['blank.csv', 'EMPTY_FILE', null, null, 'is empty'],
    ['header-only.csv', 'HEADER_ONLY', null, null, 'has a header row but no data rows'],
    ['unbalanced-quote.csv', 'UNBALANCED_QUOTE', 4, 'Full Name', 'row 4, column "Full Name" (B): a quoted value starts here but its closing quote is missing'],
    ['ragged.csv', 'RAGGED_ROW', 7, null, 'row 7: the row has 5 values but the header has 6 columns'],
    ['duplicate-header.csv', 'DUPLICATE_HEADER', 1, 'fte', 'appears twice, in columns D and G'],
    ['empty-header.csv', 'EMPTY_HEADER', 1, 'C', 'row 1, column C: this column has no name'],
    ['stray-quote.csv', 'STRAY_QUOTE', 3, 'Full Name', 'row 3, column "Full Name" (B)'],
    ['text-after-quote.csv', 'TEXT_AFTER_QUOTE', 4, 'Pay Band', 'row 4, column "Pay Band" (C)'],
    ['not-a-csv.csv', 'NOT_A_TABLE', null, null, 'is not a CSV or Excel .xlsx file'],
    ['old-excel.xls', 'OLD_EXCEL_FORMAT', null, null, 'old Excel 97-2003 format: save it as .xlsx or CSV'],
    ['random.bin', 'NOT_A_TABLE', null, null, 'is not a CSV or Excel .xlsx file'],
    ['encrypted.xlsx', 'XLSX_ENCRYPTED', null, null, 'password-protected'],
    ['unicode-text.txt', 'UNSUPPORTED_ENCODING', null, null, 'UTF-16'],
    ['damaged.xlsx', 'XLSX_DAMAGED', null, null, 'is not a valid .xlsx file (the zip structure is damaged)'],
    ['no-workbook.xlsx', 'XLSX_DAMAGED', null, null, 'is not a valid .xlsx file (the workbook part is missing)'],
    ['bomb-lying.xlsx', 'XLSX_DAMAGED', null, null, 'unpacks to more than the size its zip directory records'],
    ['unsupported-method.xlsx', 'XLSX_UNSUPPORTED', null, null, 'method 12'],
    ['header-only.xlsx', 'HEADER_ONLY', null, null, 'has a header row but no data rows in the sheet "Sheet1"'],
    ['empty-sheet.xlsx', 'EMPTY_FILE', null, null, 'has nothing in the sheet "Empty"'],
    ['ragged.xlsx', 'RAGGED_ROW', 3, 'E', 'row 3, column E: there is a value beyond the last column of the header (C)'],
    ['duplicate-header.xlsx', 'DUPLICATE_HEADER', 1, 'staff group', 'appears twice, in columns A and C'],
    ['empty-header.xlsx', 'EMPTY_HEADER', 1, 'B', 'row 1, column B'],
  ];

  it.each(cases)('%s → %s', async (name, code, row, column, text) => {
    const read = await failure(readTable(fixture(name), { columns: [], onRow: () => undefined }));
    expect(read).toMatchObject({ code, file: name, row, column });
    expect(read.message.startsWith(name)).toBe(true);
    expect(read.message).toContain(text);
    // Inspecting finds the same fault when it lies within the sample.
    const inspected = await failure(inspectTable(fixture(name)));
    expect(inspected.code).toBe(code);
  });

  it('names a required column that is missing, and lists the columns there are', async () => {
    const error = await failure(readTable(fixture('missing-column.csv'), { columns: ['Staff Group', 'Pay Band'], onRow: () => undefined }));
    expect(error).toMatchObject({ code: 'MISSING_COLUMN', column: 'Pay Band', row: null });
    expect(error.message).toBe(
      'missing-column.csv: required column "Pay Band" is missing; the columns are: "Employee Number", "Full Name", "Staff Group", "FTE".',
    );
  });

  it('says a file that is not there cannot be read, naming only its base name', async () => {
    const error = await failure(inspectTable(path.join(tmp, 'gone', 'staff.csv')));
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', file: 'staff.csv' });
    expect(error.message).not.toContain(tmp);
    expect((await failure(inspectTable(tmp))).code).toBe('FILE_UNREADABLE');
  });

  it('never quotes a cell value in a message', async () => {
    const file = tempFile('.csv', 'Name,Band\nJane Secret-Name,Band 5\n"Zebedee Quartermaine"x,Band 6\n');
    const error = await failure(readAll(file));
    expect(error.code).toBe('TEXT_AFTER_QUOTE');
    expect(error.message).not.toMatch(/Zebedee|Quartermaine|Secret/);
  });
});

describe('limits', () => {
  it('refuses a file over maxFileBytes before reading it', async () => {
    const size = fs.statSync(fixture('person-utf8.csv')).size;
    const error = await failure(inspectTable(fixture('person-utf8.csv'), { limits: { maxFileBytes: 512 } }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe(`person-utf8.csv is ${size} bytes; the limit is 512 bytes.`);
    const kb = await failure(inspectTable(fixture('person.xlsx'), { limits: { maxFileBytes: 1024 } }));
    expect(kb.message).toMatch(/^person\.xlsx is \d\.\d KB; the limit is 1 KB\.$/);
    const big = tempFile('.csv', 'A\n1\n');
    fs.truncateSync(big, Math.round(1.2 * 2 ** 30));
    const huge = await failure(readTable(big, { columns: ['A'], onRow: () => undefined }));
    expect(huge.message).toMatch(/^file-\d+\.csv is 1\.2 GB; the limit is 1 GB\.$/);
    fs.rmSync(big);
  });

  it('refuses too many columns, and a cell longer than maxCellChars', async () => {
    const wide = await failure(inspectTable(fixture('person-utf8.csv'), { limits: { maxColumns: 5 } }));
    expect(wide).toMatchObject({ code: 'TOO_MANY_COLUMNS', row: 1 });
    expect(wide.message).toContain('more than 5 columns');
    const long = await failure(readAll(fixture('person-utf8.csv'), { limits: { maxCellChars: 40 } }));
    expect(long).toMatchObject({ code: 'CELL_TOO_LONG', row: 2, column: 'Organisation' });
    const xlsx = await failure(readAll(fixture('person.xlsx'), { columns: ['Organisation'], limits: { maxCellChars: 40 } }));
    expect(xlsx).toMatchObject({ code: 'CELL_TOO_LONG', row: 2, column: 'Organisation' });
    expect(xlsx.message).toContain('person.xlsx, row 2, column "Organisation" (G): the value is longer than the limit of 40 characters.');
  });

  it('stops at the cell limit when a quote is never closed in a large file', async () => {
    const file = tempFile('.csv', `Name,Band\n"open,Band 5\n${'x,Band 5\n'.repeat(5000)}`);
    const error = await failure(readAll(file, { columns: ['Name'], limits: { maxCellChars: 1000 } }));
    expect(error).toMatchObject({ code: 'CELL_TOO_LONG', row: 2, column: 'Name' });
    expect(error.message).toContain('closing quote is probably missing');
  });

  it('refuses a row with far more values than the header without reading all of it', async () => {
    const file = tempFile('.csv', `A,B\n${'x,'.repeat(100_000)}x\n`);
    const error = await failure(readAll(file, { columns: ['A'] }));
    expect(error).toMatchObject({ code: 'RAGGED_ROW', row: 2 });
    expect(error.message).toContain('more than 501 values');
  });

  it('refuses an xlsx whose parts would inflate past maxExpandedBytes, before inflating', async () => {
    const error = await failure(readTable(fixture('bomb.xlsx'), { columns: [], onRow: () => undefined, limits: { maxExpandedBytes: 10 * 2 ** 20 } }));
    expect(error.code).toBe('EXPANDED_TOO_LARGE');
    expect(error.message).toContain('bomb.xlsx expands to more than 10 MB');
    // With the default limit the same file is just a sheet with a lot of whitespace in it.
    expect((await readAll(fixture('bomb.xlsx'))).rows).toEqual([[2, 'Nursing', 'Band 5']]);
  });
});

describe('xlsx', () => {
  const numericPerson = PERSON_ROWS.map((row) => row.map((cell, i) => (i === 5 && cell === '1.0' ? '1' : cell)));

  it('reads a workbook written by exceljs (shared strings after the sheets), first sheet by default', async () => {
    const head = await inspectTable(fixture('person.xlsx'));
    expect(head).toMatchObject({
      format: 'xlsx',
      sheets: ['Staff', 'Summary'],
      sheet: 'Staff',
      dialect: null,
      headers: [...PERSON_HEADERS],
      headerRow: 1,
      dataRowsInSample: 5,
    });
    expect(head.sampleRows).toEqual(numericPerson);
    expect((await readAll(fixture('person.xlsx'))).rows).toEqual(numbered(numericPerson));
  });

  it('reads another sheet by name (ignoring case)', async () => {
    const read = await readAll(fixture('person.xlsx'), { sheet: 'summary' });
    expect(read.head.sheet).toBe('Summary');
    expect(read.head.headers).toEqual([...AGGREGATED_HEADERS]);
    expect(read.rows).toEqual(numbered(AGGREGATED_ROWS.map((row) => row.map((c) => (c === '131.0' ? '131' : c)))));
  });

  it('refuses a sheet that does not exist, listing the sheets', async () => {
    const error = await failure(inspectTable(fixture('person.xlsx'), { sheet: 'Staff 2024' }));
    expect(error.code).toBe('NO_SUCH_SHEET');
    expect(error.message).toBe('person.xlsx has no sheet named "Staff 2024"; the sheets are: "Staff", "Summary".');
  });

  const inlineRows: [number, ...string[]][] = [
    [4, '10000001', 'Smith, Jane', 'Nursing & Midwifery', 'Band 5', '0.80000000000000004', 'TRUE'],
    [5, '10000002', 'Line\r\nbreak £€', '  Medical and Dental  ', 'Consultant', '1', 'FALSE'],
    [9, '10000003', '', '', 'Band 6', '', ''],
  ];

  it.each(['person-inline.xlsx', 'person-zip64.xlsx'])(
    '%s: inline strings, rich text, a header under blank rows, cells without references, the sheet’s row numbers',
    async (name) => {
      const read = await readAll(fixture(name));
      expect(read.head.headers).toEqual(['Employee Number', 'Full Name', 'Staff Group', 'Pay Band', 'FTE', 'Bank Holiday Worker']);
      expect(read.head.headerRow).toBe(3);
      expect(read.rows).toEqual(inlineRows);
    },
  );

  it('reads prefixed XML, a shared string with rich text and a phonetic run, and a sheet name with an entity', async () => {
    const read = await readAll(fixture('person-prefixed.xlsx'));
    expect(read.head.sheets).toEqual(['Staff & Co']);
    expect(read.rows).toEqual(numbered(PERSON_ROWS));
  });

  it('parses the same at every block size', async () => {
    for (const name of ['person.xlsx', 'person-inline.xlsx', 'person-prefixed.xlsx']) {
      const whole = await readAll(fixture(name));
      for (const chunkBytes of [1, 7, 64]) {
        const cut = await readAll(fixture(name), { chunkBytes, columns: whole.head.headers });
        expect(cut.rows, `${name} in blocks of ${chunkBytes}`).toEqual(whole.rows);
      }
    }
  });

  it('keeps only the shared strings of the wanted columns', async () => {
    const read = await readAll(fixture('person.xlsx'), { columns: ['Pay Band'] });
    expect(read.rows.map((r) => r[1])).toEqual(PERSON_ROWS.map((r) => r[4]));
  });
});

describe('progress and cancelling', () => {
  let bigCsv: string;
  let bigXlsx: string;
  const ROWS = 60_000;
  beforeAll(() => {
    const rows = Array.from({ length: ROWS }, (_, i) => [String(i), `Person ${i}`, i % 2 ? 'Band 5' : 'Band 6', '1']);
    bigCsv = tempFile('.csv', csvText(['Id', 'Name', 'Band', 'FTE'], rows));
    bigXlsx = tempFile('.xlsx', makeZip(workbookParts([{ name: 'Sheet1', xml: inlineSheet([['Id', 'Name', 'Band', 'FTE'], ...rows]) }], null)));
  });

  it.each([
    ['csv', () => bigCsv],
    ['xlsx', () => bigXlsx],
  ])('%s: progress rises to the total', async (_, file) => {
    const reports: [number, number][] = [];
    const { rowsRead } = await readTable(file(), { columns: ['Band'], onRow: () => undefined, onProgress: (a, b) => reports.push([a, b]) });
    expect(rowsRead).toBe(ROWS);
    const total = fs.statSync(file()).size;
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.at(-1)).toEqual([total, total]);
    for (let i = 1; i < reports.length; i += 1) expect(reports[i]![0]).toBeGreaterThanOrEqual(reports[i - 1]![0]);
  });

  it.each([
    ['csv', () => bigCsv],
    ['xlsx', () => bigXlsx],
  ])('%s: an abort stops the read promptly with an AbortError', async (_, file) => {
    const controller = new AbortController();
    let rows = 0;
    const error: unknown = await readTable(file(), {
      columns: ['Band'],
      signal: controller.signal,
      onRow: () => {
        rows += 1;
        if (rows === 10) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TableReadAbortedError);
    expect((error as Error).name).toBe('AbortError');
    expect(rows).toBeLessThan(ROWS / 2);
    const already = AbortSignal.abort();
    await expect(inspectTable(file(), { signal: already })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes an error thrown by onRow through as it is', async () => {
    const mine = new Error('mine');
    await expect(
      readTable(bigCsv, {
        columns: ['Band'],
        onRow: () => {
          throw mine;
        },
      }),
    ).rejects.toBe(mine);
  });
});

describe('detached values', () => {
  it('are equal strings, and a repeated value is the same copy', () => {
    const block = 'x'.repeat(100) + 'Nursing and Midwifery Registered' + 'y'.repeat(100);
    const slice = block.slice(100, 132);
    expect(detachString(slice)).toBe('Nursing and Midwifery Registered');
    expect(detachString('short')).toBe('short');
    const copier = new ValueCopier();
    const first = copier.copy(0, slice);
    expect(first).toBe(slice);
    expect(copier.copy(0, block.slice(100, 132))).toBe(first);
    for (let i = 0; i < 40; i += 1) expect(copier.copy(1, `Occupation number ${i}`)).toBe(`Occupation number ${i}`);
  });
});

/** Resolves, or rejects with an ImportFileError, within the time allowed: never anything else. */
async function settlesCleanly(promise: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the reader hung')), 5000);
  });
  try {
    await Promise.race([promise, timeout]);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
  } finally {
    clearTimeout(timer);
  }
}

describe('properties', () => {
  it('random bytes as .csv or .xlsx resolve or fail with an ImportFileError', async () => {
    const validXlsx = fs.readFileSync(fixture('person-inline.xlsx'));
    // Stored (not deflated), a changed byte reaches the XML scanner before the CRC is checked.
    const storedXlsx = makeZip(
      workbookParts([{ name: 'S', xml: inlineSheet([['A', 'B'], ['x &amp; y', '1'], ['z', '2']]) }], null).map((p) => ({ ...p, method: 0 })),
    );
    const mutated = (valid: Buffer) =>
      fc
        .tuple(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(valid.length))
        .map(([changes, cut]) => {
          const copy = Buffer.from(valid);
          for (const [at, value] of changes) copy[at] = value;
          return copy.subarray(0, Math.max(cut, valid.length - 40));
        });
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      // Zip-looking bytes get past format detection into the zip reader.
      fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b])),
      // A real workbook with a few bytes changed, or cut short.
      mutated(validXlsx),
      mutated(storedXlsx),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('.csv', '.xlsx'), fc.constantFrom(1, 5, 4096), async (content, extension, chunkBytes) => {
        const file = tempFile(extension, content);
        await settlesCleanly(inspectTable(file, { chunkBytes }));
        await settlesCleanly(readTable(file, { columns: [], onRow: () => undefined, chunkBytes }));
        await settlesCleanly(readTable(file, { columns: ['Employee Number', 'FTE'], onRow: () => undefined }));
        fs.rmSync(file);
      }),
      { numRuns: 400 },
    );
  });

  const cellChars = fc.constantFrom('a', 'b', 'Z', '1', ' ', '"', ',', ';', '\t', '\n', '\r', 'é', '£', '’', '😀', '中');
  const cell = fc.string({ unit: cellChars, maxLength: 12 });

  it('a well-formed CSV table round-trips exactly, in any dialect and block size', async () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
      fc.record({
        rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 12 }),
        quoteAll: fc.boolean(),
        delimiter: fc.constantFrom(',', ';', '\t'),
        newline: fc.constantFrom('\n', '\r\n'),
        bom: fc.boolean(),
        chunkBytes: fc.constantFrom(1, 3, 16, 65536),
      }),
    );
    await fc.assert(
      fc.asyncProperty(table, async ({ rows, quoteAll, delimiter, newline, bom, chunkBytes }) => {
        const columns = rows[0]!.length;
        const headers = Array.from({ length: columns }, (_, i) => `Column ${i + 1}`);
        // Quoting any delimiter keeps a one-column file unambiguous whichever is detected.
        const line = (cells: readonly string[]) =>
          quoteAll
            ? cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(delimiter)
            : cells.map((c) => (/[",;\t\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(delimiter);
        const text = (bom ? '\uFEFF' : '') + [headers, ...rows].map((r) => line(r) + newline).join('');
        const file = tempFile('.csv', text);
        // Rows with every value empty are skipped, as blank lines are.
        const expected = rows.map((r, i): [number, ...string[]] => [i + 2, ...r]).filter(([, ...r]) => r.some((c) => c !== ''));
        if (expected.length === 0) {
          expect((await failure(readAll(file, { columns: headers, chunkBytes }))).code).toBe('HEADER_ONLY');
        } else {
          const read = await readAll(file, { columns: headers, chunkBytes });
          expect(read.rows).toEqual(expected);
          expect(read.head.dialect?.delimiter).toBe(columns > 1 ? delimiter : ',');
        }
        fs.rmSync(file);
      }),
      { numRuns: 150 },
    );
  });

  it('a table written as xlsx inline strings reads back exactly', async () => {
    const xmlCell = fc.string({ unit: fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", '\n', 'é', '😀', '_', 'x'), maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(xmlCell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(13, 65536),
        async (rows, chunkBytes) => {
          // Excel's _xHHHH_ escape would change a value that happens to look like one.
          fc.pre(rows.every((r) => r.every((c) => !/_x[0-9A-Fa-f]{4}_/.test(c))));
          const headers = ['A', 'B', 'C'];
          const file = tempFile('.xlsx', makeZip(workbookParts([{ name: 'S', xml: inlineSheet([headers, ...rows]) }], null)));
          const expected = rows.map((r, i): [number, ...string[]] => [i + 2, ...r]).filter(([, ...r]) => r.some((c) => c !== ''));
          if (expected.length === 0) {
            expect((await failure(readAll(file, { columns: headers, chunkBytes }))).code).toBe('HEADER_ONLY');
          } else {
            expect((await readAll(file, { columns: headers, chunkBytes })).rows).toEqual(expected);
          }
          fs.rmSync(file);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('fixture helpers', () => {
  it('quote only where RFC 4180 needs it', () => {
    expect(csvLine(['a', 'b,c', 'd"e', 'f\ng'], ',')).toBe('a,"b,c","d""e","f\ng"');
    expect(escapeXml('<&>"')).toBe('&lt;&amp;&gt;&quot;');
  });
});

describe('choosing the sheet of a workbook', () => {
  it('with no sheet named, skips a notes sheet with no table and reads the first that has one', async () => {
    const file = path.join(tmp, 'notes-first.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRow(['Extracted from ESR']);
    workbook.addWorksheet('Blank');
    const staff = workbook.addWorksheet('Staff in post');
    staff.addRow(['Staff Group', 'Pay Band']);
    staff.addRow(['Medical and Dental', 'Consultant']);
    await workbook.xlsx.writeFile(file);
    const head = await inspectTable(file);
    expect(head.sheet).toBe('Staff in post');
    expect(head.sheets).toEqual(['Read me', 'Blank', 'Staff in post']);
    expect(head.headers).toEqual(['Staff Group', 'Pay Band']);
    // Named, the notes sheet is read as asked, and refused for having no data rows.
    await expect(inspectTable(file, { sheet: 'Read me' })).rejects.toMatchObject({ code: 'HEADER_ONLY' });
  });
});
