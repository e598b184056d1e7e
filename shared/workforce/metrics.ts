import { LEVELS, LEVEL_LABELS, isLevelId } from '../framework/levels';
import type { LevelId } from '../framework/levels';
import { PROFESSION_IDS, PROFESSION_LABELS, isProfessionId } from '../framework/professions';
import type { ProfessionId } from '../framework/professions';
import { NON_CLINICAL } from './types';
import type { Measure, WorkforceCount } from './types';

/**
 * The ceiling analysis of PRODUCT.md ("Ceiling analysis"), as pure functions over the aggregated
 * counts of one snapshot. Staff who are not clinical are tallied apart and never enter a share.
 *
 * Undefined cases. Every division by zero gives null, never NaN or Infinity, so a table or chart
 * can show "–" rather than a misleading number:
 * - share(p,L) is null at a level with no clinical staff;
 * - share(p) is null only when the organisation has no clinical staff at all (0 for a profession
 *   absent from a staffed organisation);
 * - RI(p,L) is null when share(p,L) is null or share(p) is 0 (the profession is absent);
 * - reach(p,L) is null when p has no staff;
 * - RL(p,L) is null when reach(p,L) is 0 or null ("not defined: no staff of p at or above L") or
 *   when the reference group has no staff; it is 0 when the reference group has staff but none
 *   at or above L.
 * "Staff" means a non-zero total in the chosen measure: with FTE, people on a zero FTE weigh
 * nothing in any share, so a level or profession whose FTE is 0 is treated as unstaffed.
 */

export const DEFAULT_CEILING_THRESHOLD = 0.5;
/** Above 1 a profession at parity would "hit a ceiling", which is not what a ceiling means. */
export const MAX_CEILING_THRESHOLD = 1;
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** Ratios resting on fewer people than this are marked low confidence. */
export const LOW_CONFIDENCE_BASE = 10;

/**
 * RI is computed in one division of sums, so with headcounts an RI mathematically equal to the
 * threshold comes out as the very same double. FTE sums carry floating-point noise; this margin
 * keeps that noise from turning "equal to the threshold" into "below" (real differences between
 * counts of people are many orders larger).
 */
const THRESHOLD_TOLERANCE = 1e-12;

export type Reference = ProfessionId | 'all-others';

export type AnalysisOptions = {
  readonly measure: Measure;
  /** RI below this (strictly) counts as under-represented; default 0.5. */
  readonly threshold?: number;
  /** The group RL compares each profession against; default every other clinical profession. */
  readonly reference?: Reference;
};

/** Which ratios of a cell rest on fewer than LOW_CONFIDENCE_BASE people (false when the ratio is null). */
export type CellConfidence = {
  readonly share: boolean;
  readonly ri: boolean;
  readonly reach: boolean;
  readonly rl: boolean;
};

export type LevelCell = {
  readonly levelId: LevelId;
  /** n(p,L) in the analysis's measure. */
  readonly value: number;
  /** Always people, even for an FTE analysis: confidence and suppression are about people. */
  readonly headcount: number;
  readonly share: number | null;
  readonly ri: number | null;
  readonly reach: number | null;
  /** reach(ref,L), shown beside RL so a reader can check it. */
  readonly referenceReach: number | null;
  readonly rl: number | null;
  readonly lowConfidence: CellConfidence;
};

export type CeilingResult =
  | {
      readonly status: 'ceiling';
      readonly levelId: LevelId;
      /** Some RI from the ceiling upwards rests on fewer than LOW_CONFIDENCE_BASE people. */
      readonly lowConfidence: boolean;
    }
  | { readonly status: 'no-ceiling' }
  | { readonly status: 'no-staff' };

export type ProfessionAnalysis = {
  readonly professionId: ProfessionId;
  readonly label: string;
  /** Σ n(p,L) in the measure. */
  readonly total: number;
  readonly headcount: number;
  readonly hasStaff: boolean;
  /** share(p). */
  readonly share: number | null;
  /** The chosen reference profession itself (its RL is against itself, so 1 where defined). */
  readonly isReference: boolean;
  /** People in the group this profession's RL is measured against. */
  readonly referenceHeadcount: number;
  /** One per level of the ladder, lowest first. */
  readonly cells: readonly LevelCell[];
  readonly ceiling: CeilingResult;
};

export type LevelSummary = {
  readonly levelId: LevelId;
  readonly label: string;
  readonly rank: number;
  /** Σq n(q,L): clinical staff at the level in the measure. */
  readonly value: number;
  readonly headcount: number;
  /** False when the level says nothing about any profession and is skipped for ceilings. */
  readonly hasClinicalStaff: boolean;
};

export type StaffTally = {
  readonly levelId: LevelId;
  readonly value: number;
  readonly headcount: number;
};

/** Non-clinical staff, kept apart so they can be reported without entering any share. */
export type NonClinicalSummary = {
  readonly total: number;
  readonly headcount: number;
  readonly levels: readonly StaffTally[];
};

export type WorkforceAnalysis = {
  readonly measure: Measure;
  readonly threshold: number;
  readonly reference: Reference;
  /** Clinical staff in the measure. */
  readonly total: number;
  readonly headcount: number;
  /** The whole ladder, lowest first. */
  readonly levels: readonly LevelSummary[];
  /** Every clinical profession in framework order, staffed or not. */
  readonly professions: readonly ProfessionAnalysis[];
  readonly nonClinical: NonClinicalSummary;
};

/** Returns the threshold if it is usable; a RangeError names the bound it breaks otherwise. */
export function checkCeilingThreshold(threshold: number): number {
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > MAX_CEILING_THRESHOLD) {
    throw new RangeError(`The ceiling threshold must be a number above 0 and no more than ${MAX_CEILING_THRESHOLD}`);
  }
  return threshold;
}

/** Returns the threshold if it is usable: below 2 nothing would be suppressed at all. */
export function checkSuppressionThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new RangeError('The small-number threshold must be a whole number of at least 2');
  }
  return threshold;
}

/** Strict: an RI exactly equal to the threshold is not below it. */
export function isBelowThreshold(ri: number, threshold: number): boolean {
  return ri < threshold - THRESHOLD_TOLERANCE;
}

export function isLowConfidence(people: number, base = LOW_CONFIDENCE_BASE): boolean {
  return people < base;
}

/** True when every row carries an FTE, so an FTE analysis is possible. */
export function hasFte(counts: readonly WorkforceCount[]): boolean {
  return counts.every((row) => row.fte !== null);
}

type Tally = { value: number; headcount: number };
type Grid = Record<LevelId, Tally>;

function emptyGrid(): Grid {
  return Object.fromEntries(LEVELS.map((level) => [level.id, { value: 0, headcount: 0 }])) as Grid;
}

function sumGrids(grids: readonly Grid[]): Grid {
  const sum = emptyGrid();
  for (const grid of grids) {
    for (const level of LEVELS) {
      sum[level.id].value += grid[level.id].value;
      sum[level.id].headcount += grid[level.id].headcount;
    }
  }
  return sum;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Bad rows are refused outright: a silently skipped row would change every share. */
function measured(row: WorkforceCount, measure: Measure): Tally {
  const profession: unknown = row.professionId;
  const level: unknown = row.levelId;
  if (profession !== NON_CLINICAL && !isProfessionId(profession)) {
    throw new RangeError(`Unknown profession ${JSON.stringify(profession)}`);
  }
  if (!isLevelId(level)) throw new RangeError(`Unknown level ${JSON.stringify(level)}`);
  const who = row.professionId === NON_CLINICAL ? 'Non-clinical staff' : PROFESSION_LABELS[row.professionId];
  const where = `${who} at ${LEVEL_LABELS[row.levelId]}`;
  if (!Number.isInteger(row.headcount) || row.headcount < 0) {
    throw new RangeError(`Headcount for ${where} must be a whole number of 0 or more`);
  }
  if (row.fte !== null && (!Number.isFinite(row.fte) || row.fte < 0)) {
    throw new RangeError(`FTE for ${where} must be a number of 0 or more`);
  }
  if (measure === 'headcount') return { value: row.headcount, headcount: row.headcount };
  if (row.fte === null) throw new RangeError(`FTE is missing for ${where}: analyse by headcount instead`);
  return { value: row.fte, headcount: row.headcount };
}

type Tallies = { readonly clinical: Readonly<Record<ProfessionId, Grid>>; readonly nonClinical: Grid };

/** Rows for the same profession and level are added together. */
function tally(counts: readonly WorkforceCount[], measure: Measure): Tallies {
  const clinical = Object.fromEntries(PROFESSION_IDS.map((id) => [id, emptyGrid()])) as Record<ProfessionId, Grid>;
  const nonClinical = emptyGrid();
  for (const row of counts) {
    const { value, headcount } = measured(row, measure);
    const cell = row.professionId === NON_CLINICAL ? nonClinical[row.levelId] : clinical[row.professionId][row.levelId];
    cell.value += value;
    cell.headcount += headcount;
  }
  return { clinical, nonClinical };
}

/** Σ over L' ≥ L for each level, lowest first. */
function atOrAbove(grid: Grid, key: keyof Tally): number[] {
  let running = 0;
  return [...LEVELS]
    .reverse()
    .map((level) => (running += grid[level.id][key]))
    .reverse();
}

/** Summed in the same order as atOrAbove, so reach at the lowest level is exactly 1. */
function totalOf(grid: Grid, key: keyof Tally): number {
  return atOrAbove(grid, key)[0] ?? 0;
}

type Context = {
  readonly levels: readonly LevelSummary[];
  /** Σ over all q and L of n(q,L). */
  readonly total: number;
  readonly threshold: number;
  readonly reference: Reference;
  readonly clinical: Readonly<Record<ProfessionId, Grid>>;
};

function referenceGrid(professionId: ProfessionId, context: Context): Grid {
  if (context.reference !== 'all-others') return context.clinical[context.reference];
  return sumGrids(PROFESSION_IDS.filter((id) => id !== professionId).map((id) => context.clinical[id]));
}

function analyseProfession(professionId: ProfessionId, context: Context): ProfessionAnalysis {
  const grid = context.clinical[professionId];
  const reference = referenceGrid(professionId, context);
  const above = atOrAbove(grid, 'value');
  const referenceAbove = atOrAbove(reference, 'value');
  const total = totalOf(grid, 'value');
  const headcount = totalOf(grid, 'headcount');
  const referenceTotal = totalOf(reference, 'value');
  const referenceHeadcount = totalOf(reference, 'headcount');

  const cells = context.levels.map((level, i): LevelCell => {
    const n = grid[level.levelId];
    const pAbove = above[i] ?? 0;
    const refAbove = referenceAbove[i] ?? 0;
    const share = ratio(n.value, level.value);
    // One division each, so exact fractions of whole numbers stay exact (see THRESHOLD_TOLERANCE).
    const ri = ratio(n.value * context.total, level.value * total);
    const reach = ratio(pAbove, total);
    const rl = ratio(refAbove * total, referenceTotal * pAbove);
    const fewAtLevel = isLowConfidence(level.headcount);
    const fewInProfession = isLowConfidence(headcount);
    return {
      levelId: level.levelId,
      value: n.value,
      headcount: n.headcount,
      share,
      ri,
      reach,
      referenceReach: ratio(refAbove, referenceTotal),
      rl,
      lowConfidence: {
        share: share !== null && fewAtLevel,
        // RI divides two shares, so it is only as firm as the smaller of their bases.
        ri: ri !== null && (fewAtLevel || fewInProfession),
        reach: reach !== null && fewInProfession,
        rl: rl !== null && (fewInProfession || isLowConfidence(referenceHeadcount)),
      },
    };
  });

  const hasStaff = total > 0;
  return {
    professionId,
    label: PROFESSION_LABELS[professionId],
    total,
    headcount,
    hasStaff,
    share: ratio(total, context.total),
    isReference: context.reference === professionId,
    referenceHeadcount,
    cells,
    ceiling: hasStaff ? findCeiling(cells, context) : { status: 'no-staff' },
  };
}

/**
 * Walks down from the top of the ladder while RI stays below the threshold; the last level
 * reached is the lowest L from which every L' ≥ L is below. Levels without clinical staff are
 * passed over, neither ending the run nor becoming the ceiling.
 */
function findCeiling(cells: readonly LevelCell[], context: Context): CeilingResult {
  const staffed = new Set(context.levels.filter((level) => level.hasClinicalStaff).map((level) => level.levelId));
  let ceiling: LevelId | null = null;
  let lowConfidence = false;
  for (const cell of [...cells].reverse()) {
    if (!staffed.has(cell.levelId)) continue;
    if (cell.ri === null || !isBelowThreshold(cell.ri, context.threshold)) break;
    ceiling = cell.levelId;
    lowConfidence ||= cell.lowConfidence.ri;
  }
  return ceiling === null ? { status: 'no-ceiling' } : { status: 'ceiling', levelId: ceiling, lowConfidence };
}

function checkReference(reference: unknown): Reference {
  if (reference === 'all-others' || isProfessionId(reference)) return reference;
  throw new RangeError(`Unknown reference group ${JSON.stringify(reference)}`);
}

/**
 * The whole ceiling analysis of one snapshot. Throws RangeError on a bad option or row (an
 * unknown profession or level, a negative or fractional headcount, a missing FTE when the
 * measure is FTE), so bad data never turns into plausible figures.
 */
export function buildAnalysis(counts: readonly WorkforceCount[], options: AnalysisOptions): WorkforceAnalysis {
  const threshold = checkCeilingThreshold(options.threshold ?? DEFAULT_CEILING_THRESHOLD);
  const reference = checkReference(options.reference ?? 'all-others');
  const { clinical, nonClinical } = tally(counts, options.measure);
  const allClinical = sumGrids(PROFESSION_IDS.map((id) => clinical[id]));
  const levels = LEVELS.map(
    (level): LevelSummary => ({
      levelId: level.id,
      label: level.label,
      rank: level.rank,
      value: allClinical[level.id].value,
      headcount: allClinical[level.id].headcount,
      hasClinicalStaff: allClinical[level.id].value > 0,
    }),
  );
  const total = totalOf(allClinical, 'value');
  const context: Context = { levels, total, threshold, reference, clinical };
  const nonClinicalLevels = LEVELS.map((level): StaffTally => ({ levelId: level.id, ...nonClinical[level.id] }));
  return {
    measure: options.measure,
    threshold,
    reference,
    total,
    headcount: totalOf(allClinical, 'headcount'),
    levels,
    professions: PROFESSION_IDS.map((id) => analyseProfession(id, context)),
    nonClinical: {
      total: totalOf(nonClinical, 'value'),
      headcount: totalOf(nonClinical, 'headcount'),
      levels: nonClinicalLevels,
    },
  };
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const FTE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Counts from 1 to threshold − 1 are never shown in a report or export; 0 reveals no one. */
export function isSuppressed(count: number, threshold = DEFAULT_SUPPRESSION_THRESHOLD): boolean {
  return count > 0 && count < checkSuppressionThreshold(threshold);
}

/** "0", "<5", "12", "1,234". */
export function suppressCount(count: number, threshold = DEFAULT_SUPPRESSION_THRESHOLD): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('A count must be a whole number of 0 or more');
  return isSuppressed(count, threshold) ? `<${threshold}` : WHOLE.format(count);
}

/**
 * A cell's value as a report shows it ("12", "<5", "1,234.5"). Suppression follows the HEADCOUNT
 * even for FTE, because it protects people: 3 people on 2.4 FTE are as identifiable as 3 people.
 */
export function formatMeasureValue(
  value: number,
  headcount: number,
  measure: Measure,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): string {
  const people = suppressCount(headcount, threshold);
  // Nobody is nobody in any measure: "0", as a count shows it, rather than "0.0".
  if (measure === 'headcount' || headcount === 0 || isSuppressed(headcount, threshold)) return people;
  return FTE.format(value);
}

/** "0.43"; null (not defined) reads as an en dash, which the page or report explains in a key. */
export function formatRatio(x: number | null, digits = 2): string {
  return x === null ? '–' : x.toFixed(digits);
}

/** "38.5%" for a share; null reads as an en dash like formatRatio. */
export function formatPercent(x: number | null, digits = 1): string {
  return x === null ? '–' : `${(x * 100).toFixed(digits)}%`;
}
