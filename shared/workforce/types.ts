import type { ProfessionId } from '../framework/professions';
import type { LevelId } from '../framework/levels';

/**
 * Staff who are not clinical are counted apart under this key, so they are never mixed into
 * clinical shares (PRODUCT.md, "Professions and levels").
 */
export const NON_CLINICAL = 'non-clinical' as const;

export type StaffGroupId = ProfessionId | typeof NON_CLINICAL;

/** One aggregated cell of a snapshot: all that ever reaches the database from an import. */
export type WorkforceCount = {
  readonly professionId: StaffGroupId;
  readonly levelId: LevelId;
  readonly headcount: number;
  /** Null when the source had no FTE column. */
  readonly fte: number | null;
};

/** What the analysis counts: people, or whole-time equivalents. */
export type Measure = 'headcount' | 'fte';

/** "FTE" or "headcount", as the screens, the report and the exports write it. */
export function measureName(measure: Measure): string {
  return measure === 'fte' ? 'FTE' : 'headcount';
}

/** Person-level: one row per employee or assignment. Aggregated: profession, level, headcount. */
export type ImportShape = 'person' | 'aggregated';

/** Columns are named by their header, so a saved profile fits the next extract of the same kind. */
export type PersonColumns = {
  readonly shape: 'person';
  /** The staff group (ESR "Staff Group"); null when only an occupation column is used. */
  readonly staffGroup: string | null;
  /** The occupation or job role; refines the staff group (midwives within "Nursing and Midwifery Registered"). */
  readonly occupation: string | null;
  /** The pay band or grade. */
  readonly level: string;
  readonly fte: string | null;
};

export type AggregatedColumns = {
  readonly shape: 'aggregated';
  readonly profession: string;
  readonly level: string;
  readonly headcount: string;
  readonly fte: string | null;
};

export type ColumnMapping = PersonColumns | AggregatedColumns;

/**
 * The file read once and reduced to distinct combinations of the mapped columns' values, with
 * their counts. It holds no names or numbers of people: only source category values.
 * - person shape: `group` is the staff group ('' without that column), `occupation` the
 *   occupation ('' without that column), `rows` and `headcount` are equal.
 * - aggregated shape: `group` is the profession value, `occupation` is '', `headcount` the sum.
 * All values are trimmed.
 */
export type ScanGroup = {
  readonly group: string;
  readonly occupation: string;
  readonly level: string;
  /** Rows of the file in this combination. */
  readonly rows: number;
  readonly headcount: number;
  /** Null when no FTE column was mapped. */
  readonly fte: number | null;
};

export type ScanResult = {
  /** Data rows read (the header row not counted). */
  readonly rowsRead: number;
  readonly groups: readonly ScanGroup[];
};

/** Where a source value of a staff group or profession column goes. */
export type ProfessionTarget = StaffGroupId | 'exclude';
/** An occupation either decides the profession or defers to the row's staff group. */
export type OccupationTarget = ProfessionTarget | 'as-group';
/** Where a source pay band or grade goes; Bands 1-4 sit below the ladder. */
export type LevelTarget = LevelId | 'below-ladder' | 'exclude';

/** Source value (trimmed, exact) to target. A value missing from a record is unmapped. */
export type ValueMapping = {
  readonly groups: Readonly<Record<string, ProfessionTarget>>;
  readonly occupations: Readonly<Record<string, OccupationTarget>>;
  readonly levels: Readonly<Record<string, LevelTarget>>;
};
