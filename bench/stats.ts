/**
 * Summary statistics for benchmark samples. Pure functions, no I/O, so they are unit-tested
 * (test/unit/bench-stats.test.ts) and every benchmark reports the same way.
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted samples is the
 * sample at 1-based rank ceil(p / 100 × n). It is always one of the measured values (never an
 * interpolation), so "p99 = 1.8 ms" means at least 99% of the writes took 1.8 ms or less.
 */

export type Summary = {
  readonly n: number;
  readonly min: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
};

/** The 1-based nearest rank of the p-th percentile among n samples (p from 0 to 100). */
export function nearestRank(n: number, p: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Need at least one sample, got ${n}`);
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`A percentile is from 0 to 100, got ${p}`);
  // p = 0 has rank 0 by the formula; the smallest sample is the only sensible answer.
  // The rounding guard stops 99 / 100 × 100 = 99.00000000000001 from becoming rank 100.
  return Math.max(1, Math.ceil(Math.round((p / 100) * n * 1e9) / 1e9));
}

/** The p-th percentile of samples already sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const value = sorted[nearestRank(sorted.length, p) - 1];
  if (value === undefined) throw new RangeError('Rank out of range');
  return value;
}

/** The p-th percentile (nearest rank) of samples in any order; the input is not changed. */
export function percentile(samples: ArrayLike<number>, p: number): number {
  return percentileOfSorted(sortedCopy(samples), p);
}

export function mean(samples: ArrayLike<number>): number {
  if (samples.length === 0) throw new RangeError('Need at least one sample, got 0');
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] ?? 0;
  return sum / samples.length;
}

/** n, min, p50 (the median), p90, p99, max and mean, in the unit of the samples. */
export function summarise(samples: ArrayLike<number>): Summary {
  const sorted = sortedCopy(samples);
  return {
    n: sorted.length,
    min: percentileOfSorted(sorted, 0),
    p50: percentileOfSorted(sorted, 50),
    p90: percentileOfSorted(sorted, 90),
    p99: percentileOfSorted(sorted, 99),
    max: percentileOfSorted(sorted, 100),
    mean: mean(sorted),
  };
}

/** A duration from process.hrtime.bigint() differences, in microseconds. */
export function nsToUs(ns: bigint): number {
  return Number(ns) / 1000;
}

function sortedCopy(samples: ArrayLike<number>): Float64Array {
  if (samples.length === 0) throw new RangeError('Need at least one sample, got 0');
  const copy = Float64Array.from(samples);
  for (const value of copy) {
    if (Number.isNaN(value)) throw new RangeError('A sample is NaN');
  }
  // Float64Array sorts numerically (a plain Array would sort as text).
  return copy.sort();
}
