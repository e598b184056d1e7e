import type { ColumnMapping, ImportShape } from './types';
import { normaliseValue, suggestGroup, suggestLevel, suggestOccupation } from './recognise';

/** What a column can hold; staff group and profession are the same kind of column. */
type ColumnKind = 'group' | 'occupation' | 'level' | 'fte' | 'headcount';

/** The roles a column can play in either shape, as named in ColumnMapping. */
export type ColumnField = 'staffGroup' | 'occupation' | 'level' | 'fte' | 'profession' | 'headcount';

/** As the field is named in messages ("Choose the column that holds the …"). */
export const COLUMN_FIELD_LABELS: Readonly<Record<ColumnField, string>> = {
  staffGroup: 'staff group',
  occupation: 'occupation or job role',
  level: 'pay band or grade',
  fte: 'FTE',
  profession: 'profession',
  headcount: 'headcount',
};

type Synonyms = {
  /** Also found inside a longer header ("AfC Pay Band", "Sum of FTE"). */
  readonly anywhere: readonly string[];
  /** Too general to trust inside a longer header ("Role Start Date", "Assignment Number"). */
  readonly exact: readonly string[];
};

const SYNONYMS: Readonly<Record<ColumnKind, Synonyms>> = {
  group: {
    anywhere: ['staff group', 'professional group', 'profession', 'occupational group', 'profession group'],
    exact: ['group', 'professions'],
  },
  occupation: {
    anywhere: ['occupation', 'job role', 'job title', 'position title', 'post title'],
    exact: ['role', 'position', 'job', 'title'],
  },
  level: {
    anywhere: ['pay band', 'band', 'grade', 'afc band', 'pay grade', 'pay scale', 'agenda for change band'],
    exact: ['level', 'levels', 'bands', 'grades'],
  },
  fte: {
    anywhere: ['fte', 'wte', 'whole time equivalent', 'full time equivalent'],
    exact: [],
  },
  headcount: {
    anywhere: ['headcount', 'head count', 'staff in post', 'count'],
    exact: ['number', 'n', 'total', 'number of staff', 'no of staff', 'staff', 'people'],
  },
};

/**
 * Header words that mark a column as something else: a code or identifier ("Occupation Code" holds
 * "N0A", not "Staff Nurse"), or a date ("Grade Start Date").
 */
const CODE_WORDS = ['code', 'codes', 'id', 'ref', 'reference'];
const DATE_WORDS = ['date', 'start', 'end', 'from', 'to'];

function hasWord(normalised: string, word: string): boolean {
  return ` ${normalised} `.includes(` ${word} `);
}

/** How strongly a header names a kind of column: 3 exact, 2 within a longer header, 0 not at all. */
function headerScore(header: string, kind: ColumnKind): number {
  const text = normaliseValue(header);
  if (text === '' || DATE_WORDS.some((word) => hasWord(text, word))) return 0;
  const { anywhere, exact } = SYNONYMS[kind];
  let score = 0;
  if (anywhere.includes(text) || exact.includes(text)) score = 3;
  else if (anywhere.some((phrase) => hasWord(text, phrase))) score = 2;
  // A code column is kept as a last resort, below any column of descriptions.
  if (score > 0 && CODE_WORDS.some((word) => hasWord(text, word))) score = 0.5;
  return score;
}

function parseNumber(value: string): number | null {
  const text = value.trim().replace(/,/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/** Share of the non-blank sample values that pass `test`; 0 with no values to judge. */
function shareOf(values: readonly string[], test: (value: string) => boolean): number {
  const filled = values.filter((value) => value.trim() !== '');
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

function isWholeCount(value: string): boolean {
  const number = parseNumber(value);
  return number !== null && Number.isInteger(number) && number >= 0;
}

function isFte(value: string): boolean {
  const number = parseNumber(value);
  // No upper limit: an aggregated table's FTE column holds sums, not one person's FTE.
  return number !== null && number >= 0;
}

/** How far the sample values look like the kind of column, from 0 to 1. */
function valueShare(values: readonly string[], kind: ColumnKind): number {
  switch (kind) {
    case 'group':
      return shareOf(values, (value) => suggestGroup(value) !== null);
    case 'occupation':
      return shareOf(values, (value) => suggestOccupation(value) !== null);
    case 'level':
      return shareOf(values, (value) => suggestLevel(value) !== null);
    case 'fte':
      return shareOf(values, isFte);
    case 'headcount':
      return shareOf(values, isWholeCount);
  }
}

/**
 * A column with no recognised header can still be a staff group or level column when most of its
 * sample values say so (a "Prof" column of "Nurses", "Doctors"...). Numbers never qualify that way:
 * too many columns hold numbers.
 */
const VALUE_ONLY_KINDS: readonly ColumnKind[] = ['group', 'level'];
const VALUE_ONLY_SHARE = 0.6;

type Candidate = { readonly field: ColumnField; readonly header: string; readonly score: number };

/**
 * The best column for each field, one column per field and one field per column: the strongest
 * (field, column) pairs are taken first, so a column that is plainly the pay band is not lost to
 * a weaker claim.
 */
function assign(
  fields: readonly (readonly [ColumnField, ColumnKind])[],
  headers: readonly string[],
  columnValues: (index: number) => readonly string[],
): Readonly<Partial<Record<ColumnField, string>>> {
  const unique = headers.map((header) => headers.filter((other) => other === header).length === 1);
  const candidates: Candidate[] = [];
  for (const [field, kind] of fields) {
    headers.forEach((header, index) => {
      if (!unique[index] || header.trim() === '') return;
      const byHeader = headerScore(header, kind);
      const share = valueShare(columnValues(index), kind);
      if (byHeader > 0) candidates.push({ field, header, score: byHeader + 2 * share });
      else if (VALUE_ONLY_KINDS.includes(kind) && share >= VALUE_ONLY_SHARE) {
        candidates.push({ field, header, score: 2 * share - 0.5 });
      }
    });
  }
  // Stable sort: equal scores keep field order, then header order.
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Partial<Record<ColumnField, string>> = {};
  const used = new Set<string>();
  for (const { field, header } of candidates) {
    if (chosen[field] !== undefined || used.has(header)) continue;
    chosen[field] = header;
    used.add(header);
  }
  return chosen;
}

export type PersonColumnSuggestion = {
  readonly staffGroup: string | null;
  readonly occupation: string | null;
  readonly level: string | null;
  readonly fte: string | null;
};

export type AggregatedColumnSuggestion = {
  readonly profession: string | null;
  readonly level: string | null;
  readonly headcount: string | null;
  readonly fte: string | null;
};

export type ColumnSuggestion = {
  /** The shape the file most likely has; the user confirms it. */
  readonly shape: ImportShape;
  /** False when the evidence points both ways: ask the user rather than presume. */
  readonly confident: boolean;
  /** Why, in sentences the screen can show. */
  readonly reasons: readonly string[];
  /** The best columns for each shape, so switching shape keeps a sensible choice. */
  readonly person: PersonColumnSuggestion;
  readonly aggregated: AggregatedColumnSuggestion;
  /** A complete mapping of `shape` when every column it needs was found; null otherwise. */
  readonly columns: ColumnMapping | null;
};

/** Share of whole numbers a headcount column needs before the file counts as aggregated. */
const WHOLE_COUNT_SHARE = 0.9;

/**
 * Suggests the columns and the shape of a file from its headers and a few of its rows.
 * Aggregated when a column of whole-number headcounts sits beside a profession column; person
 * level otherwise. Headcounts of only 0 and 1 with repeated profession and band pairs are read
 * as one row per person: ESR extracts often carry such a headcount flag.
 */
export function suggestColumns(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
): ColumnSuggestion {
  const columnValues = (index: number): readonly string[] => sampleRows.map((row) => row[index] ?? '');
  const valuesOf = (header: string | null): readonly string[] =>
    header === null ? [] : columnValues(headers.indexOf(header));

  const p = assign(
    [
      ['staffGroup', 'group'],
      ['occupation', 'occupation'],
      ['level', 'level'],
      ['fte', 'fte'],
    ],
    headers,
    columnValues,
  );
  const a = assign(
    [
      ['profession', 'group'],
      ['level', 'level'],
      ['headcount', 'headcount'],
      ['fte', 'fte'],
    ],
    headers,
    columnValues,
  );
  const person: PersonColumnSuggestion = {
    staffGroup: p.staffGroup ?? null,
    occupation: p.occupation ?? null,
    level: p.level ?? null,
    fte: p.fte ?? null,
  };
  const aggregated: AggregatedColumnSuggestion = {
    profession: a.profession ?? null,
    level: a.level ?? null,
    headcount: a.headcount ?? null,
    fte: a.fte ?? null,
  };

  const { shape, confident, reasons } = decideShape(aggregated, valuesOf);
  return { shape, confident, reasons, person, aggregated, columns: complete(shape, person, aggregated) };
}

function decideShape(
  aggregated: AggregatedColumnSuggestion,
  valuesOf: (header: string | null) => readonly string[],
): { shape: ImportShape; confident: boolean; reasons: string[] } {
  const { headcount, profession, level } = aggregated;
  if (headcount === null) {
    return { shape: 'person', confident: true, reasons: ['No headcount column found: read as one row per person.'] };
  }
  const counts = valuesOf(headcount);
  if (shareOf(counts, isWholeCount) < WHOLE_COUNT_SHARE) {
    return {
      shape: 'person',
      confident: false,
      reasons: [`"${headcount}" does not hold whole numbers, so it is not read as a headcount: one row per person.`],
    };
  }
  if (profession === null) {
    return {
      shape: 'person',
      confident: false,
      reasons: [`"${headcount}" looks like a headcount, but no profession column was found: one row per person.`],
    };
  }

  const aboveOne = counts.some((value) => (parseNumber(value) ?? 0) > 1);
  const professions = valuesOf(profession);
  const levels = valuesOf(level);
  const pairs = professions.map((value, index) => `${value.trim()}\u0000${(levels[index] ?? '').trim()}`);
  const repeats = new Set(pairs).size < pairs.length;
  const onceEach = repeats ? 'the same profession and band appear on more than one row' : 'each profession and band appears once';

  if (aboveOne && !repeats) {
    return {
      shape: 'aggregated',
      confident: true,
      reasons: [`"${headcount}" holds headcounts above 1 and ${onceEach}: read as an aggregated table.`],
    };
  }
  if (!aboveOne && repeats) {
    return {
      shape: 'person',
      confident: true,
      reasons: [`"${headcount}" holds only 0s and 1s and ${onceEach}: read as one row per person.`],
    };
  }
  // Counts above 1 on repeated pairs: an aggregated table broken down further (by site or
  // directorate), most likely. Only 0s and 1s on distinct pairs: too few rows to tell.
  return {
    shape: aboveOne ? 'aggregated' : 'person',
    confident: false,
    reasons: [
      aboveOne
        ? `"${headcount}" holds headcounts above 1, but ${onceEach}: probably an aggregated table split by another column. Please confirm.`
        : `"${headcount}" holds only 0s and 1s and ${onceEach}: could be either shape. Please confirm.`,
    ],
  };
}

function complete(
  shape: ImportShape,
  person: PersonColumnSuggestion,
  aggregated: AggregatedColumnSuggestion,
): ColumnMapping | null {
  if (shape === 'person') {
    if (person.level === null || (person.staffGroup === null && person.occupation === null)) return null;
    return { shape, ...person, level: person.level };
  }
  const { profession, level, headcount, fte } = aggregated;
  if (profession === null || level === null || headcount === null) return null;
  return { shape, profession, level, headcount, fte };
}

export type ColumnProblem = { readonly field: ColumnField; readonly message: string };

/**
 * Problems with a column mapping against a file's headers, each against the field to change:
 * a required column not chosen, a column not in the file or named twice in it, or one column
 * chosen for two fields. Empty when the mapping can be used.
 */
export function validateColumns(headers: readonly string[], columns: ColumnMapping): ColumnProblem[] {
  const fields: readonly (readonly [ColumnField, string | null, boolean])[] =
    columns.shape === 'person'
      ? [
          ['staffGroup', columns.staffGroup, false],
          ['occupation', columns.occupation, false],
          ['level', columns.level, true],
          ['fte', columns.fte, false],
        ]
      : [
          ['profession', columns.profession, true],
          ['level', columns.level, true],
          ['headcount', columns.headcount, true],
          ['fte', columns.fte, false],
        ];

  const isBlank = (header: string | null): boolean => (header?.trim() ?? '') === '';
  const problems: ColumnProblem[] = [];
  const inFile = headers.map((header) => header.trim());
  const chosenBy = new Map<string, ColumnField>();
  for (const [field, chosen, required] of fields) {
    const label = COLUMN_FIELD_LABELS[field];
    const header = chosen?.trim() ?? '';
    if (header === '') {
      if (required) problems.push({ field, message: `Choose the column that holds the ${label}` });
      continue;
    }
    const copies = inFile.filter((name) => name === header).length;
    if (copies === 0) {
      problems.push({ field, message: `This file has no column called "${header}": choose the column that holds the ${label}` });
    } else if (copies > 1) {
      problems.push({
        field,
        message: `This file has ${copies} columns called "${header}": rename them in the file, or choose another column for the ${label}`,
      });
    }
    const earlier = chosenBy.get(header);
    if (earlier === undefined) chosenBy.set(header, field);
    else {
      problems.push({
        field,
        message: `"${header}" is already chosen for the ${COLUMN_FIELD_LABELS[earlier]}: choose a different column for the ${label}`,
      });
    }
  }
  if (columns.shape === 'person' && isBlank(columns.staffGroup) && isBlank(columns.occupation)) {
    problems.push({
      field: 'staffGroup',
      message: 'Choose the column that holds the staff group, the occupation or job role, or both',
    });
  }
  return problems;
}
