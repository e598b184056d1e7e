import { MAX_CEILING_THRESHOLD } from './metrics';

/** Below this nearly nothing counts as under-represented; the screens and exports refuse it. */
export const MIN_CEILING_THRESHOLD = 0.05;
export const CEILING_THRESHOLD_STEP = 0.05;
/** Typed thresholds have at most this many decimal places (0.45): finer says nothing more. */
export const CEILING_THRESHOLD_DECIMALS = 2;

const PLAIN_DECIMAL = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/** The ceiling threshold as typed on a screen, or what is wrong with it, in words to show by the field. */
export function parseThreshold(text: string): { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a ceiling threshold, like 0.5' };
  if (!PLAIN_DECIMAL.test(trimmed)) return { ok: false, message: 'Enter the ceiling threshold as a number, like 0.5' };
  const value = Number(trimmed);
  if (value < MIN_CEILING_THRESHOLD || value > MAX_CEILING_THRESHOLD) {
    return { ok: false, message: `The ceiling threshold must be from ${String(MIN_CEILING_THRESHOLD)} to ${String(MAX_CEILING_THRESHOLD)}` };
  }
  if ((trimmed.split('.')[1] ?? '').replace(/0+$/, '').length > CEILING_THRESHOLD_DECIMALS) {
    return { ok: false, message: `Enter the ceiling threshold to ${String(CEILING_THRESHOLD_DECIMALS)} decimal places at most, like 0.45` };
  }
  return { ok: true, value };
}

/**
 * The threshold as a path segment: plain decimal notation, never an exponent, at most 6 places,
 * so whatever number arrives over IPC (0.1 + 0.2 is 0.30000000000000004) makes a path the
 * renderer's router reads back.
 */
export function thresholdSegment(threshold: number): string {
  return String(Number(threshold.toFixed(6)));
}
