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
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthName = MONTHS[month - 1];
  // 30 February is not a date: the calendar must give back the same day.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (monthName === undefined || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return isoDate;
  return `${day} ${monthName} ${match[1] ?? ''}`;
}
