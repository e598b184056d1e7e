import { describe, expect, it } from 'vitest';
import { atMost, formatTable, under } from '../../bench/harness';
import { mean, nearestRank, nsToUs, percentile, percentileOfSorted, summarise } from '../../bench/stats';

describe('nearest-rank percentiles', () => {
  it('takes the sample at rank ceil(p/100 × n)', () => {
    // The worked example of the nearest-rank method: 15, 20, 35, 40, 50.
    const samples = [15, 20, 35, 40, 50];
    expect(percentile(samples, 5)).toBe(15);
    expect(percentile(samples, 30)).toBe(20);
    expect(percentile(samples, 40)).toBe(20);
    expect(percentile(samples, 50)).toBe(35);
    expect(percentile(samples, 100)).toBe(50);
  });

  it('gives p0 as the smallest sample and p100 as the largest', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('is always a measured value, never an interpolation', () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 51)).toBe(20);
  });

  it('puts p99 of 1..100 at 99 and of 1..10000 at 9900, without floating-point drift', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 7)).toBe(7); // 0.07 × 100 is 7.000000000000001 in floating point
    const tenThousand = Array.from({ length: 10_000 }, (_, i) => i + 1);
    expect(percentile(tenThousand, 99)).toBe(9900);
    expect(percentile(tenThousand, 50)).toBe(5000);
    expect(percentile(tenThousand, 90)).toBe(9000);
  });

  it('sorts numerically, not as text, and leaves the input alone', () => {
    const samples = [100, 9, 20, 3];
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 25)).toBe(3);
    expect(samples).toEqual([100, 9, 20, 3]);
    expect(percentile(new Float64Array([5, 1, 4]), 50)).toBe(4);
  });

  it('ranks from 1 to n', () => {
    expect(nearestRank(1, 0)).toBe(1);
    expect(nearestRank(1, 99)).toBe(1);
    expect(nearestRank(10_000, 99)).toBe(9900);
    expect(nearestRank(10_001, 99)).toBe(9901);
  });

  it('refuses what has no percentile', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(RangeError);
    expect(() => percentileOfSorted([], 50)).toThrow(RangeError);
    expect(() => mean([])).toThrow(RangeError);
  });
});

describe('summarise', () => {
  it('reports n, min, p50, p90, p99, max and mean', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => 1000 - i); // 1000 down to 1
    expect(summarise(samples)).toEqual({ n: 1000, min: 1, p50: 500, p90: 900, p99: 990, max: 1000, mean: 500.5 });
  });

  it('handles a single sample', () => {
    expect(summarise([42])).toEqual({ n: 1, min: 42, p50: 42, p90: 42, p99: 42, max: 42, mean: 42 });
  });
});

describe('helpers', () => {
  it('converts hrtime nanoseconds to microseconds', () => {
    expect(nsToUs(1_500n)).toBe(1.5);
    expect(nsToUs(2_000_000n)).toBe(2000);
  });

  it('meets "under" strictly and "at most" inclusively', () => {
    expect(under('p99', 'issue 3', 'p99', 1999.9, 2000, 'µs').met).toBe(true);
    expect(under('p99', 'issue 3', 'p99', 2000, 2000, 'µs').met).toBe(false);
    expect(atMost('ratio', 'issue 3', 'ratio', 3, 3, '×').met).toBe(true);
    expect(atMost('ratio', 'issue 3', 'ratio', 3.01, 3, '×').met).toBe(false);
  });

  it('aligns a table', () => {
    expect(formatTable(['name', 'n'], [['a', '1'], ['long', '100']])).toBe('name    n\n----  ---\na       1\nlong  100');
  });
});
