import { LEVEL_IDS, LEVEL_LABELS } from '../../../../shared/framework/levels';
import type { LevelId } from '../../../../shared/framework/levels';
import type { CeilingResult, WorkforceAnalysis } from '../../../../shared/workforce/metrics';
import { DEFAULT_SUPPRESSION_THRESHOLD, formatMeasureValue } from '../../../../shared/workforce/metrics';
import type { CeilingMovement } from '../../../../shared/workforce/series';
import type { Snapshot } from '../../../../shared/workforce/snapshot';
import type { Measure } from '../../../../shared/workforce/types';
import { NO_CEILING } from '../../../../shared/workshops/session';
import type { PerceivedCeiling } from '../../../../shared/workshops/session';
import { formatDate } from '../../workshops/workshop-format';

/** Words and small judgements for the workforce screen; every number comes from shared/workforce. */

export const SMALL_NUMBER_NOTE = `Counts from 1 to ${DEFAULT_SUPPRESSION_THRESHOLD - 1} are shown as <${DEFAULT_SUPPRESSION_THRESHOLD}, and their shares are not shown.`;

/** "31 March 2026", or "31 March 2026 (Year end)" with a label. */
export function snapshotName(snapshot: Snapshot): string {
  const date = formatDate(snapshot.snapshotDate);
  return snapshot.label ? `${date} (${snapshot.label})` : date;
}

export { measureName } from '../../../../shared/workforce/types';

/** "Band 8b", "No ceiling found", "No staff". */
export function ceilingText(ceiling: CeilingResult): string {
  switch (ceiling.status) {
    case 'ceiling':
      return LEVEL_LABELS[ceiling.levelId];
    case 'no-ceiling':
      return 'No ceiling found';
    case 'no-staff':
      return 'No staff';
  }
}

/** A staff total as this screen shows it: people or FTE, small numbers suppressed by headcount. */
export function staffText(total: number, headcount: number, measure: Measure): string {
  return formatMeasureValue(total, headcount, measure);
}

/** Short names for the chart's axis, where "Very senior manager" would collide with its neighbours. */
export const SHORT_LEVEL_LABELS: Readonly<Record<LevelId, string>> = {
  'band-5': 'Band 5',
  'band-6': 'Band 6',
  'band-7': 'Band 7',
  'band-8a': 'Band 8a',
  'band-8b': 'Band 8b',
  'band-8c': 'Band 8c',
  'band-8d': 'Band 8d',
  'band-9': 'Band 9',
  vsm: 'VSM',
  board: 'Board',
};

export type Agreement = 'same' | 'perceived-lower' | 'perceived-higher' | 'not-comparable';

export const AGREEMENT_LABELS: Readonly<Record<Agreement, string>> = {
  same: 'Same level',
  'perceived-lower': 'Perceived lower',
  'perceived-higher': 'Perceived higher',
  'not-comparable': 'Not comparable',
};

/** "No ceiling" sits above the top of the ladder: a profession that rises all the way. */
const ABOVE_THE_LADDER = LEVEL_IDS.length;

export function perceivedText(ceiling: PerceivedCeiling['ceiling'] | null): string {
  if (ceiling === null) return 'Not recorded';
  return ceiling === NO_CEILING ? 'No ceiling' : LEVEL_LABELS[ceiling];
}

/**
 * How the board's perceived ceiling stands against the data's. Nothing is comparable where the
 * board recorded nothing or the profession has no staff in the data.
 */
export function agreementOf(perceived: PerceivedCeiling['ceiling'] | null, data: CeilingResult): Agreement {
  if (perceived === null || data.status === 'no-staff') return 'not-comparable';
  const perceivedRank = perceived === NO_CEILING ? ABOVE_THE_LADDER : LEVEL_IDS.indexOf(perceived);
  const dataRank = data.status === 'no-ceiling' ? ABOVE_THE_LADDER : LEVEL_IDS.indexOf(data.levelId);
  if (perceivedRank === dataRank) return 'same';
  return perceivedRank < dataRank ? 'perceived-lower' : 'perceived-higher';
}

/** Words for a ceiling's change between two snapshots. */
export function movementText(movement: CeilingMovement, before: CeilingResult, after: CeilingResult): string {
  switch (movement) {
    case 'up':
      return 'Moved up';
    case 'down':
      return 'Moved down';
    case 'same':
      return 'No change';
    case 'appeared':
      return 'New ceiling';
    case 'disappeared':
      return 'Ceiling gone';
    case 'none':
      return before.status === 'no-staff' && after.status === 'no-staff' ? 'No staff either time' : 'No ceiling either time';
  }
}

const POINTS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A change of share in percentage points: "+1.2", "−0.4", "0.0"; "–" when not defined. */
export function pointsText(change: number | null): string {
  if (change === null) return '–';
  const points = Math.round(change * 1000) / 10;
  if (points === 0) return POINTS.format(0);
  return `${points > 0 ? '+' : '−'}${POINTS.format(Math.abs(points))}`;
}

/** The low-confidence flag of a profession's ceiling: the ceiling itself, or the whole profession when it has no ceiling. */
export function ceilingIsLowConfidence(profession: WorkforceAnalysis['professions'][number]): boolean {
  if (profession.ceiling.status === 'ceiling') return profession.ceiling.lowConfidence;
  return profession.hasStaff && profession.headcount < 10;
}
