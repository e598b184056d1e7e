/** Spread of individual ratings at or beyond which the board is flagged as disagreeing. */
export const DISAGREEMENT_RANGE = 3;

export type RatingSpread = {
  readonly count: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** max − min */
  readonly range: number;
  readonly disagreement: boolean;
};

/** The middle value; for an even count the mean of the two middle values (so 3.5 can appear). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median, range and the disagreement flag of a question's individual ratings; null with none. */
export function ratingSpread(ratings: readonly number[]): RatingSpread | null {
  if (ratings.length === 0) return null;
  const min = Math.min(...ratings);
  const max = Math.max(...ratings);
  const range = max - min;
  return { count: ratings.length, median: median(ratings), min, max, range, disagreement: range >= DISAGREEMENT_RANGE };
}

/** "3.5" or "4": medians read as people say them. */
export function formatMedian(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
