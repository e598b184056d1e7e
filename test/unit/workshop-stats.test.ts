import { describe, expect, it } from 'vitest';
import { formatMedian, median, ratingSpread } from '../../shared/workshops/stats';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([2])).toBe(2);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('ratingSpread', () => {
  it('is null with no ratings', () => {
    expect(ratingSpread([])).toBeNull();
  });

  it('gives median, range and flags disagreement from a range of 3', () => {
    expect(ratingSpread([2, 3, 3, 4])).toEqual({ count: 4, median: 3, min: 2, max: 4, range: 2, disagreement: false });
    expect(ratingSpread([1, 4])).toEqual({ count: 2, median: 2.5, min: 1, max: 4, range: 3, disagreement: true });
    expect(ratingSpread([1, 5, 5, 5, 5])?.disagreement).toBe(true);
    expect(ratingSpread([3])).toMatchObject({ range: 0, disagreement: false });
  });

  it('formats medians as people say them', () => {
    expect(formatMedian(3)).toBe('3');
    expect(formatMedian(2.5)).toBe('2.5');
  });
});
