import { LEVEL_IDS } from '../framework/levels';
import type { LevelId } from '../framework/levels';
import { PROFESSION_IDS, PROFESSION_LABELS } from '../framework/professions';
import { hasGroupColumn, hasOccupationColumn, ownEntry } from './recognise';
import { NON_CLINICAL } from './types';
import type {
  ColumnMapping,
  ImportShape,
  ScanGroup,
  ScanResult,
  StaffGroupId,
  ValueMapping,
  WorkforceCount,
} from './types';

/** Clinical professions in the framework's order, then non-clinical staff: the order of every table. */
export const STAFF_GROUP_IDS: readonly StaffGroupId[] = [...PROFESSION_IDS, NON_CLINICAL];

export const STAFF_GROUP_LABELS: Readonly<Record<StaffGroupId, string>> = {
  ...PROFESSION_LABELS,
  [NON_CLINICAL]: 'Non-clinical staff',
};

/** Why rows are left out of the counts, in the order the preview lists them. */
export const EXCLUSION_REASONS = [
  'blank-group',
  'blank-occupation',
  'blank-level',
  'excluded-group',
  'excluded-occupation',
  'excluded-level',
  'below-ladder',
  'unmapped-group',
  'unmapped-occupation',
  'unmapped-level',
  'unread',
] as const;

export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** The reasons the user must resolve (by mapping the values) before the import can be saved. */
const NEEDS_MAPPING: ReadonlySet<ExclusionReason> = new Set(['unmapped-group', 'unmapped-occupation', 'unmapped-level']);

/** Rows of the file, and the people they stand for (equal for person-level files). */
export type Tally = { readonly rows: number; readonly headcount: number };

export type ValueTally = Tally & { readonly value: string };

export type Exclusion = Tally & {
  readonly reason: ExclusionReason;
  readonly label: string;
  /** True when mapping the values below would bring the rows in. */
  readonly needsMapping: boolean;
  /** The source values behind the exclusion, most people first; empty for blank values. */
  readonly values: readonly ValueTally[];
};

export type StaffGroupTotal = {
  readonly staffGroupId: StaffGroupId;
  readonly label: string;
  readonly headcount: number;
  /** Rounded to 2 decimal places; null when the file has no FTE column. */
  readonly fte: number | null;
};

export type ImportPreview = {
  readonly shape: ImportShape;
  /** Data rows in the file. Always mapped.rows + nonClinical.rows + the excluded rows. */
  readonly rowsRead: number;
  /** Clinical staff placed on the ladder. */
  readonly mapped: Tally;
  /** Non-clinical staff placed on the ladder, kept apart from every clinical share. */
  readonly nonClinical: Tally;
  /** Every reason with at least one row (or person), in EXCLUSION_REASONS order. */
  readonly excluded: readonly Exclusion[];
  /** Values that need a target, most people first: the "needs mapping" list. */
  readonly unmapped: {
    readonly groups: readonly ValueTally[];
    readonly occupations: readonly ValueTally[];
    readonly levels: readonly ValueTally[];
  };
  /** Every staff group in STAFF_GROUP_IDS order, zeros included, so a missing profession shows. */
  readonly totals: readonly StaffGroupTotal[];
  /** The cells to store, in STAFF_GROUP_IDS then LEVEL_IDS order. */
  readonly counts: readonly WorkforceCount[];
  readonly canCommit: boolean;
  /** Why the import cannot be saved yet, in sentences; empty when canCommit. */
  readonly blockers: readonly string[];
};

function exclusionLabel(reason: ExclusionReason, shape: ImportShape): string {
  const group = shape === 'person' ? 'Staff group' : 'Profession';
  switch (reason) {
    case 'blank-group':
      return `${group} is blank`;
    case 'blank-occupation':
      return 'Occupation is blank and there is no staff group column';
    case 'blank-level':
      return 'Pay band or grade is blank';
    case 'excluded-group':
      return `${group} marked "exclude"`;
    case 'excluded-occupation':
      return 'Occupation marked "exclude"';
    case 'excluded-level':
      return 'Pay band or grade marked "exclude"';
    case 'below-ladder':
      return 'Below the ladder (Bands 1–4)';
    case 'unmapped-group':
      return `${group} not mapped yet`;
    case 'unmapped-occupation':
      return 'Occupation not mapped yet';
    case 'unmapped-level':
      return 'Pay band or grade not mapped yet';
    case 'unread':
      return 'Rows the file reader could not use';
  }
}

type ProfessionOutcome =
  | { readonly ok: true; readonly staffGroup: StaffGroupId }
  | { readonly ok: false; readonly reason: ExclusionReason; readonly value: string | null };

type LevelOutcome =
  | { readonly ok: true; readonly level: LevelId }
  | { readonly ok: false; readonly reason: ExclusionReason; readonly value: string | null };

/**
 * Rounds half up to 2 decimal places. The nudge of one part in 2^52 keeps a sum such as 1.005,
 * stored as 1.00499999…, from rounding down.
 */
export function roundFte(value: number): number {
  return Math.round(value * 100 * (1 + Number.EPSILON)) / 100;
}

/** Adds rows and people to a tally of source values. */
class ValueTallies {
  private readonly byValue = new Map<string, { rows: number; headcount: number }>();

  add(value: string, rows: number, headcount: number): void {
    const tally = this.byValue.get(value);
    if (tally) {
      tally.rows += rows;
      tally.headcount += headcount;
    } else this.byValue.set(value, { rows, headcount });
  }

  /** Most people first, then most rows, then by value so the order never wobbles. */
  list(): ValueTally[] {
    return [...this.byValue]
      .map(([value, tally]) => ({ value, ...tally }))
      .sort((a, b) => b.headcount - a.headcount || b.rows - a.rows || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
}

type Cell = { rows: number; headcount: number; fte: number };

/**
 * What an import would store under a mapping, and what it would leave out and why. For each
 * distinct combination: a non-blank occupation decides the profession unless it defers to the
 * staff group ('as-group'); otherwise the staff group (or profession) decides; then the level.
 * The first step that fails names the row's reason, so every row is counted exactly once.
 */
export function applyMapping(scan: ScanResult, mapping: ValueMapping, columns: ColumnMapping): ImportPreview {
  const withGroup = hasGroupColumn(columns);
  const withOccupation = hasOccupationColumn(columns);
  const withFte = columns.fte !== null;

  const unmapped = { groups: new ValueTallies(), occupations: new ValueTallies(), levels: new ValueTallies() };
  const exclusions = new Map<ExclusionReason, { rows: number; headcount: number; values: ValueTallies }>();
  const cells = new Map<string, Cell>();
  const mapped = { rows: 0, headcount: 0 };
  const nonClinical = { rows: 0, headcount: 0 };

  const exclude = (reason: ExclusionReason, value: string | null, rows: number, headcount: number): void => {
    let entry = exclusions.get(reason);
    if (!entry) {
      entry = { rows: 0, headcount: 0, values: new ValueTallies() };
      exclusions.set(reason, entry);
    }
    entry.rows += rows;
    entry.headcount += headcount;
    if (value !== null) entry.values.add(value, rows, headcount);
  };

  const resolveProfession = (row: ScanGroup): ProfessionOutcome => {
    if (withOccupation && row.occupation !== '') {
      const target = ownEntry(mapping.occupations, row.occupation);
      // 'as-group' with no staff group column has nothing to defer to: it still needs a target.
      if (target === undefined || (target === 'as-group' && !withGroup)) {
        return { ok: false, reason: 'unmapped-occupation', value: row.occupation };
      }
      if (target === 'exclude') return { ok: false, reason: 'excluded-occupation', value: row.occupation };
      if (target !== 'as-group') return { ok: true, staffGroup: target };
    }
    if (!withGroup) return { ok: false, reason: 'blank-occupation', value: null };
    if (row.group === '') return { ok: false, reason: 'blank-group', value: null };
    const target = ownEntry(mapping.groups, row.group);
    if (target === undefined) return { ok: false, reason: 'unmapped-group', value: row.group };
    if (target === 'exclude') return { ok: false, reason: 'excluded-group', value: row.group };
    return { ok: true, staffGroup: target };
  };

  const resolveLevel = (row: ScanGroup): LevelOutcome => {
    if (row.level === '') return { ok: false, reason: 'blank-level', value: null };
    const target = ownEntry(mapping.levels, row.level);
    if (target === undefined) return { ok: false, reason: 'unmapped-level', value: row.level };
    if (target === 'exclude') return { ok: false, reason: 'excluded-level', value: row.level };
    if (target === 'below-ladder') return { ok: false, reason: 'below-ladder', value: row.level };
    return { ok: true, level: target };
  };

  for (const row of scan.groups) {
    const { rows, headcount } = row;
    const profession = resolveProfession(row);
    const level = resolveLevel(row);

    // An unmapped level is listed even when the profession is unmapped too, so the user can map
    // both in one go; a row already left out on purpose needs nothing more.
    if (!profession.ok && profession.reason === 'unmapped-occupation') {
      unmapped.occupations.add(row.occupation, rows, headcount);
    }
    if (!profession.ok && profession.reason === 'unmapped-group') unmapped.groups.add(row.group, rows, headcount);
    const stillWanted = profession.ok || NEEDS_MAPPING.has(profession.reason);
    if (stillWanted && !level.ok && level.reason === 'unmapped-level') unmapped.levels.add(row.level, rows, headcount);

    if (!profession.ok) {
      exclude(profession.reason, profession.value, rows, headcount);
      continue;
    }
    if (!level.ok) {
      exclude(level.reason, level.value, rows, headcount);
      continue;
    }
    const bucket = profession.staffGroup === NON_CLINICAL ? nonClinical : mapped;
    bucket.rows += rows;
    bucket.headcount += headcount;
    const key = `${profession.staffGroup}|${level.level}`;
    const cell = cells.get(key) ?? { rows: 0, headcount: 0, fte: 0 };
    cell.rows += rows;
    cell.headcount += headcount;
    cell.fte += row.fte ?? 0;
    cells.set(key, cell);
  }

  // Rows the reader counted but did not group (unreadable lines) are shown, never lost.
  const grouped = scan.groups.reduce((sum, row) => sum + row.rows, 0);
  if (grouped > scan.rowsRead) {
    throw new RangeError(`The scan groups ${grouped} rows but only ${scan.rowsRead} were read`);
  }
  if (grouped < scan.rowsRead) {
    const missing = scan.rowsRead - grouped;
    exclude('unread', null, missing, columns.shape === 'person' ? missing : 0);
  }

  const counts: WorkforceCount[] = [];
  const totals: StaffGroupTotal[] = [];
  for (const staffGroupId of STAFF_GROUP_IDS) {
    let headcount = 0;
    let fte = 0;
    for (const levelId of LEVEL_IDS) {
      const cell = cells.get(`${staffGroupId}|${levelId}`);
      if (!cell) continue;
      counts.push({ professionId: staffGroupId, levelId, headcount: cell.headcount, fte: withFte ? roundFte(cell.fte) : null });
      headcount += cell.headcount;
      fte += cell.fte;
    }
    totals.push({ staffGroupId, label: STAFF_GROUP_LABELS[staffGroupId], headcount, fte: withFte ? roundFte(fte) : null });
  }

  const excluded: Exclusion[] = EXCLUSION_REASONS.flatMap((reason) => {
    const entry = exclusions.get(reason);
    if (!entry || (entry.rows === 0 && entry.headcount === 0)) return [];
    return [
      {
        reason,
        label: exclusionLabel(reason, columns.shape),
        rows: entry.rows,
        headcount: entry.headcount,
        needsMapping: NEEDS_MAPPING.has(reason),
        values: entry.values.list(),
      },
    ];
  });

  const unmappedLists = {
    groups: unmapped.groups.list(),
    occupations: unmapped.occupations.list(),
    levels: unmapped.levels.list(),
  };
  const blockers = blockersFor(scan.rowsRead, mapped.headcount, unmappedLists, columns.shape);

  return {
    shape: columns.shape,
    rowsRead: scan.rowsRead,
    mapped,
    nonClinical,
    excluded,
    unmapped: unmappedLists,
    totals,
    counts,
    canCommit: blockers.length === 0,
    blockers,
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function blockersFor(
  rowsRead: number,
  clinicalHeadcount: number,
  unmapped: ImportPreview['unmapped'],
  shape: ImportShape,
): string[] {
  const blockers: string[] = [];
  if (rowsRead === 0) blockers.push('The file has no rows of data.');
  const lists: readonly (readonly [readonly ValueTally[], string, string])[] = [
    [unmapped.groups, shape === 'person' ? 'staff group' : 'profession', shape === 'person' ? 'staff groups' : 'professions'],
    [unmapped.occupations, 'occupation', 'occupations'],
    [unmapped.levels, 'pay band or grade', 'pay bands or grades'],
  ];
  for (const [values, one, many] of lists) {
    if (values.length === 0) continue;
    const rows = values.reduce((sum, value) => sum + value.rows, 0);
    blockers.push(
      `${plural(values.length, one, many)} ${values.length === 1 ? 'needs' : 'need'} mapping (${plural(rows, 'row', 'rows')}).`,
    );
  }
  if (rowsRead > 0 && clinicalHeadcount === 0) {
    blockers.push('No clinical staff are on the ladder yet: map at least one profession and pay band to a level.');
  }
  return blockers;
}
