import { describe, expect, it } from 'vitest';
import { parseThreshold, thresholdSegment } from '../../shared/workforce/threshold';

describe('parseThreshold (the ceiling threshold as typed on the workforce screen and the report’s options)', () => {
  it.each([
    ['0.5', 0.5],
    [' 0.45 ', 0.45],
    ['.3', 0.3],
    ['1', 1],
    ['1.00', 1],
    ['0.050', 0.05],
  ])('reads %j as %d', (text, value) => {
    expect(parseThreshold(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter a ceiling threshold, like 0.5'],
    ['half', 'Enter the ceiling threshold as a number, like 0.5'],
    ['0x1', 'Enter the ceiling threshold as a number, like 0.5'],
    ['1e-1', 'Enter the ceiling threshold as a number, like 0.5'],
    ['-0.5', 'Enter the ceiling threshold as a number, like 0.5'],
    ['0,5', 'Enter the ceiling threshold as a number, like 0.5'],
    ['0.04', 'The ceiling threshold must be from 0.05 to 1'],
    ['1.5', 'The ceiling threshold must be from 0.05 to 1'],
    ['0.333', 'Enter the ceiling threshold to 2 decimal places at most, like 0.45'],
  ])('refuses %j: %s', (text, message) => {
    expect(parseThreshold(text)).toEqual({ ok: false, message });
  });
});

describe('thresholdSegment (the threshold in the report’s print path)', () => {
  it.each([
    [0.5, '0.5'],
    [0.05, '0.05'],
    [1, '1'],
    [0.1 + 0.2, '0.3'],
    [0.123456789, '0.123457'],
  ])('writes %d as %j: plain decimals, never an exponent', (threshold, segment) => {
    expect(thresholdSegment(threshold)).toBe(segment);
  });
});
