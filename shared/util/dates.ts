const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "21 November 2026" from "2026-11-21", the way NHS documents write dates. Written out rather than
 * left to Intl so that the main process, the renderer and the printed report agree to the letter.
 * Anything that is not a calendar date is returned as it came.
 */
export function longDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined || Number(day) < 1 || Number(day) > 31) return isoDate;
  return `${Number(day)} ${monthName} ${year}`;
}
