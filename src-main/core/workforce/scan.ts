import { SOURCE_TEXT_MAX } from '../../../shared/workforce/mapping-schemas';
import type { ColumnMapping, ScanGroup, ScanResult } from '../../../shared/workforce/types';
import { ImportFileError, detachString, readTable } from './reader';
import { describeColumn } from './reader/errors';
import type { TableLimits } from './reader';

export type ScanOptions = {
  readonly sheet: string | null;
  readonly columns: ColumnMapping;
  readonly onProgress?: (bytesRead: number, totalBytes: number, rowsRead: number) => void;
  readonly signal?: AbortSignal;
  readonly limits?: Partial<TableLimits>;
  /** More distinct combinations than this means a column holds something else (names, say). */
  readonly maxGroups?: number;
};

export const DEFAULT_MAX_GROUPS = 20_000;

/** The header names to read, in a fixed order the row handler relies on. */
export function wantedColumns(columns: ColumnMapping): string[] {
  if (columns.shape === 'person') {
    return [columns.staffGroup ?? '', columns.occupation ?? '', columns.level, columns.fte ?? ''].filter((c) => c !== '');
  }
  return [columns.profession, columns.level, columns.headcount, columns.fte ?? ''].filter((c) => c !== '');
}

type Accumulator = { group: string; occupation: string; level: string; rows: number; headcount: number; fte: number };

/** Nested by value, so no separator character in a file's value can merge two combinations. */
type Tree = Map<string, Map<string, Map<string, Accumulator>>>;

/** A category value is short; a longer one cannot be mapped (the mapping's keys stop here). */
export const MAX_VALUE_CHARS = SOURCE_TEXT_MAX;

/** Person-level files from this many rows up are checked for a column of names or numbers. */
const IDENTIFIER_CHECK_MIN_ROWS = 200;
/** A category column has far fewer values than rows; names and staff numbers have nearly one each. */
const IDENTIFIER_SHARE = 0.8;

/** The most FTE one person (one row of a staff list) can hold. */
const MAX_FTE_PER_PERSON = 5;

/**
 * Reads the whole file once and keeps only the distinct combinations of the mapped columns'
 * values with their counts: memory grows with the number of categories, never with the rows,
 * and nothing that identifies a person survives the row it was read from.
 */
export async function scanFile(filePath: string, options: ScanOptions): Promise<ScanResult> {
  const { columns } = options;
  const maxGroups = options.maxGroups ?? DEFAULT_MAX_GROUPS;
  const names = wantedColumns(columns);
  const index = (name: string | null) => (name === null ? -1 : names.indexOf(name));
  const groupAt = columns.shape === 'person' ? index(columns.staffGroup) : index(columns.profession);
  const occupationAt = columns.shape === 'person' ? index(columns.occupation) : -1;
  const levelAt = index(columns.level);
  const headcountAt = columns.shape === 'aggregated' ? index(columns.headcount) : -1;
  const fteAt = index(columns.fte);
  const hasFte = fteAt >= 0;
  const maxFte = columns.shape === 'person' ? MAX_FTE_PER_PERSON : Number.MAX_SAFE_INTEGER;

  let tree: Tree = new Map();
  let groupCount = 0;
  let rowsRead = 0;
  let fileName = '';
  let headers: readonly string[] = [];
  let decimalComma = false;

  const fail = (row: number, column: string, message: string): never => {
    const at = headers.indexOf(column);
    const where = at >= 0 ? describeColumn(at, column) : `column "${column}"`;
    throw new ImportFileError('BAD_VALUE', fileName, row, column, `${fileName}, row ${row}, ${where}: ${message}`);
  };
  const category = (values: readonly string[], at: number, row: number): string => {
    if (at < 0) return '';
    const value = (values[at] ?? '').trim();
    if (value.length > MAX_VALUE_CHARS) {
      fail(row, names[at] ?? '', `the value is longer than ${MAX_VALUE_CHARS} characters, too long for a staff group, occupation or band. Check that this is the right column.`);
    }
    // The one value an object key cannot hold; no real category is called this.
    if (value === '__proto__') fail(row, names[at] ?? '', 'the value "__proto__" cannot be used. Change it in the file.');
    return value;
  };

  const { head } = await readTable(filePath, {
    ...(options.sheet !== null ? { sheet: options.sheet } : {}),
    columns: names,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    onHead: (h) => {
      fileName = h.fileName;
      headers = h.headers;
      // Only a semicolon file can use a decimal comma: elsewhere "1,234" is a thousand.
      decimalComma = h.dialect?.delimiter === ';';
    },
    onRestart: () => {
      tree = new Map();
      groupCount = 0;
      rowsRead = 0;
    },
    onProgress: (bytesRead, totalBytes) => options.onProgress?.(bytesRead, totalBytes, rowsRead),
    onRow: (values, row) => {
      rowsRead += 1;
      const group = category(values, groupAt, row);
      const occupation = category(values, occupationAt, row);
      const level = category(values, levelAt, row);
      let headcount = 1;
      if (headcountAt >= 0) headcount = parseHeadcount(values[headcountAt] ?? '', (m) => fail(row, names[headcountAt] ?? '', m));
      const fte = hasFte ? parseFte(values[fteAt] ?? '', (m) => fail(row, names[fteAt] ?? '', m), { decimalComma, max: maxFte }) : 0;
      let byOccupation = tree.get(group);
      if (!byOccupation) {
        byOccupation = new Map();
        tree.set(detachString(group), byOccupation);
      }
      let byLevel = byOccupation.get(occupation);
      if (!byLevel) {
        byLevel = new Map();
        byOccupation.set(detachString(occupation), byLevel);
      }
      let entry = byLevel.get(level);
      if (!entry) {
        if (groupCount >= maxGroups) {
          throw new ImportFileError(
            'TOO_MANY_VALUES',
            fileName,
            row,
            null,
            `${fileName}, row ${row}: the columns chosen hold more than ${maxGroups.toLocaleString('en-GB')} different combinations of values. ` +
              'Check that each chosen column holds a staff group, occupation, pay band or grade, and not names or numbers of people.',
          );
        }
        // Detached: a value sliced from a decoded block would keep the whole block alive.
        entry = { group: detachString(group), occupation: detachString(occupation), level: detachString(level), rows: 0, headcount: 0, fte: 0 };
        byLevel.set(entry.level, entry);
        groupCount += 1;
      }
      entry.rows += 1;
      entry.headcount += headcount;
      entry.fte += fte;
    },
  });
  fileName = head.fileName;

  const accumulators = [...tree.values()].flatMap((o) => [...o.values()].flatMap((l) => [...l.values()]));
  if (columns.shape === 'person') refuseIdentifierColumns(accumulators, rowsRead, fileName, names, { groupAt, occupationAt, levelAt });
  const result: ScanGroup[] = accumulators.map((g) => ({
    group: g.group,
    occupation: g.occupation,
    level: g.level,
    rows: g.rows,
    headcount: g.headcount,
    fte: hasFte ? Math.round(g.fte * 1e6) / 1e6 : null,
  }));
  return { rowsRead, groups: result };
}

/**
 * A column with a different value in almost every row of a staff list holds names or staff
 * numbers, not categories: refused, so those values never reach the screen or a saved mapping.
 */
function refuseIdentifierColumns(
  groups: readonly Accumulator[],
  rowsRead: number,
  fileName: string,
  names: readonly string[],
  at: { readonly groupAt: number; readonly occupationAt: number; readonly levelAt: number },
): void {
  if (rowsRead < IDENTIFIER_CHECK_MIN_ROWS) return;
  const checks = [
    [at.groupAt, (g: Accumulator) => g.group],
    [at.occupationAt, (g: Accumulator) => g.occupation],
    [at.levelAt, (g: Accumulator) => g.level],
  ] as const;
  for (const [column, valueOf] of checks) {
    if (column < 0) continue;
    const distinct = new Set(groups.map(valueOf)).size;
    if (distinct > rowsRead * IDENTIFIER_SHARE) {
      const name = names[column] ?? '';
      throw new ImportFileError(
        'TOO_MANY_VALUES',
        fileName,
        null,
        name,
        `${fileName}, column "${name}": almost every row has a different value (${distinct.toLocaleString('en-GB')} in ${rowsRead.toLocaleString('en-GB')} rows), ` +
          'so it looks like names or staff numbers rather than a staff group, occupation or band. Choose another column.',
      );
    }
  }
}

const DECIMAL = /^\d+(?:\.\d+)?$|^\.\d+$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
/** Quoted back only when it is plainly a number gone wrong: other text may be a name. */
const NUMBERISH = /^[\d\s.,+-]{1,20}$/;

function quote(text: string): string {
  return NUMBERISH.test(text) ? `"${text}"` : 'the value';
}

/**
 * Whole-time equivalent: a number from 0 up. A decimal comma ("0,8") is accepted only in a
 * semicolon-separated file, where the locale that writes it puts it.
 */
export function parseFte(
  raw: string,
  fail: (message: string) => never,
  options: { readonly decimalComma: boolean; readonly max: number } = { decimalComma: false, max: Number.MAX_SAFE_INTEGER },
): number {
  const text = raw.trim();
  if (text === '') return fail('the FTE is blank. Every row needs a number (0 to 1.5, say), or leave FTE unmapped.');
  if (text.startsWith('-')) return fail(`${quote(text)} is negative. FTE must be 0 or more.`);
  let normal = text;
  if (DECIMAL_COMMA.test(text)) {
    if (!options.decimalComma) return fail(`${quote(text)} has a comma. Write FTE with a decimal point, such as 0.8.`);
    normal = text.replace(',', '.');
  }
  if (!DECIMAL.test(normal)) return fail(`${quote(text)} is not a number. FTE must be a number such as 1 or 0.8.`);
  const value = Number(normal);
  if (!Number.isFinite(value) || value > options.max) {
    return fail(`${quote(text)} is more than ${options.max.toLocaleString('en-GB')}, too many for one row. Check that this is the FTE column.`);
  }
  return value;
}

const WHOLE = /^\d+$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const WHOLE_DECIMAL = /^\d+\.0+$/;

/** Headcount: a whole number from 0 up ("1,234" and spreadsheets' "12.0" accepted). */
export function parseHeadcount(raw: string, fail: (message: string) => never): number {
  const text = raw.trim();
  if (text === '') return fail('the headcount is blank. Every row needs a whole number of people.');
  if (text.startsWith('-')) return fail(`${quote(text)} is negative. A headcount must be 0 or more.`);
  let value: number;
  if (WHOLE.test(text) || WHOLE_DECIMAL.test(text)) value = Number(text);
  else if (THOUSANDS.test(text)) value = Number(text.replaceAll(',', ''));
  else if (/^\d+(?:\.\d+)?$/.test(text)) return fail(`${quote(text)} is not a whole number. A headcount counts people.`);
  else return fail(`${quote(text)} is not a number. A headcount must be a whole number such as 12.`);
  if (!Number.isSafeInteger(value)) return fail(`${quote(text)} is too large to be a headcount.`);
  return value;
}
