import type { ColumnMapping, ScanGroup, ScanResult } from '../../../shared/workforce/types';
import { ImportFileError, detachString, readTable } from './reader';
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

  let groups = new Map<string, Accumulator>();
  let rowsRead = 0;
  let fileName = '';
  let headers: readonly string[] = [];

  const fail = (row: number, column: string, message: string): never => {
    const letter = columnLetter(headers.indexOf(column));
    throw new ImportFileError('BAD_VALUE', fileName, row, column, `${fileName}, row ${row}, column "${column}"${letter}: ${message}`);
  };

  const { head } = await readTable(filePath, {
    ...(options.sheet !== null ? { sheet: options.sheet } : {}),
    columns: names,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    onHead: (h) => {
      fileName = h.fileName;
      headers = h.headers;
    },
    onRestart: () => {
      groups = new Map();
      rowsRead = 0;
    },
    onProgress: (bytesRead, totalBytes) => options.onProgress?.(bytesRead, totalBytes, rowsRead),
    onRow: (values, row) => {
      rowsRead += 1;
      const group = groupAt >= 0 ? (values[groupAt] ?? '').trim() : '';
      const occupation = occupationAt >= 0 ? (values[occupationAt] ?? '').trim() : '';
      const level = (values[levelAt] ?? '').trim();
      let headcount = 1;
      if (headcountAt >= 0) headcount = parseHeadcount(values[headcountAt] ?? '', (m) => fail(row, names[headcountAt] ?? '', m));
      const fte = hasFte ? parseFte(values[fteAt] ?? '', (m) => fail(row, names[fteAt] ?? '', m)) : 0;
      const key = `${group}\u0001${occupation}\u0001${level}`;
      let entry = groups.get(key);
      if (!entry) {
        if (groups.size >= maxGroups) {
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
        groups.set(detachString(key), entry);
      }
      entry.rows += 1;
      entry.headcount += headcount;
      entry.fte += fte;
    },
  });
  fileName = head.fileName;

  const result: ScanGroup[] = [...groups.values()].map((g) => ({
    group: g.group,
    occupation: g.occupation,
    level: g.level,
    rows: g.rows,
    headcount: g.headcount,
    fte: hasFte ? Math.round(g.fte * 1e6) / 1e6 : null,
  }));
  return { rowsRead, groups: result };
}

/** ", (D)" for the fourth column; empty when the column is unknown. */
function columnLetter(index: number): string {
  if (index < 0) return '';
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return ` (${letters})`;
}

const DECIMAL = /^\d+(?:\.\d+)?$|^\.\d+$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

/** Whole-time equivalent: a number from 0 up; a decimal comma is accepted, as semicolon CSVs use. */
export function parseFte(raw: string, fail: (message: string) => never): number {
  const text = raw.trim();
  if (text === '') return fail('the FTE is blank. Every row needs a number (0 to 1.5, say), or leave FTE unmapped.');
  if (text.startsWith('-')) return fail(`"${clip(text)}" is negative. FTE must be 0 or more.`);
  const normal = DECIMAL_COMMA.test(text) ? text.replace(',', '.') : text;
  if (!DECIMAL.test(normal)) return fail(`"${clip(text)}" is not a number. FTE must be a number such as 1 or 0.8.`);
  return Number(normal);
}

const WHOLE = /^\d+$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const WHOLE_DECIMAL = /^\d+\.0+$/;

/** Headcount: a whole number from 0 up ("1,234" and spreadsheets' "12.0" accepted). */
export function parseHeadcount(raw: string, fail: (message: string) => never): number {
  const text = raw.trim();
  if (text === '') return fail('the headcount is blank. Every row needs a whole number of people.');
  if (text.startsWith('-')) return fail(`"${clip(text)}" is negative. A headcount must be 0 or more.`);
  let value: number;
  if (WHOLE.test(text) || WHOLE_DECIMAL.test(text)) value = Number(text);
  else if (THOUSANDS.test(text)) value = Number(text.replaceAll(',', ''));
  else if (/^\d+(?:\.\d+)?$/.test(text)) return fail(`"${clip(text)}" is not a whole number. A headcount counts people.`);
  else return fail(`"${clip(text)}" is not a number. A headcount must be a whole number such as 12.`);
  if (!Number.isSafeInteger(value)) return fail(`"${clip(text)}" is too large to be a headcount.`);
  return value;
}

/** A value quoted back in a message is cut short: it may be long, and it is the user's own data. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
